import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('cli entry (npm run cli)', () => {
  it('sets the process exit code and keeps the JSON on the last line of stdout', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'electron/cli/main.ts', 'integrity-check', '--json'],
      { cwd: root, encoding: 'utf8', timeout: 30_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Mangler --data-dir');
    const last = result.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(JSON.parse(last)).toMatchObject({ command: 'integrity-check', ok: false });
  });
});
