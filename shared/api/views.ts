import type { Role } from '../schemas/roles';

/** What the renderer may know about the logged-in user and the clinic. The session itself lives in main. */
export interface SessionInfo {
  user: UserSummary;
  clinic: ClinicView;
}

export interface ClinicView {
  name: string;
  organisationNumber: string;
  herId: string;
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  hprNumber: string | null;
  active: boolean;
}

export interface SetupStatus {
  configured: boolean;
}

export interface AuditEventView {
  id: string;
  at: string;
  actorName: string;
  role: string;
  workstation: string;
  action: string;
  outcome: 'success' | 'failure';
  patientId: string | null;
  detail: string | null;
}
