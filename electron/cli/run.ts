/**
 * The admin CLI for the clinic's IT person: `allmenn --cli <command> --data-dir DIR [--json] [args]` (a command
 * that declares `usesDataDir: false` takes no --data-dir).
 * Exit 0 the command did its job, 1 it ran and found problems it reports, 2 it could not run. With --json the last
 * line of stdout is one JSON object, also on failure; progress and error messages go to stderr.
 */
import path from 'node:path';
import { DatabaseError } from '../../db/errors';
import { ServiceError } from '../services/service-error';
import { CommandArguments, GLOBAL_OPTIONS, tokenize } from './arguments';
import { CliError, ExitCode } from './cli-error';
import type { CliIo } from './cli-io';
import { COMMANDS, findCommand } from './commands/index';
import { commandUsage, generalUsage } from './usage';

export type { CliIo } from './cli-io';

/** Every option that takes a value, in any command: the tokenizer must know them before it knows the command. */
const VALUE_OPTIONS = new Set(
  [...GLOBAL_OPTIONS, ...COMMANDS.flatMap((c) => c.options)].filter((o) => o.value).map((o) => o.name),
);

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Known before parsing, so that even a parse error is reported as JSON.
  const json = argv.includes('--json');
  let commandName: string | null = null;
  try {
    const raw = tokenize(argv, VALUE_OPTIONS);
    commandName = raw.command;
    const help = raw.options.some((o) => o.name === 'help');
    if (raw.command === null) {
      if (help) {
        io.stdout(`${generalUsage(COMMANDS)}\n`);
        return ExitCode.ok;
      }
      throw new CliError('BAD_ARGUMENTS', `Mangler kommando. Kjente kommandoer: ${commandList()}.`);
    }
    const command = findCommand(raw.command);
    if (!command) {
      throw new CliError('UNKNOWN_COMMAND', `Ukjent kommando «${raw.command}». Kjente kommandoer: ${commandList()}.`);
    }
    if (help) {
      io.stdout(`${commandUsage(command)}\n`);
      return ExitCode.ok;
    }
    const usesDataDir = command.usesDataDir !== false;
    const globals = usesDataDir ? GLOBAL_OPTIONS : GLOBAL_OPTIONS.filter((o) => o.name !== 'data-dir');
    const args = new CommandArguments(command.name, raw, [...globals, ...command.options], raw.positionals);
    if (raw.positionals.length !== command.positionals.length) {
      const wanted = command.positionals.map((p) => p.name).join(' ');
      throw new CliError(
        'BAD_ARGUMENTS',
        wanted
          ? `${command.name} trenger ${wanted}: allmenn --cli ${command.name}${usesDataDir ? ' --data-dir MAPPE' : ''} ${wanted}`
          : `${command.name} tar ingen filnavn eller andre ord uten --, fikk «${raw.positionals.join(' ')}».`,
      );
    }
    const dataDir = usesDataDir ? args.string('data-dir') : '';
    if (dataDir === undefined) {
      throw new CliError('BAD_ARGUMENTS', 'Mangler --data-dir MAPPE: mappen med legekontorets data.');
    }
    const outcome = await command.run({
      dataDir: dataDir === '' ? '' : path.resolve(dataDir),
      args,
      now: new Date(),
      progress: (line) => io.stderr(`${line}\n`),
    });
    const result = command.bareJson
      ? outcome.json
      : { command: command.name, ok: outcome.exitCode === ExitCode.ok, ...outcome.json };
    io.stdout(json ? `${JSON.stringify(result)}\n` : `${outcome.lines.join('\n')}\n`);
    return outcome.exitCode;
  } catch (error) {
    const failure = describeFailure(error);
    io.stderr(`Feil: ${failure.message}\n`);
    if (failure.code === 'BAD_ARGUMENTS' || failure.code === 'UNKNOWN_COMMAND') {
      io.stderr('Skriv --help for hjelp.\n');
    }
    if (json) io.stdout(`${JSON.stringify({ command: commandName, ok: false, error: failure })}\n`);
    return ExitCode.cannotRun;
  }
}

function commandList(): string {
  return COMMANDS.map((c) => c.name).join(', ');
}

interface Failure {
  code: string;
  message: string;
}

function describeFailure(error: unknown): Failure {
  if (error instanceof CliError || error instanceof DatabaseError || error instanceof ServiceError) {
    return { code: error.code, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'DATABASE_LOCKED', message: `Databasen er i bruk av et annet program: ${message}` };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return { code: 'DATABASE_UNREADABLE', message: `Databasen kunne ikke leses: ${message}` };
  }
  return { code: 'INTERNAL', message: `Uventet feil: ${message}` };
}
