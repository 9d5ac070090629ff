/**
 * seed-demo: a new demo clinic in an empty folder. It refuses a folder that already holds a database, so it can
 * never mix fictional patients into a real clinic's journal; if it fails halfway it removes what it created.
 */
import fs from 'node:fs';
import { deleteNewDatabase, closeDatabase } from '../../../db/backup';
import { databaseFile } from '../../../db/paths';
import { ROLE_LABELS } from '../../../shared/schemas/roles';
import { openClinicDatabase } from '../../backend';
import { createDemoService } from '../../services/demo/demo.service';
import { formatCount, formatSeconds } from '../format';
import { cliActor } from '../cli-actor';
import { CliError } from '../cli-error';
import type { Command } from './command';

export const MAX_DEMO_PATIENTS = 1_000_000;
const DEFAULT_SEED = '1';

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'lag et demolegekontor med leger og fastlegelister, helsesekretær, administrator og fiktive pasienter',
  options: [
    { name: 'patients', value: 'N', description: 'antall fiktive pasienter (påkrevd; 0 gir et tomt legekontor)' },
    { name: 'seed', value: 'FRØ', description: `samme frø gir de samme pasientene (standard ${DEFAULT_SEED})` },
  ],
  positionals: [],

  async run({ dataDir, args, now, progress }) {
    const patients = args.integer('patients', { min: 0, max: MAX_DEMO_PATIENTS });
    if (patients === undefined) {
      throw new CliError(
        'BAD_ARGUMENTS',
        'seed-demo trenger --patients N: antall fiktive pasienter (0 gir et tomt legekontor).',
      );
    }
    const seed = args.string('seed') ?? DEFAULT_SEED;
    const file = databaseFile(dataDir);
    if (fs.existsSync(file)) {
      throw new CliError(
        'DATABASE_EXISTS',
        `Mappen ${dataDir} har allerede en database (${file}). seed-demo lager bare nye demolegekontor: velg en tom mappe.`,
      );
    }

    const started = performance.now();
    progress(`Lager demolegekontor i ${dataDir} …`);
    const { conn } = await openClinicDatabase(dataDir, now);
    const summary = await createDemoService(conn.db)
      .seed(cliActor(now), {
        patients,
        seed,
        onProgress: (done, total) => progress(`Pasienter: ${formatCount(done)} av ${formatCount(total)}`),
      })
      .catch(async (error: unknown) => {
        await closeDatabase(conn);
        deleteNewDatabase(file);
        throw error;
      });
    await closeDatabase(conn);
    const elapsedMs = Math.round(performance.now() - started);

    const logins = summary.users.map(({ user, password }) => ({
      username: user.username,
      password,
      role: user.role,
      displayName: user.displayName,
      hprNumber: user.hprNumber,
    }));
    return {
      exitCode: 0,
      json: {
        dataDir,
        databaseFile: file,
        clinic: summary.clinic,
        logins,
        patients: summary.patients,
        lists: summary.lists,
        guardianRelations: summary.guardianRelations,
        caveEntries: summary.caveEntries,
        drugCatalogue: summary.drugCatalogue,
        timebok: summary.timebok,
        requests: summary.requests,
        seed,
        elapsedMs,
      },
      lines: [
        `Demolegekontoret er laget i ${dataDir}.`,
        `  ${summary.clinic.name}, org.nr. ${summary.clinic.organisationNumber}, HER-id ${summary.clinic.herId}`,
        `  ${formatCount(summary.patients)} fiktive pasienter (frø ${seed}), ${formatSeconds(elapsedMs)}`,
        ...summary.lists.map(
          (l) =>
            `  Fastlegeliste ${l.username}: ${formatCount(l.listLength)} pasienter, listetak ${formatCount(l.listCeiling)}`,
        ),
        `  Timebok: ${summary.timebok.resources} behandlere, ${formatCount(summary.timebok.appointments)} timer`,
        `  Henvendelser: ${summary.requests} (Helsenorge og SMS)`,
        '',
        'Demoinnlogginger (bare for demo; bruk aldri disse i et ekte legekontor):',
        ...logins.map(
          (l) =>
            `  ${l.username.padEnd(10)} passord: ${l.password.padEnd(24)} ${ROLE_LABELS[l.role]}, ${l.displayName}` +
            (l.hprNumber ? ` (HPR ${l.hprNumber})` : ''),
        ),
      ],
    };
  },
};
