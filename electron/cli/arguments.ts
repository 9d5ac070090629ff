/**
 * Command-line parsing without a library: the grammar is small (`<command> --name value --flag positional`), and
 * every message must be Norwegian. Both `--name value` and `--name=value` work; `--` ends the options.
 */
import { CliError } from './cli-error';
import { formatCount } from './format';

export interface OptionSpec {
  /** Without the dashes, e.g. `patients`. */
  name: string;
  /** The placeholder shown in help when the option takes a value (`N`, `FIL`); absent for a flag. */
  value?: string;
  description: string;
}

export interface PositionalSpec {
  name: string;
  description: string;
}

/** Options every command takes. `--data-dir` is required by every command, checked in run. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'data-dir', value: 'MAPPE', description: 'mappen med legekontorets data (påkrevd)' },
  { name: 'json', description: 'skriv resultatet som ett JSON-objekt på siste linje av stdout' },
  { name: 'help', description: 'vis hjelp' },
];

export interface RawArguments {
  command: string | null;
  options: { name: string; value: string | true }[];
  positionals: string[];
}

/** First pass: split tokens; `valueOptions` are the names of every option that takes a value, in any command. */
export function tokenize(argv: readonly string[], valueOptions: ReadonlySet<string>): RawArguments {
  const result: RawArguments = { command: null, options: [], positionals: [] };
  const positional = (token: string) => {
    if (result.command === null) result.command = token;
    else result.positionals.push(token);
  };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? '';
    if (token === '--') {
      argv.slice(i + 1).forEach(positional);
      break;
    }
    if (token === '-h') {
      result.options.push({ name: 'help', value: true });
    } else if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      const name = eq === -1 ? token.slice(2) : token.slice(2, eq);
      const inline = eq === -1 ? undefined : token.slice(eq + 1);
      if (!valueOptions.has(name)) {
        if (inline !== undefined) throw new CliError('BAD_ARGUMENTS', `--${name} tar ingen verdi.`);
        result.options.push({ name, value: true });
        continue;
      }
      const value = inline ?? argv[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--')) || value === '') {
        throw new CliError('BAD_ARGUMENTS', `--${name} trenger en verdi.`);
      }
      if (inline === undefined) i++;
      result.options.push({ name, value });
    } else if (token.startsWith('-') && token.length > 1) {
      throw new CliError('BAD_ARGUMENTS', `Ukjent valg «${token}». Valg skrives med to bindestreker, f.eks. --json.`);
    } else {
      positional(token);
    }
  }
  return result;
}

/** The options and positionals of one command, checked against its specification. */
export class CommandArguments {
  private readonly values = new Map<string, string | true>();

  constructor(
    readonly command: string,
    raw: RawArguments,
    allowed: readonly OptionSpec[],
    readonly positionals: readonly string[],
  ) {
    for (const option of raw.options) {
      if (!allowed.some((spec) => spec.name === option.name)) {
        throw new CliError('BAD_ARGUMENTS', `Ukjent valg «--${option.name}» for ${command}.`);
      }
      if (this.values.has(option.name)) {
        throw new CliError('BAD_ARGUMENTS', `--${option.name} er oppgitt mer enn én gang.`);
      }
      this.values.set(option.name, option.value);
    }
  }

  flag(name: string): boolean {
    return this.values.get(name) === true;
  }

  string(name: string): string | undefined {
    const value = this.values.get(name);
    return typeof value === 'string' ? value : undefined;
  }

  /** A whole number within [min, max]; the message names the option and the range. */
  integer(name: string, range: { min: number; max: number }): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
      throw new CliError(
        'BAD_ARGUMENTS',
        `--${name} må være et helt tall fra ${formatCount(range.min)} til ${formatCount(range.max)}, ikke «${text}».`,
      );
    }
    return value;
  }
}
