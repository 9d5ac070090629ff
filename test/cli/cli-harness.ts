/** Runs the CLI in this process, as Electron's main does, and captures what it writes. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { runCli } from '../../electron/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The last line of stdout parsed as JSON (for --json runs). */
  json: Record<string, unknown>;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  const lastLine = stdout.trimEnd().split('\n').at(-1) ?? '';
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(lastLine) as Record<string, unknown>;
  } catch {
    // not a --json run
  }
  return { code, stdout, stderr, json };
}

/** Seeds a demo clinic through the CLI and fails loudly if that does not work. */
export async function seededDataDir(dir: string, patients = 20): Promise<string> {
  const run = await cli('seed-demo', '--data-dir', dir, '--patients', String(patients));
  if (run.code !== 0) throw new Error(`seed-demo failed: ${run.stderr}`);
  return dir;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
