import type { PatientCard } from '../../../../../shared/api/views';
import { PATIENT_STATUSES, type PatientInput } from '../../../../../shared/schemas/patient.schema';

/** The form holds exactly the shared schema's input, so zodResolver(patientInputSchema) judges it as main will. */
export type PatientFormValues = PatientInput;

export const emptyPatientForm: PatientFormValues = {
  identityNumber: '',
  givenName: '',
  middleName: '',
  familyName: '',
  birthDate: '',
  addressLine: '',
  postalCode: '',
  mobilePhone: '',
  otherPhone: '',
  email: '',
  preferredLanguage: '',
  interpreterNeeded: false,
  smsConsent: false,
  status: 'aktiv',
  deceasedOn: '',
};

/** The card as the edit form's starting point; empty where the card has nothing. */
export function formValuesFromCard(card: PatientCard): PatientFormValues {
  const status = PATIENT_STATUSES.find((s) => s === card.status) ?? 'aktiv';
  return {
    identityNumber: card.identityNumber,
    givenName: card.givenName,
    middleName: card.middleName ?? '',
    familyName: card.familyName,
    birthDate: card.birthDate,
    sex: card.sex,
    addressLine: card.addressLine ?? '',
    postalCode: card.postalCode ?? '',
    mobilePhone: card.mobilePhone ?? '',
    otherPhone: card.otherPhone ?? '',
    email: card.email ?? '',
    preferredLanguage: card.preferredLanguage ?? '',
    interpreterNeeded: card.interpreterNeeded,
    smsConsent: card.smsConsent,
    status,
    deceasedOn: card.deceasedOn ?? '',
  };
}

/** Every field with the id of its input, for the error summary's links and the service's field errors. */
export const PATIENT_FIELDS = [
  { name: 'identityNumber', id: 'patient-identity' },
  { name: 'givenName', id: 'patient-given' },
  { name: 'middleName', id: 'patient-middle' },
  { name: 'familyName', id: 'patient-family' },
  { name: 'birthDate', id: 'patient-birth' },
  { name: 'sex', id: 'patient-sex' },
  { name: 'addressLine', id: 'patient-address' },
  { name: 'postalCode', id: 'patient-postal' },
  { name: 'mobilePhone', id: 'patient-mobile' },
  { name: 'otherPhone', id: 'patient-other-phone' },
  { name: 'email', id: 'patient-email' },
  { name: 'preferredLanguage', id: 'patient-language' },
  { name: 'status', id: 'patient-status' },
  { name: 'deceasedOn', id: 'patient-deceased' },
] as const satisfies readonly { name: keyof PatientFormValues; id: string }[];

export type PatientFieldName = (typeof PATIENT_FIELDS)[number]['name'];

export function fieldId(name: PatientFieldName): string {
  return PATIENT_FIELDS.find((f) => f.name === name)?.id ?? name;
}
