/**
 * `allmenn --cli <command> ...`: the installed app's admin commands. The runAsNode fuse is off, so the Electron
 * binary cannot be run as Node; main hands the arguments to the CLI before any window or lock is taken.
 */
import { ExitCode } from '../cli/cli-error';
import type { CliIo } from '../cli/run';

export const CLI_FLAG = '--cli';

/** The signature of runCli in electron/cli/run.ts. */
export type CliRunner = (argv: string[], io: CliIo) => Promise<number>;

/**
 * The arguments after `--cli`, or null when the app was started normally. Everything before the flag is the
 * executable (and `.` in development) or Chromium's own switches.
 */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_FLAG);
  return at === -1 ? null : argv.slice(at + 1);
}

/**
 * Runs the CLI and returns its exit code. runCli reports its own failures; should it throw all the same, that is
 * "could not run" (exit 2) with a Norwegian line on stderr, never an Electron crash dialog.
 */
export async function runCliMode(args: string[], run: CliRunner, io: CliIo): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    io.stderr(`Feil: kommandoen stoppet uventet: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.cannotRun;
  }
}
