/**
 * Appointment types of the timebok with their default lengths. A konsultasjon is 20 minutes (DOMAIN.md: "typically
 * 15–20 minutes"), a dobbelttime twice that; the rest are the clinic's usual defaults. Lengths are whole 5-minute
 * units, the grain of the database's double-booking guard (appointment_slot_units).
 */
export const SLOT_UNIT_MINUTES = 5;

export const APPOINTMENT_TYPE_CODES = [
  'konsultasjon',
  'dobbelttime',
  'telefon',
  'video',
  'e_konsultasjon',
  'sykebesok',
  'vaksine',
  'lab',
] as const;
export type AppointmentTypeCode = (typeof APPOINTMENT_TYPE_CODES)[number];

export interface AppointmentType {
  code: AppointmentTypeCode;
  label: string;
  /** Short label for a narrow timebok column. */
  short: string;
  minutes: number;
}

export const APPOINTMENT_TYPES: Readonly<Record<AppointmentTypeCode, AppointmentType>> = {
  konsultasjon: { code: 'konsultasjon', label: 'Konsultasjon', short: 'Kons', minutes: 20 },
  dobbelttime: { code: 'dobbelttime', label: 'Dobbelttime', short: 'Dobbel', minutes: 40 },
  telefon: { code: 'telefon', label: 'Telefonkonsultasjon', short: 'Tlf', minutes: 10 },
  video: { code: 'video', label: 'Videokonsultasjon', short: 'Video', minutes: 20 },
  e_konsultasjon: { code: 'e_konsultasjon', label: 'E-konsultasjon', short: 'E-kons', minutes: 10 },
  sykebesok: { code: 'sykebesok', label: 'Sykebesøk', short: 'Besøk', minutes: 60 },
  vaksine: { code: 'vaksine', label: 'Vaksinasjon', short: 'Vaksine', minutes: 10 },
  lab: { code: 'lab', label: 'Laboratorieprøve', short: 'Lab', minutes: 10 },
};

export function appointmentType(code: string): AppointmentType | undefined {
  return (APPOINTMENT_TYPES as Record<string, AppointmentType | undefined>)[code];
}

export const APPOINTMENT_STATUS_LABELS: Readonly<Record<string, string>> = {
  booket: 'Booket',
  flyttet: 'Flyttet',
  avlyst: 'Avlyst',
  ikke_mott: 'Ikke møtt',
  ankommet: 'Ankommet',
  inne: 'Inne',
  ferdig: 'Ferdig',
};

export const RESOURCE_KIND_LABELS = { lege: 'Lege', sykepleier: 'Sykepleier', lab: 'Laboratorium' } as const;

export const EXCEPTION_KIND_LABELS = { ferie: 'Ferie', kurs: 'Kurs', sykdom: 'Sykdom', annet: 'Annet fravær' } as const;

export const CHANNEL_LABELS = { telefon: 'Telefon', skranke: 'Skranke', sms: 'SMS', helsenorge: 'Helsenorge' } as const;

/** Statuses that hold the slot; 'avlyst' and 'flyttet' free it. */
export const ACTIVE_APPOINTMENT_STATUSES = ['booket', 'ikke_mott', 'ankommet', 'inne', 'ferdig'] as const;

/** 'HH:MM' → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes after midnight → 'HH:MM'. */
export function hhmmOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
