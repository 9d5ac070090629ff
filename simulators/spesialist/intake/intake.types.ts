/** What the intake and the answer scheduler are given: one request's view of the service. */
import type { SpesDatabase } from '../storage/spes-database';

export interface SpesTiming {
  /** How long after receipt the Status på henvisning is sent. 0: at once. */
  assessAfterMs: number;
  /** How long after the assessment the epikrise is sent. 0: at once. */
  epikriseAfterMs: number;
}

export interface SpesContext {
  db: SpesDatabase;
  now: Date;
  /** Today's date in Norway, YYYY-MM-DD. */
  today: string;
  /** A new MsgId (UUID) for a message the service writes. */
  newId: () => string;
  /** Refuses to let the service emit a message its own schemas reject. */
  emit: (xml: string) => string;
  timing: SpesTiming;
}
