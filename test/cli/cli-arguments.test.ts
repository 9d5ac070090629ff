import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-dir';
import { cli } from './cli-harness';

describe('cli arguments', () => {
  const tempDir = useTempDir('allmenn-cli-');

  it('requires --data-dir for every command, with a Norwegian message and exit 2', async () => {
    for (const command of ['seed-demo', 'import-patients', 'migrate', 'integrity-check', 'backup', 'restore']) {
      const extra = ['backup', 'restore', 'import-patients'].includes(command) ? ['fil.sqlite'] : [];
      const run = await cli(command, ...extra, ...(command === 'seed-demo' ? ['--patients', '1'] : []), '--json');
      expect(run.code, command).toBe(2);
      expect(run.stderr).toContain('Mangler --data-dir');
      expect(run.json).toMatchObject({ command, ok: false, error: { code: 'BAD_ARGUMENTS' } });
    }
  });

  it('refuses an unknown command and names the known ones', async () => {
    const run = await cli('slett-alt', '--data-dir', tempDir(), '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Ukjent kommando «slett-alt»');
    expect(run.stderr).toContain('integrity-check');
    expect(run.json).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
  });

  it('refuses a missing command, an unknown option, a repeated option and a stray file name', async () => {
    const dir = tempDir();
    const cases: [string[], string][] = [
      [['--data-dir', dir], 'Mangler kommando'],
      [['integrity-check', '--data-dir', dir, '--fort'], 'Ukjent valg «--fort» for integrity-check'],
      [['integrity-check', '--data-dir', dir, '--data-dir', dir], '--data-dir er oppgitt mer enn én gang'],
      [['integrity-check', '--data-dir', dir, 'ekstra'], 'integrity-check tar ingen filnavn'],
      [['backup', '--data-dir', dir], 'backup trenger FIL'],
      [['migrate', '--data-dir'], '--data-dir trenger en verdi'],
      [['migrate', '-d', dir], 'Ukjent valg «-d»'],
      [['migrate', '--json=ja', '--data-dir', dir], '--json tar ingen verdi'],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe('');
    }
  });

  it('accepts --name=value and options before the command', async () => {
    const dir = tempDir();
    const run = await cli('--data-dir=' + dir, '--json', 'integrity-check');
    expect(run.code).toBe(2);
    expect(run.json).toMatchObject({ command: 'integrity-check', error: { code: 'DATABASE_MISSING' } });
  });

  it('prints help on stdout with exit 0, for all commands and for one', async () => {
    const all = await cli('--help');
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Kommandoer:');
    const one = await cli('restore', '--help');
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('allmenn --cli restore --data-dir MAPPE');
  });
});
