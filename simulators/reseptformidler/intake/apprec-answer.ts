/**
 * RF's AppRec for a received message (HIS 80415:2012): OK, or Avvist with at least one 8221 error whose OT says in
 * Norwegian what was wrong (§3.3.4: "Verdien i OT skal alltid vises hos mottaker"). RF answers as itself, even when
 * the message was addressed to someone else.
 */
import { appRecPartiesFor, buildAppRec } from '../../../electron/integrations/messages/apprec.builder';
import type { AppRecError } from '../../../electron/integrations/messages/apprec.types';
import type { MessageType } from '../../../electron/integrations/messages/code-lists';
import type { ParsedMsgHead } from '../../../electron/integrations/messages/msghead.types';
import { RESEPTFORMIDLER, RF_SOFTWARE } from '../rf-identity';

export function buildAnswerAppRec(
  original: ParsedMsgHead,
  errors: readonly AppRecError[],
  id: string,
  genDate: string,
): string {
  const parties = appRecPartiesFor({
    ...original,
    receiver: { name: RESEPTFORMIDLER.name, herId: RESEPTFORMIDLER.herId },
  });
  return buildAppRec({
    id,
    genDate,
    ...parties,
    status: errors.length === 0 ? '1' : '2',
    errors,
    // An unsupported type is answered too (T10); its code then travels without a display name.
    originalMessage: { type: original.type.code as MessageType, issueDate: original.genDate, msgId: original.msgId },
    software: RF_SOFTWARE,
  });
}
