import type { Role } from '../../shared/schemas/roles';

/** Who is acting, from where, and when. Built by the router from the session in main, or by the CLI. */
export interface ServiceContext {
  user: { id: string | null; name: string };
  role: Role | 'system';
  workstation: string;
  now: Date;
}

export function systemContext(name: string, workstation: string, now: Date): ServiceContext {
  return { user: { id: null, name }, role: 'system', workstation, now };
}
