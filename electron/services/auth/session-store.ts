/**
 * Sessions live in main, keyed by the window (sender) that logged in; the renderer never holds a token.
 * An idle session expires so an unattended PC at the reception does not stay open.
 */
import type { Role } from '../../../shared/schemas/roles';

export interface Session {
  userId: string;
  displayName: string;
  role: Role;
  startedAt: Date;
  lastSeenAt: Date;
}

export const DEFAULT_IDLE_MINUTES = 30;

export class SessionStore {
  private readonly sessions = new Map<number, Session>();

  constructor(private readonly idleMs = DEFAULT_IDLE_MINUTES * 60_000) {}

  start(senderId: number, session: Omit<Session, 'lastSeenAt'>): void {
    this.sessions.set(senderId, { ...session, lastSeenAt: session.startedAt });
  }

  /** The live session for this sender, touched; an idle one is ended and reported as expired. */
  touch(senderId: number, now: Date): { session: Session } | { expired: boolean } {
    const session = this.sessions.get(senderId);
    if (!session) return { expired: false };
    if (now.getTime() - session.lastSeenAt.getTime() > this.idleMs) {
      this.sessions.delete(senderId);
      return { expired: true };
    }
    session.lastSeenAt = now;
    return { session };
  }

  /** Ends every idle session; main runs this on a timer so an unattended screen locks without a click. */
  sweep(now: Date): { senderId: number; session: Session }[] {
    const expired: { senderId: number; session: Session }[] = [];
    for (const [senderId, session] of this.sessions) {
      if (now.getTime() - session.lastSeenAt.getTime() > this.idleMs) {
        this.sessions.delete(senderId);
        expired.push({ senderId, session });
      }
    }
    return expired;
  }

  peek(senderId: number): Session | undefined {
    return this.sessions.get(senderId);
  }

  end(senderId: number): Session | undefined {
    const session = this.sessions.get(senderId);
    this.sessions.delete(senderId);
    return session;
  }
}
