import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/schemas/roles';

/** Norwegian names for the audit actions the services write; an unknown action shows as its code. */
const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Innlogging',
  'auth.logout': 'Utlogging',
  'auth.session_expired': 'Utlogget etter inaktivitet',
  'clinic.setup': 'Legekontoret satt opp',
  'user.create': 'Bruker opprettet',
};

export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Audit rows carry the role as text; 'system' is the actor before anyone is logged in. */
export function auditRoleLabel(role: string): string {
  if (isRole(role)) return ROLE_LABELS[role];
  return role === 'system' ? 'System' : role;
}
