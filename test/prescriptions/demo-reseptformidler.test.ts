/**
 * The demo clinic's own reseptformidler: which data folders get one (the seed-demo clinic, or ALLMENN_DEMO=1), and
 * the simulator started as its own process from source, answering on loopback and stopping cleanly. The Electron
 * utilityProcess.fork of the bundle is not run here (no Electron binary).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicOf, isDemoClinic } from '../../electron/app/demo-clinic-check';
import { locateReseptformidler, startReseptformidlerProcess } from '../../electron/delivery/reseptformidler-process';
import { cli } from '../cli/cli-harness';
import { useTempDir } from '../support/temp-dir';

describe('the demo reseptformidler', () => {
  const tempDir = useTempDir();

  it('is for the clinic seed-demo made, or any folder with ALLMENN_DEMO=1, never for a real clinic', async () => {
    const dir = tempDir();
    expect(await clinicOf(dir)).toBeUndefined();
    expect(isDemoClinic(undefined, {})).toBe(false);
    expect(isDemoClinic(undefined, { ALLMENN_DEMO: '1' })).toBe(true);
    expect((await cli('seed-demo', '--data-dir', dir, '--patients', '0')).code).toBe(0);
    const demo = await clinicOf(dir);
    expect(isDemoClinic(demo, {})).toBe(true);
    expect(isDemoClinic({ organisation_number: '974760673', her_id: '81234' }, {})).toBe(false);
  });

  it('runs as its own process with its own database and stops on request', async () => {
    expect(locateReseptformidler()?.args).toContain(path.join(process.cwd(), 'simulators/reseptformidler/main.ts'));
    const rf = await startReseptformidlerProcess({ dataDir: path.join(tempDir(), 'rf'), requireSignature: true });
    try {
      expect(rf.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const answer = await fetch(`${rf.url}/messages`, { method: 'POST', body: 'ikke xml' });
      expect(answer.status).toBe(400);
    } finally {
      await rf.close();
    }
    await expect(fetch(`${rf.url}/messages`, { method: 'POST', body: 'x' })).rejects.toThrow();
  });
});
