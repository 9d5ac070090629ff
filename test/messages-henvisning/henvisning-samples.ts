/**
 * Sample inputs for the referral message tests: a fictional clinic and doctor, a Test Norge patient (month + 80),
 * and a fictional hospital department with HER-ids marked as test values. Never real people.
 */
import type { HenvisningInput } from '../../electron/integrations/messages/henvisning.types';

export const CLINIC_HER = '8142519';
export const HOSPITAL_HER = '8142700';
export const DEPARTMENT_HER = '8142701';
export const COPY_HER = '8142800';

/** Test Norge fødselsnummer (born 15.03.1989, month + 80). */
export const PATIENT_FNR = '15838912483';

export function sampleHenvisning(overrides: Partial<HenvisningInput> = {}): HenvisningInput {
  return {
    msgId: '6f0c3c2e-9a51-4f5e-8d0b-4b5d2f2a0001',
    genDate: '2026-03-02T09:15:00',
    kind: 'ny',
    referralId: '1b7e7f3a-2c44-4d55-9e66-7f8a9b0c0001',
    issueDate: '2026-03-02T09:10:00',
    sender: {
      clinicName: 'Fjordheim legesenter',
      organisationNumber: '987654325',
      herId: CLINIC_HER,
      address: { streetAddress: 'Strandgata 12', postalCode: '5501', city: 'Haugesund' },
      phone: '52 70 11 00',
      doctor: { familyName: 'Aasen', givenName: 'Kari', middleName: 'Øvre', hprNummer: '565501872' },
    },
    receiver: {
      organisationName: 'Testsykehuset HF',
      herId: HOSPITAL_HER,
      department: { name: 'Revmatologisk poliklinikk', herId: DEPARTMENT_HER },
    },
    patient: {
      familyName: 'Nordmann',
      givenName: 'Åse',
      ident: { id: PATIENT_FNR, type: 'FNR' },
      sex: '2',
      dateOfBirth: '1989-03-15',
      address: { streetAddress: 'Storgata 1', postalCode: '5501', city: 'Haugesund' },
      phone: '900 00 001',
      nextOfKin: [
        {
          familyName: 'Nordmann',
          givenName: 'Ola',
          relation: { code: 'EF', displayName: 'Ektefelle' },
          phone: '900 00 002',
          closest: true,
        },
      ],
      interpreter: { language: { code: 'AR', displayName: 'ARABISK' }, note: 'Tolk for pasienten' },
    },
    hastegrad: 'N',
    assessRights: true,
    problemstilling: 'Hovne og ømme fingerledd i begge hender siden januar, morgenstivhet over en time.',
    requested: 'utredning',
    requestedText: 'Vurdering av mulig revmatoid artritt.',
    diagnoses: [
      { system: 'ICPC-2', code: 'L88', text: 'Reumatoid artritt/reumatisk sykdom' },
      { system: 'ICD-10', code: 'M06.9', text: 'Revmatoid artritt, uspesifisert' },
    ],
    history: 'Tidligere frisk. Mor har revmatoid artritt.',
    findings: 'Synovitt i MCP 2-3 bilateralt. CRP 42, SR 38.',
    medicines: [
      { name: 'Paracet tablett 500 mg', dosageText: '1-2 tabletter ved behov' },
      { name: 'Ibux tablett 400 mg', dosageText: '1 tablett 3 ganger daglig', atc: 'M01AE01' },
    ],
    cave: 'Penicillin (utslett 2015)',
    criticalInfo: ['Gravid uke 12'],
    copyRecipients: [{ name: 'Fysioterapeut Hansen', herId: COPY_HER }],
    attachments: [{ title: 'Røntgensvar hender', mimeType: 'application/pdf', base64: 'JVBERi0xLjQKJcOkw7zDtsOfCg==' }],
    ...overrides,
  };
}

export const HOSPITAL = {
  name: 'Testsykehuset HF',
  herId: HOSPITAL_HER,
  department: { name: 'Revmatologisk poliklinikk', herId: DEPARTMENT_HER },
};

export const CLINIC_WITH_DOCTOR = {
  name: 'Fjordheim legesenter',
  herId: CLINIC_HER,
  professional: { familyName: 'Aasen', givenName: 'Kari', hprNummer: '565501872' },
};

export const ENVELOPE_PATIENT = {
  familyName: 'Nordmann',
  givenName: 'Åse',
  ident: { id: PATIENT_FNR, type: 'FNR' as const },
};
