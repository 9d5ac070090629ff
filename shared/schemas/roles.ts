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
} as const satisfies Record<string, readonly Role[]>;

export function may(role: Role, permission: keyof typeof PERMISSIONS): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
