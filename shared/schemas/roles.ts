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
