/** Every query key in one place, so invalidation after a change cannot miss one. */
export const queryKeys = {
  setupStatus: ['setup', 'status'] as const,
  session: ['auth', 'session'] as const,
  users: ['users'] as const,
  audit: ['audit'] as const,
  auditRecent: (limit: number) => ['audit', 'recent', limit] as const,
  patients: ['patients'] as const,
  patientSearch: (query: string) => ['patients', 'search', query] as const,
  patientsRecent: ['patients', 'recent'] as const,
  patientCard: (patientId: string) => ['patients', 'card', patientId] as const,
  lists: ['lists'] as const,
  listsOverview: ['lists', 'overview'] as const,
  listChanges: (since: string, doctorId: string | null) => ['lists', 'changes', since, doctorId] as const,
  waitingList: (doctorId: string) => ['lists', 'waiting', doctorId] as const,
};
