import os from 'node:os';
import { systemContext, type ServiceContext } from '../services/context';

/**
 * CLI changes are audited as the system user `cli` with the OS account that ran it, so the log says which person
 * at which PC restored or seeded a database even though no one logged in to Allmenn.
 */
export function cliActor(now: Date): ServiceContext {
  return systemContext(`cli (${osUserName()})`, os.hostname(), now);
}

function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    // os.userInfo throws for a uid without a passwd entry (some containers); the environment may still say.
    return process.env.USER ?? process.env.USERNAME ?? 'ukjent';
  }
}
