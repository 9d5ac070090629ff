export const ROLES = ['lege', 'helsesekretaer', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** Norwegian display names for the roles. */
export const ROLE_LABELS: Record<Role, string> = {
  lege: 'Lege',
  helsesekretaer: 'Helsesekretær',
  administrator: 'Administrator',
};

/** Roles that treat patients and therefore must carry an HPR-nummer. */
export function isClinicianRole(role: Role): boolean {
  return role === 'lege';
}

/**
 * Who may do what. The services enforce this; the renderer only uses it to avoid offering what will be refused.
 * Reception sees and edits administrative data (demographics, list, contacts) but no clinical data; CAVE is clinical.
 * The administrator runs the clinic's setup, users and list imports, not patient cards.
 */
export const PERMISSIONS = {
  patientAdministrative: ['lege', 'helsesekretaer'],
  patientClinical: ['lege'],
  listsRead: ['lege', 'helsesekretaer', 'administrator'],
  listsWrite: ['lege', 'helsesekretaer', 'administrator'],
  listsConfigure: ['administrator'],
  patientImport: ['administrator'],
  /** Compose, send, follow and cancel henvisninger; clinical content. */
  referrals: ['lege'],
  /** Read and file incoming clinical messages (epikrise, dialogmelding, svar). */
  clinicalInbox: ['lege'],
  /** See the timebok and book, move, cancel appointments. */
  timebok: ['lege', 'helsesekretaer'],
  /** Set up working-hour templates and exceptions. */
  schedulesConfigure: ['helsesekretaer', 'administrator'],
  /** The venterom: arrivals, drop-in triage, calling the next patient. */
  queue: ['lege', 'helsesekretaer'],
  /** Patients' requests (timebestilling, fornye resept, SMS) and SMS reminders. */
  patientRequests: ['lege', 'helsesekretaer'],
} as const satisfies Record<string, readonly Role[]>;

export function may(role: Role, permission: keyof typeof PERMISSIONS): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
