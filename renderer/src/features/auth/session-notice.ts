/** A message for the login screen about why the person is there, e.g. logged out after being idle. */
export interface SessionNotice {
  variant: 'info' | 'warning';
  message: string;
}

export const EXPIRED_NOTICE: SessionNotice = {
  variant: 'info',
  message: 'Du ble logget ut etter en periode uten aktivitet. Logg inn igjen for å fortsette.',
};
