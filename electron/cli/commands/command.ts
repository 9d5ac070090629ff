import type { CommandArguments, OptionSpec, PositionalSpec } from '../arguments';
import type { ExitCodeValue } from '../cli-error';

export interface CommandContext {
  /** Absolute path of --data-dir; '' for a command with `usesDataDir: false`. */
  dataDir: string;
  args: CommandArguments;
  now: Date;
  /** Progress for a person watching: always stderr, so stdout stays clean for --json. */
  progress: (line: string) => void;
}

export interface CommandOutcome {
  exitCode: Extract<ExitCodeValue, 0 | 1>;
  /** Human output, Norwegian, one entry per line. */
  lines: string[];
  /** The --json result; run adds `command` and `ok`. */
  json: Record<string, unknown>;
}

export interface Command {
  name: string;
  /** One line, Norwegian, for the command list. */
  summary: string;
  options: readonly OptionSpec[];
  positionals: readonly PositionalSpec[];
  /** More lines for the command's own --help (Norwegian), after the summary. */
  help?: readonly string[];
  /**
   * With --json, print the command's result object alone, without `command` and `ok`: for a result whose shape is
   * a contract of its own (import-patients' report). A failure still prints the usual error object.
   */
  bareJson?: boolean;
  /** false: the command works without a clinic's data folder (and refuses --data-dir). Default true. */
  usesDataDir?: boolean;
  run(ctx: CommandContext): Promise<CommandOutcome>;
}
