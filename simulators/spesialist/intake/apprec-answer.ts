/**
 * The service's AppRec for a received message (HIS 80415:2012, required for a Henvisning by HIS 1207 §5.3): OK, or
 * Avvist with at least one 8221 error whose OT says in Norwegian what was wrong (§3.3.4: "Verdien i OT skal alltid
 * vises hos mottaker"). The service answers as the organisation the message was addressed to.
 */
import { appRecPartiesFor, buildAppRec } from '../../../electron/integrations/messages/apprec.builder';
import type { AppRecError } from '../../../electron/integrations/messages/apprec.types';
import type { MessageType } from '../../../electron/integrations/messages/code-lists';
import { REFERRAL_MESSAGE_TYPES } from '../../../electron/integrations/messages/henvisning.codes';
import type { ParsedMsgHead } from '../../../electron/integrations/messages/msghead.types';
import { NS } from '../../../electron/integrations/messages/namespaces';
import {
  childElement,
  parseXml,
  rootElement,
  serializeDocument,
} from '../../../electron/integrations/messages/xml-dom';
import { SPES_SOFTWARE } from '../spes-identity';

export function buildAnswerAppRec(
  original: ParsedMsgHead,
  errors: readonly AppRecError[],
  id: string,
  genDate: string,
): string {
  const xml = buildAppRec({
    id,
    genDate,
    ...appRecPartiesFor(original),
    status: errors.length === 0 ? '1' : '2',
    errors,
    // The e-resept code list in code-lists.ts has no HENVISNING_* entry: the type goes without a display name and
    // gets it below from the referral code list.
    originalMessage: { type: original.type.code as MessageType, issueDate: original.genDate, msgId: original.msgId },
    software: SPES_SOFTWARE,
  });
  const displayName = (REFERRAL_MESSAGE_TYPES as Record<string, string>)[original.type.code];
  if (displayName === undefined) return xml;
  // Without its declaration: serializeDocument writes one, and xmldom would keep the parsed one too.
  const doc = parseXml(xml.replace(/^<\?xml[^>]*\?>\s*/, ''));
  const originalId = childElement(rootElement(doc), NS.appRec11, 'OriginalMsgId');
  const msgType = originalId ? childElement(originalId, NS.appRec11, 'MsgType') : undefined;
  if (!msgType) return xml;
  msgType.setAttribute('DN', displayName);
  return serializeDocument(doc);
}
