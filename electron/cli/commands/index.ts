import { backupCommand } from './backup.command';
import type { Command } from './command';
import { exportSampleMessagesCommand } from './export-sample-messages.command';
import { importFestCommand } from './import-fest.command';
import { importMessageCommand } from './import-message.command';
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
  importMessageCommand,
  migrateCommand,
  integrityCheckCommand,
  backupCommand,
  restoreCommand,
  exportSampleMessagesCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
