/** `allmenn --cli ...` through main with the real admin CLI: output on the process streams, its exit code kept. */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockFile } from '../../db/paths';
import { openClinicDatabase } from '../../electron/backend';
import { useTempDir } from '../support/temp-dir';
import { FakeElectron } from './fake-electron';

const current = vi.hoisted(() => ({ electron: null as FakeElectron | null }));

vi.mock('electron', async () => {
  const { delegatingElectronModule } = await import('./fake-electron');
  return delegatingElectronModule(() => current.electron);
});

describe('main in --cli mode', () => {
  const tempDir = useTempDir('allmenn-main-cli-');
  const savedArgv = process.argv;
  let fake: FakeElectron;
  let stdout: string[];
  let stderr: string[];

  beforeEach(() => {
    vi.resetModules();
    fake = new FakeElectron({ userData: tempDir(), appPath: tempDir() });
    current.electron = fake;
    stdout = [];
    stderr = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (stdout.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  });

  afterEach(() => {
    vi.restoreAllMocks();
    process.argv = savedArgv;
  });

  async function runMain(...args: string[]): Promise<number | undefined> {
    process.argv = ['C:\\Program Files\\Allmenn\\Allmenn.exe', '--cli', ...args];
    await import('../../electron/app/main');
    await vi.waitFor(() => expect(fake.exits).toHaveLength(1));
    return fake.exits[0];
  }

  it('prints the usage and exits 0', async () => {
    expect(await runMain('--help')).toBe(0);
    expect(stdout.join('')).toContain('allmenn --cli');
    expect(fake.windows).toHaveLength(0);
  });

  it('reports an unknown command on stderr in Norwegian and exits 2', async () => {
    expect(await runMain('format-c')).toBe(2);
    expect(stderr.join('')).toContain('Ukjent kommando');
  });

  it('runs a command against a data folder without opening a window or taking the app lock', async () => {
    const dataDir = tempDir();
    const { conn } = await openClinicDatabase(dataDir, new Date());
    await conn.close();
    expect(await runMain('migrate', '--data-dir', dataDir)).toBe(0);
    expect(stdout.join('')).toContain('Databasen er allerede oppdatert');
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
    expect(fake.log).not.toContain('requestSingleInstanceLock');
    expect(fake.windows).toHaveLength(0);
  });
});
