/**
 * The xmldsig profile of the official e-resept examples (e.g. the R0908 M1 examples): an enveloped signature
 * over the whole MsgHead, exclusive canonicalisation, SHA-256 digest and RSA-SHA256, the signer's certificate in
 * KeyInfo/X509Data. The signer uses exactly this; the verifier also accepts what older senders used (SHA-1,
 * inclusive c14n), as the official M10 example does.
 */
export const XMLDSIG = {
  envelopedSignature: 'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
  exclusiveC14n: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  rsaSha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
} as const;
