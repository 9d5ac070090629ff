import { describe, expect, it } from 'vitest';
import { cliArguments, runCliMode } from '../../electron/app/cli-mode';
import type { CliIo } from '../../electron/cli/run';

function capture(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) };
}

describe('--cli mode', () => {
  it('takes the arguments after --cli, from the installed app and from `electron .`', () => {
    expect(cliArguments(['C:\\Program Files\\Allmenn\\Allmenn.exe', '--cli', 'backup', '--to', 'D:\\'])).toEqual([
      'backup',
      '--to',
      'D:\\',
    ]);
    expect(cliArguments(['/usr/bin/electron', '.', '--cli', 'status'])).toEqual(['status']);
    expect(cliArguments(['/opt/Allmenn/allmenn', '--cli'])).toEqual([]);
  });

  it('starts the window app when --cli is absent', () => {
    expect(cliArguments(['/opt/Allmenn/allmenn'])).toBeNull();
    expect(cliArguments(['/usr/bin/electron', '.', '--no-sandbox'])).toBeNull();
  });

  it('passes the arguments and the io to the CLI and returns its exit code', async () => {
    const io = capture();
    const code = await runCliMode(
      ['integrity-check', '--data-dir', '/srv/klinikk'],
      (argv, cliIo) => {
        cliIo.stdout(`${argv.join(' ')}\n`);
        return Promise.resolve(1);
      },
      io,
    );
    expect(code).toBe(1);
    expect(io.out).toEqual(['integrity-check --data-dir /srv/klinikk\n']);
  });

  it('turns a crash in the CLI into exit code 2 ("could not run") and a Norwegian line on stderr', async () => {
    const io = capture();
    const code = await runCliMode(['backup'], () => Promise.reject(new Error('disk full')), io);
    expect(code).toBe(2);
    expect(io.err.join('')).toBe('Feil: kommandoen stoppet uventet: disk full\n');
  });
});
