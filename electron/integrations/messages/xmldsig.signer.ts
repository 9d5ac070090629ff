/**
 * Signs a complete MsgHead document with the prescriber's personal certificate (R0908 §4.1.1: "Signatur skal
 * fylles ut ved hjelp av rekvirentens personlige digitale sertifikat"; the same for M5, R1208 §4.1.1). The
 * ds:Signature goes last in MsgHead, where MsgHead-v1_2.xsd allows it, and covers the whole document (URI "").
 * Sign the exact string that will be sent: any change afterwards, even whitespace, breaks the signature.
 */
import { SignedXml } from 'xml-crypto';
import { XMLDSIG } from './xmldsig.constants';

export interface SigningKey {
  /** PKCS#8 or PKCS#1 PEM of the prescriber's RSA private key. */
  privateKeyPem: string;
  /** PEM of the prescriber's certificate, sent in KeyInfo so the receiver can verify and identify the signer. */
  certificatePem: string;
}

const XML_DECLARATION = /^<\?xml[^>]*\?>\s*/;

export function signMsgHead(xml: string, key: SigningKey): string {
  const signer = new SignedXml({
    privateKey: key.privateKeyPem,
    publicCert: key.certificatePem,
    signatureAlgorithm: XMLDSIG.rsaSha256,
    canonicalizationAlgorithm: XMLDSIG.exclusiveC14n,
  });
  signer.addReference({
    xpath: '/*',
    uri: '',
    isEmptyUri: true,
    transforms: [XMLDSIG.envelopedSignature, XMLDSIG.exclusiveC14n],
    digestAlgorithm: XMLDSIG.sha256,
  });
  signer.computeSignature(xml, { location: { reference: '/*', action: 'append' } });
  // xml-crypto serialises the document without its declaration; keep the sender's (UTF-8, R1908 §5.2).
  const declaration = XML_DECLARATION.exec(xml)?.[0] ?? '';
  return declaration + signer.getSignedXml().replace(XML_DECLARATION, '');
}
