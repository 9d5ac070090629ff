/**
 * migrate: runs pending schema migrations exactly as the app does at start-up (openClinicDatabase: automatic backup
 * first, then any post-migration step the app has). A database from a newer app is refused before anything is
 * written, and so is one the app has open.
 */
import { closeDatabase } from '../../../db/backup';
import { readSchemaState } from '../../../db/migrate';
import { openClinicDatabase } from '../../backend';
import { recordAudit } from '../../services/audit/audit.service';
import { cliActor } from '../cli-actor';
import { refuseWhileAppRuns, requireDatabase } from '../database-guards';
import type { Command } from './command';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'oppdater databaseskjemaet (tar sikkerhetskopi først)',
  options: [],
  positionals: [],

  async run({ dataDir, now, progress }) {
    const file = requireDatabase(dataDir);
    refuseWhileAppRuns(dataDir, 'du oppdaterer databasen');
    progress(`Sjekker ${file} …`);
    const { conn, migration: outcome } = await openClinicDatabase(dataDir, now);
    try {
      if (outcome.applied.length > 0) {
        await recordAudit(conn.db, cliActor(now), {
          action: 'database.migrate',
          detail: { applied: outcome.applied, backupFile: outcome.backupFile },
        });
      }
      const schema = readSchemaState(conn).applied;
      return {
        exitCode: 0,
        json: { databaseFile: file, applied: outcome.applied, backupFile: outcome.backupFile, schema },
        lines:
          outcome.applied.length === 0
            ? [`Databasen er allerede oppdatert (${schema.length} migrering(er) brukt, siste ${schema.at(-1) ?? '–'}).`]
            : [
                `Databasen er oppdatert med ${outcome.applied.length} migrering(er):`,
                ...outcome.applied.map((name) => `  ${name}`),
                outcome.backupFile
                  ? `Sikkerhetskopi fra før oppdateringen: ${outcome.backupFile}`
                  : 'Ingen sikkerhetskopi: databasen var tom.',
              ],
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
