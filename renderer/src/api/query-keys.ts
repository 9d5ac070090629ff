/** Every query key in one place, so invalidation after a change cannot miss one. */
export const queryKeys = {
  setupStatus: ['setup', 'status'] as const,
  session: ['auth', 'session'] as const,
  users: ['users'] as const,
  audit: ['audit'] as const,
  auditRecent: (limit: number) => ['audit', 'recent', limit] as const,
};
