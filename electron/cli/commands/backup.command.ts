/**
 * backup FILE: an online backup through SQLite's backup API, safe while Allmenn runs. It never overwrites a file:
 * an old backup is worth more than a typo in a file name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, closeDatabase } from '../../../db/backup';
import { openDatabase } from '../../../db/connection';
import { assertNotNewer, readSchemaState } from '../../../db/migrate';
import { recordAudit } from '../../services/audit/audit.service';
import { cliActor } from '../cli-actor';
import { CliError } from '../cli-error';
import { requireDatabase } from '../database-guards';
import { formatBytes } from '../format';
import type { Command } from './command';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'ta en sikkerhetskopi av databasen til FIL (mens Allmenn kjører går fint)',
  options: [],
  positionals: [{ name: 'FIL', description: 'filen sikkerhetskopien skrives til; den må ikke finnes fra før' }],

  async run({ dataDir, args, now, progress }) {
    const target = path.resolve(args.positionals[0] ?? '');
    const file = requireDatabase(dataDir);
    if (fs.existsSync(target)) {
      throw new CliError(
        'FILE_EXISTS',
        `Filen ${target} finnes allerede. Velg et nytt filnavn; backup overskriver aldri.`,
      );
    }
    if (!fs.existsSync(path.dirname(target))) {
      throw new CliError('TARGET_DIR_MISSING', `Mappen ${path.dirname(target)} finnes ikke.`);
    }
    const conn = openDatabase(file, { mustExist: true });
    try {
      // A newer app's schema may have changed the audit table this app would write to.
      assertNotNewer(readSchemaState(conn), file);
      progress(`Tar sikkerhetskopi av ${file} …`);
      const backup = await backupDatabase(conn, target);
      await recordAudit(conn.db, cliActor(now), {
        action: 'database.backup',
        detail: { file: backup.file, bytes: backup.bytes },
      });
      return {
        exitCode: 0,
        json: { databaseFile: file, backupFile: backup.file, bytes: backup.bytes },
        lines: [`Sikkerhetskopi skrevet til ${backup.file} (${formatBytes(backup.bytes)}).`],
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
