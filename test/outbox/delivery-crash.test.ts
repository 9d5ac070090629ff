/**
 * The backend killed mid-delivery loses nothing and duplicates nothing: a separate process posts part of a batch
 * and is SIGKILLed before it records what it sent; a new worker takes the rows over once the lease has run out,
 * posts them again with the same MsgIds, and RF recognises the duplicates.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxCounts } from '../../db/repositories/outbox.repository';
import { deliverAll, rfPrescriptionIds, useOutboxFixture } from './outbox-harness';
import { testWorker } from './outbox-workers';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** As in delivery-child.ts. */
const CHILD_LEASE_MS = 60_000;
/** 500 real messages through a real RF: seconds on a quiet PC, more on a loaded CI core. */
const LOADED_MACHINE_TIMEOUT_MS = 90_000;
const MESSAGES = 500;

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startChild(dataDir: string, rfUrl: string): { child: ChildProcess; posted: () => string[] } {
  // The pinned Node running the tests, with tsx, as `npm run` would start the backend.
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/outbox/delivery-child.ts', dataDir, rfUrl], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const posted = (): string[] =>
    out
      .split('\n')
      .filter((line) => line.startsWith('posted '))
      .map((line) => line.slice('posted '.length));
  return { child, posted };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('the backend killed mid-delivery', { timeout: LOADED_MACHINE_TIMEOUT_MS }, () => {
  const fixture = useOutboxFixture();

  it('loses nothing and registers nothing twice when a new worker takes over after the lease', async () => {
    const f = await fixture();
    const ids = await f.enqueueM1s(MESSAGES);
    const { child, posted } = startChild(f.dataDir, f.rf.url);
    await expect.poll(() => posted().length, { timeout: 30_000, interval: 10 }).toBeGreaterThanOrEqual(30);
    child.kill('SIGKILL');
    await exited(child);

    // Killed inside its first batch: RF has the posted messages, our outbox still thinks they are leased.
    const postedBeforeKill = posted();
    expect(postedBeforeKill.length).toBeLessThan(100);
    expect(await outboxCounts(f.conn.db)).toEqual({ pending: MESSAGES });
    // (One more may have reached RF: the kill can fall between RF's 202 and the child's line.)
    const atRf = await rfPrescriptionIds(f.rf);
    expect(atRf).toEqual(expect.arrayContaining(postedBeforeKill));
    expect(atRf.length - postedBeforeKill.length).toBeLessThanOrEqual(1);

    // Within the dead worker's lease nobody touches its rows; after it, a new worker (a restarted backend) does.
    const started = Date.now();
    let offset = 0;
    const restarted = testWorker(f.conn, f.client, { owner: 'pc-a:2', clock: () => new Date(Date.now() + offset) });
    expect(await restarted.runOnce()).toMatchObject({ claimed: 50 });
    expect(postedBeforeKill.some((id) => f.client.posts.has(id))).toBe(false);
    offset = CHILD_LEASE_MS + (Date.now() - started) + 1_000;
    expect(await deliverAll(f.conn, [restarted])).toEqual({ answered: MESSAGES });

    const registered = await rfPrescriptionIds(f.rf);
    expect(registered).toHaveLength(MESSAGES);
    expect([...registered].sort()).toEqual([...ids].sort());
    expect(ids.every((id) => (f.client.posts.get(id) ?? 0) <= 1)).toBe(true);
    const answers = await f.conn.db.selectFrom('inbox_messages').select('in_reply_to').execute();
    expect(answers.map((a) => a.in_reply_to).sort()).toEqual([...ids].sort());
  });
});
