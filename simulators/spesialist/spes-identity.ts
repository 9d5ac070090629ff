/**
 * Who the simulated specialist service is in its answers. It plays every service it is addressed as (any receiver
 * HER-id), so the organisation and department come from each henvisning's Receiver; only the assessing doctor and
 * the phone numbers are its own, and they are fictional (HPR-nummer from the official examples' test range).
 */
export const SPES_SOFTWARE = { name: 'Allmenn spesialisthelsetjeneste-simulator', version: '0.1.0' } as const;

/** The doctor who assesses every henvisning and writes every epikrise (fictional). */
export const ASSESSING_DOCTOR = {
  familyName: 'Vurdering',
  givenName: 'Sim',
  hprNummer: '9144919',
  phone: '55 00 00 00',
} as const;

/** The service's phone for patients and referrers (fictional). */
export const SERVICE_PHONE = '55 00 00 01';
