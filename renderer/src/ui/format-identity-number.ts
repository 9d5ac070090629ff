/** An identity number as it is read aloud and printed: birth date part, space, personnummer ('241285 12345'). */
export function formatIdentityNumber(value: string): string {
  return /^\d{11}$/.test(value) ? `${value.slice(0, 6)} ${value.slice(6)}` : value;
}

/** What kind of number the patient is registered under, in Norwegian (PatientSummary.identityType). */
const IDENTITY_TYPE_LABELS: Record<string, string> = {
  fnr: 'Fødselsnummer',
  dnr: 'D-nummer',
  tnr: 'Testnummer (Test Norge)',
  hnr: 'H-nummer',
  'hnr-clinic': 'H-nummer (legekontorets eget)',
};

export function identityTypeLabel(type: string): string {
  return IDENTITY_TYPE_LABELS[type] ?? type;
}
