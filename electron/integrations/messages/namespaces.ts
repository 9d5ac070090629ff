/**
 * XML namespaces of the messages Allmenn sends, receives or simulates. Each is the targetNamespace of a schema
 * in ./xsd (imported by xsd/allmenn-schemas.xsd); the namespace in the file wins over any document that says
 * otherwise (data/xsd/README.md §2.2: the 2018 M9.x are under www.ehelse.no, the rest under www.kith.no).
 */
export const NS = {
  msgHead: 'http://www.kith.no/xmlstds/msghead/2006-05-24',
  xmldsig: 'http://www.w3.org/2000/09/xmldsig#',
  base64Container: 'http://www.kith.no/xmlstds/base64container',
  felleskomponent1: 'http://www.kith.no/xmlstds/felleskomponent1',
  appRec11: 'http://www.kith.no/xmlstds/apprec/2012-02-15',
  appRec10: 'http://www.kith.no/xmlstds/apprec/2004-11-21',
  m1: 'http://www.kith.no/xmlstds/eresept/m1/2013-10-08',
  forskrivning: 'http://www.kith.no/xmlstds/eresept/forskrivning/2013-10-08',
  utlevering: 'http://www.kith.no/xmlstds/eresept/utlevering/2013-10-08',
  m41: 'http://www.kith.no/xmlstds/eresept/m41/2006-10-06',
  m42: 'http://www.kith.no/xmlstds/eresept/m42/2006-10-06',
  m5: 'http://www.kith.no/xmlstds/eresept/m5/2013-04-16',
  m52: 'http://www.kith.no/xmlstds/eresept/m52/2013-12-01',
  m6: 'http://www.kith.no/xmlstds/eresept/m6/2013-10-08',
  m10: 'http://www.kith.no/xmlstds/eresept/m10/2013-10-08',
  m95: 'http://www.ehelse.no/xmlstds/eresept/m95/2018-07-01',
  m96: 'http://www.ehelse.no/xmlstds/eresept/m96/2018-07-01',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;
