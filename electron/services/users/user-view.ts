import type { UserRow } from '../../../db/schema';
import type { UserSummary } from '../../../shared/api/views';
import { ROLES, type Role } from '../../../shared/schemas/roles';

export function toRole(value: string): Role {
  const role = ROLES.find((r) => r === value);
  if (!role) throw new Error(`Unknown role in database: ${value}`);
  return role;
}

export function toUserSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: toRole(row.role),
    hprNumber: row.hpr_number,
    active: row.active === 1,
  };
}
