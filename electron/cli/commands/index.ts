import { backupCommand } from './backup.command';
import type { Command } from './command';
import { importFestCommand } from './import-fest.command';
import { importPatientsCommand } from './import-patients.command';
import { integrityCheckCommand } from './integrity-check.command';
import { migrateCommand } from './migrate.command';
import { restoreCommand } from './restore.command';
import { seedDemoCommand } from './seed-demo.command';

/** Every command, in the order help lists them. A new command is a file in this folder plus one line here. */
export const COMMANDS: readonly Command[] = [
  seedDemoCommand,
  importPatientsCommand,
  importFestCommand,
  migrateCommand,
  integrityCheckCommand,
  backupCommand,
  restoreCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
