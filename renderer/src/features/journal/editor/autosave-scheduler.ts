/**
 * When a draft is saved while the doctor types. Issue 4: no keystroke older than 2 seconds may be lost if the app
 * dies. A change is saved IDLE_MS after the last keystroke, and a save starts no later than MAX_WAIT_MS after the
 * first unsaved keystroke however fast the typing goes; the half second left of the 2 s is for the round trip to
 * main, which commits each save durably before it answers. A failed save is shown and retried.
 */
export const AUTOSAVE_IDLE_MS = 1000;
export const AUTOSAVE_MAX_WAIT_MS = 1500;
export const AUTOSAVE_RETRY_MS = 1000;

export interface AutosaveStatus {
  /** When main last committed the draft (its clock, ISO-8601). */
  savedAt: string | null;
  /** There are changes main has not confirmed yet. */
  dirty: boolean;
  saving: boolean;
  /** Norwegian, for the person; null after a save that worked. */
  error: string | null;
  /** After an error: a new attempt is on its way by itself (else the next change tries again). */
  willRetry: boolean;
}

export interface AutosaveOptions {
  onStatus: (status: AutosaveStatus) => void;
  describeError: (error: unknown) => string;
  /** An error no retry can mend (the draft was signed elsewhere, the input is refused): wait for the next change. */
  isPermanent: (error: unknown) => boolean;
  savedAt: string | null;
  idleMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
}

export class AutosaveScheduler {
  private changes = 0;
  private savedChanges = 0;
  private idleTimer: number | undefined;
  private maxTimer: number | undefined;
  private retryTimer: number | undefined;
  private inFlight: Promise<boolean> | null = null;
  /** A timer fired while a save was on its way: save again as soon as it is back. */
  private again = false;
  private stopped = false;
  private status: AutosaveStatus;
  private save: () => Promise<string> = () => Promise.reject(new Error('no save function yet'));

  constructor(private readonly options: AutosaveOptions) {
    this.status = { savedAt: options.savedAt, dirty: false, saving: false, error: null, willRetry: false };
  }

  /** What saves the latest values; resolves with main's savedAt. The newest one given is used. */
  setSave(save: () => Promise<string>): void {
    this.save = save;
  }

  /** Something changed. */
  touch(): void {
    if (this.stopped) return;
    this.changes++;
    window.clearTimeout(this.idleTimer);
    this.idleTimer = window.setTimeout(this.onTimer, this.options.idleMs ?? AUTOSAVE_IDLE_MS);
    this.maxTimer ??= window.setTimeout(this.onTimer, this.options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS);
    if (!this.status.dirty) this.update({ dirty: true });
  }

  /** Saves everything changed so far, now; resolves true once main has it (before signing, on Ctrl+S). */
  async flush(): Promise<boolean> {
    this.clearTimers();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.savedChanges >= this.changes) return true;
      if (!(await this.saveNow())) return false;
    }
  }

  /** Lets timers run again after stop() (React runs effects twice in development). */
  start(): void {
    this.stopped = false;
  }

  /** The editor is going away: one last save of what is unsaved, then no more timers or retries. */
  stop(): void {
    this.clearTimers();
    window.clearTimeout(this.retryTimer);
    if (this.savedChanges < this.changes) void this.saveNow();
    this.stopped = true;
  }

  private readonly onTimer = () => {
    this.clearTimers();
    void this.saveNow();
  };

  private clearTimers(): void {
    window.clearTimeout(this.idleTimer);
    window.clearTimeout(this.maxTimer);
    this.idleTimer = undefined;
    this.maxTimer = undefined;
  }

  private saveNow(): Promise<boolean> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    if (this.savedChanges >= this.changes) return Promise.resolve(true);
    window.clearTimeout(this.retryTimer);
    const upTo = this.changes;
    this.update({ saving: true });
    const saving = this.save().then(
      (savedAt) => {
        this.savedChanges = Math.max(this.savedChanges, upTo);
        this.inFlight = null;
        this.update({ savedAt, saving: false, error: null, willRetry: false, dirty: this.savedChanges < this.changes });
        if (this.again) {
          this.again = false;
          if (this.savedChanges < this.changes && this.idleTimer === undefined) void this.saveNow();
        }
        return true;
      },
      (error: unknown) => {
        this.inFlight = null;
        this.again = false;
        const willRetry = !this.stopped && !this.options.isPermanent(error);
        if (willRetry) this.retryTimer = window.setTimeout(this.onTimer, this.options.retryMs ?? AUTOSAVE_RETRY_MS);
        this.update({ saving: false, error: this.options.describeError(error), dirty: true, willRetry });
        return false;
      },
    );
    this.inFlight = saving;
    return saving;
  }

  private update(patch: Partial<AutosaveStatus>): void {
    this.status = { ...this.status, ...patch };
    this.options.onStatus(this.status);
  }
}
