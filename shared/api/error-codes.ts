/** Stable error codes. Code compares on these; people read the Norwegian message next to them. */
export const ErrorCode = {
  invalidInput: 'INVALID_INPUT',
  unknownCall: 'UNKNOWN_CALL',
  untrustedSender: 'UNTRUSTED_SENDER',
  notLoggedIn: 'NOT_LOGGED_IN',
  forbidden: 'FORBIDDEN',
  wrongCredentials: 'WRONG_CREDENTIALS',
  accountLocked: 'ACCOUNT_LOCKED',
  alreadyConfigured: 'CLINIC_ALREADY_CONFIGURED',
  notConfigured: 'CLINIC_NOT_CONFIGURED',
  usernameTaken: 'USERNAME_TAKEN',
  notFound: 'NOT_FOUND',
  internal: 'INTERNAL_ERROR',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];
