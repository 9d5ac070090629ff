/**
 * Verifies the personal signature on a received MsgHead (HIS 80415 §3.3.4: S01 when the signature is wrong, S02
 * when the certificate is invalid). Only the one shape a sender may use is accepted: a single ds:Signature as the
 * last child of MsgHead, with one Reference to the whole document (URI ""), so no part of the message can be left
 * outside the signature or swapped under it. The key is the certificate in KeyInfo; whether that certificate is
 * trusted (issuer, revocation: S03) is not checked here.
 */
import { X509Certificate } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import { NS } from './namespaces';
import { XMLSerializer, type Element, type Node } from '@xmldom/xmldom';
import { childElement, childElements, parseXml, rootElement, textOf } from './xml-dom';
import { XMLDSIG } from './xmldsig.constants';

export type SignatureCheck =
  | { status: 'unsigned' }
  | { status: 'valid'; certificate: X509Certificate }
  | { status: 'invalid'; problem: 'signature' | 'certificate'; message: string };

const DS = NS.xmldsig;

function invalid(problem: 'signature' | 'certificate', message: string): SignatureCheck {
  return { status: 'invalid', problem, message };
}

function isWithin(node: Node, ancestor: Element): boolean {
  for (let current: Node | null = node; current !== null; current = current.parentNode) {
    if (current === ancestor) return true;
  }
  return false;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readCertificate(signature: Element): X509Certificate | string {
  const keyInfo = childElement(signature, DS, 'KeyInfo');
  const data = keyInfo ? childElement(keyInfo, DS, 'X509Data') : undefined;
  const encoded = data ? childElement(data, DS, 'X509Certificate') : undefined;
  if (!encoded) return 'Signaturen har ikke sertifikatet (KeyInfo/X509Data/X509Certificate).';
  try {
    return new X509Certificate(Buffer.from(textOf(encoded).replace(/\s+/g, ''), 'base64'));
  } catch (error) {
    return `Sertifikatet i signaturen kan ikke leses: ${errorText(error)}`;
  }
}

/** Checks the signature of `xml` (the text exactly as received) and that its certificate is valid at `now`. */
export function verifyMsgHeadSignature(xml: string, now: Date): SignatureCheck {
  // Fast path: a ds:Signature needs its namespace written out in the text, unless a DTD could supply it.
  if (!xml.includes(DS) && !xml.includes('<!DOCTYPE')) return { status: 'unsigned' };
  const root = rootElement(parseXml(xml));
  const signatures = Array.from(root.getElementsByTagNameNS(DS, 'Signature'));
  if (signatures.length === 0) return { status: 'unsigned' };
  const signature = childElements(root).at(-1);
  const isTopSignature = signature?.namespaceURI === DS && signature.localName === 'Signature';
  // XAdES properties inside the signature may hold signatures of their own (OCSP answers); any other is suspect.
  if (!signature || !isTopSignature || signatures.some((other) => !isWithin(other, signature))) {
    return invalid('signature', 'Meldingen skal ha én signatur, sist i MsgHead.');
  }
  const certificate = readCertificate(signature);
  if (typeof certificate === 'string') return invalid('certificate', certificate);

  const verifier = new SignedXml({ publicCert: certificate.toString() });
  try {
    verifier.loadSignature(new XMLSerializer().serializeToString(signature));
    if (!verifier.checkSignature(xml)) return invalid('signature', 'Signaturen stemmer ikke med innholdet.');
  } catch (error) {
    return invalid('signature', `Signaturen stemmer ikke: ${errorText(error)}`);
  }
  const references = verifier.getReferences();
  const whole = references.length === 1 && references[0]?.uri === '';
  const enveloped = references[0]?.transforms.includes(XMLDSIG.envelopedSignature) ?? false;
  if (!whole || !enveloped) {
    return invalid('signature', 'Signaturen dekker ikke hele meldingen (én Reference med URI "" og enveloped).');
  }

  if (now < new Date(certificate.validFrom) || now > new Date(certificate.validTo)) {
    return invalid('certificate', `Sertifikatet gjelder ${certificate.validFrom} – ${certificate.validTo}.`);
  }
  return { status: 'valid', certificate };
}
