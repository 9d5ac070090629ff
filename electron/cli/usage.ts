import { GLOBAL_OPTIONS, type OptionSpec } from './arguments';
import type { Command } from './commands/command';

function optionLine(option: OptionSpec): string {
  const left = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return `  ${left.padEnd(20)} ${option.description}`;
}

export function generalUsage(commands: readonly Command[]): string {
  const without = commands.filter((c) => c.usesDataDir === false).map((c) => c.name);
  return [
    'Bruk: allmenn --cli <kommando> --data-dir MAPPE [--json] [valg]',
    ...(without.length > 0 ? [`      (${without.join(', ')} tar ikke --data-dir)`] : []),
    '      (fra kildekoden: npm run cli -- <kommando> --data-dir MAPPE ...)',
    '',
    'Kommandoer:',
    ...commands.map((c) => `  ${c.name.padEnd(20)} ${c.summary}`),
    '',
    'Valg for alle kommandoer:',
    ...GLOBAL_OPTIONS.map(optionLine),
    '',
    'Avslutningskode: 0 ferdig, 1 kommandoen fant problemer, 2 kommandoen kunne ikke kjøres.',
    'Skriv «<kommando> --help» for valgene til én kommando.',
  ].join('\n');
}

export function commandUsage(command: Command): string {
  const positionals = command.positionals.map((p) => ` ${p.name}`).join('');
  const usesDataDir = command.usesDataDir !== false;
  const globals = usesDataDir ? GLOBAL_OPTIONS : GLOBAL_OPTIONS.filter((o) => o.name !== 'data-dir');
  const options = command.options.map((o) => ` [--${o.name}${o.value ? ` ${o.value}` : ''}]`).join('');
  return [
    `Bruk: allmenn --cli ${command.name}${usesDataDir ? ' --data-dir MAPPE' : ''} [--json]${options}${positionals}`,
    '',
    `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`,
    ...(command.help ?? []),
    ...(command.positionals.length > 0
      ? ['', ...command.positionals.map((p) => `  ${p.name.padEnd(20)} ${p.description}`)]
      : []),
    '',
    'Valg:',
    ...[...command.options, ...globals].map(optionLine),
  ].join('\n');
}
