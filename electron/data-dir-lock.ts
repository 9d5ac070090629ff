/**
 * A lock file in the data folder says which process has the clinic's database open, so the CLI can refuse a
 * restore underneath a running app. A lock left by a dead process is stale and ignored.
 */
import fs from 'node:fs';
import { lockFile } from '../db/paths';

export interface LockHolder {
  pid: number;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLiveLock(dataDir: string): LockHolder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(lockFile(dataDir), 'utf8')) as LockHolder;
    return holder.pid !== process.pid && isAlive(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

export function acquireLock(dataDir: string, now: Date): () => void {
  const file = lockFile(dataDir);
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, since: now.toISOString() } satisfies LockHolder));
  return () => {
    try {
      const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
      if (holder.pid === process.pid) fs.rmSync(file);
    } catch {
      // already gone
    }
  };
}
