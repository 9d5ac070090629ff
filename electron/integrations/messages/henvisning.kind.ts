/**
 * Tells what kind of message an XML text is, so an inbox can route it to the right parser without parsing it
 * twice: the MsgHead MsgInfo/Type, the Type of a KITH basismelding `Message` (Henvisning v1.x, Epikrise v1.2,
 * Svarrapport v1.4), or a bare AppRec.
 */
import { REFERRAL_NS } from './henvisning.codes';
import { codedChild } from './henvisning.kith';
import { MessageFormatError } from './message-errors';
import { NS } from './namespaces';
import { childElement, childElements, parseXml, rootElement } from './xml-dom';

/** The families the inbox knows how to show. */
export type MessageFamily = 'HENVISNING' | 'DIALOG' | 'EPIKRISE' | 'SVARRAPPORT' | 'APPREC' | 'ERESEPT' | 'ANNET';

export interface MessageKind {
  family: MessageFamily;
  /** The 8279 code as written: e.g. HENVISNING_NYTILSTAND, DIALOG_STATUS_HENVISNING, EPIKRISE, SVAR_..., APPREC. */
  type: string;
  /** Namespace of the payload (the MsgHead's first Content, or the root), e.g. the Henvisning v2.0 namespace. */
  namespace: string;
  /** Whether the message is wrapped in MsgHead. */
  msgHead: boolean;
}

const KITH_MESSAGE_FAMILIES: ReadonlyArray<readonly [string, MessageFamily]> = [
  [REFERRAL_NS.henvisning11, 'HENVISNING'],
  [REFERRAL_NS.epikrise12, 'EPIKRISE'],
  [REFERRAL_NS.labsvar14, 'SVARRAPPORT'],
];

function familyOf(type: string, namespace: string): MessageFamily {
  if (type === 'APPREC' || namespace === NS.appRec10 || namespace === NS.appRec11) return 'APPREC';
  if (type.startsWith('HENVISNING') || namespace === REFERRAL_NS.henvisning20) return 'HENVISNING';
  if (type.startsWith('DIALOG') || namespace === REFERRAL_NS.dialog11) return 'DIALOG';
  if (type === 'EPIKRISE' || namespace === REFERRAL_NS.epikrise12) return 'EPIKRISE';
  if (type.startsWith('SVAR') || namespace === REFERRAL_NS.labsvar14) return 'SVARRAPPORT';
  if (type.startsWith('ERM')) return 'ERESEPT';
  const known = KITH_MESSAGE_FAMILIES.find(([ns]) => ns === namespace);
  return known ? known[1] : 'ANNET';
}

/**
 * The kind of message in `xml`: MsgHead MsgInfo/Type, a KITH `Message`'s Type, or APPREC for a bare AppRec.
 * Throws MessageFormatError when the text is not XML; an unknown but well-formed document is family 'ANNET'.
 */
export function kindOfMessage(xml: string): MessageKind {
  const root = rootElement(parseXml(xml));
  const rootNs = root.namespaceURI ?? '';
  if (rootNs === NS.msgHead && root.localName === 'MsgHead') {
    const info = childElement(root, NS.msgHead, 'MsgInfo');
    const type = info ? (codedChild(info, NS.msgHead, 'Type')?.code ?? '') : '';
    const firstDocument = childElements(root, NS.msgHead, 'Document')[0];
    const refDoc = firstDocument ? childElement(firstDocument, NS.msgHead, 'RefDoc') : undefined;
    const content = refDoc ? childElement(refDoc, NS.msgHead, 'Content') : undefined;
    const payload = content ? childElements(content)[0] : undefined;
    const namespace = payload?.namespaceURI ?? '';
    return { family: familyOf(type, namespace), type, namespace, msgHead: true };
  }
  if (root.localName === 'AppRec') return { family: 'APPREC', type: 'APPREC', namespace: rootNs, msgHead: false };
  if (root.localName === 'Message') {
    const type = codedChild(root, rootNs, 'Type')?.code ?? '';
    return { family: familyOf(type, rootNs), type, namespace: rootNs, msgHead: false };
  }
  if (root.localName === 'Henvisning' || root.localName === 'Dialogmelding') {
    return { family: familyOf('', rootNs), type: '', namespace: rootNs, msgHead: false };
  }
  if (!root.localName) throw new MessageFormatError('Dokumentet har ikke noe rotelement.');
  return { family: 'ANNET', type: '', namespace: rootNs, msgHead: false };
}
