import { closeDatabase } from '../../../db/backup';
import { patientIdsInRowidOrder } from '../../../db/repositories/journal-bulk.repository';
import { openClinicDatabase } from '../../../electron/backend';
import { createJournalService } from '../../../electron/services/journal/journal.service';
import { journalClinicCopy, notesArgument } from '../journal-cache';
import { seededRandom } from '../journal-data';
import { benchDoctorSession } from '../journal-session';
import type { Measure } from '../measure';
import { latencySummary, percentile, round } from '../stats';

const SIGNS = 300;
const HEAVY_SIGNS = 50;

const fields = {
  reasonForContact: 'Kontroll blodtrykk',
  anamnese: 'Hjemmemålinger rundt 135/85. Ingen hodepine eller svimmelhet. Tar medisinene fast.',
  funn: 'BT 138/86 sittende etter hvile, puls 72 regelmessig. Cor: ingen bilyder.',
  vurdering: 'Hypertensjon, akseptabelt regulert.',
  tiltak: 'Fortsetter uendret. Ny kontroll om ett år med blodprøver.',
};

/**
 * Signing a fresh note (text, a diagnosis, a measurement) through the journal service as its author, in a clinic
 * with a million notes: the checks, the signature, the search index, the audit row and the commit. The note is
 * started and its draft saved outside the clock. n is the number of signs.
 */
export const journalSignMeasure: Measure = {
  name: 'journal.sign',
  description: `p95 of ${SIGNS} signs of a fresh note through the journal service, audit and commit included`,
  async run(ctx) {
    const { dataDir, info } = await journalClinicCopy(ctx, notesArgument());
    const { conn } = await openClinicDatabase(dataDir, new Date());
    try {
      const session = await benchDoctorSession(conn.db);
      const journal = createJournalService(conn.db);
      const random = seededRandom('journal-sign');
      const all = patientIdsInRowidOrder(conn.sqlite);

      const signOne = async (patientId: string): Promise<number> => {
        const note = await journal.start(session, { patientId, contactType: 'oppmote' });
        await journal.saveDraft(session, {
          noteId: note.id,
          versionId: note.current.id,
          fields,
          diagnoses: [{ system: 'ICPC-2', code: 'K86', isMain: true, isLasting: true }],
          measurements: [{ kind: 'bt_sys', value: 138 }],
        });
        const started = performance.now();
        await journal.sign(session, { noteId: note.id, versionId: note.current.id });
        return performance.now() - started;
      };

      for (let i = 0; i < 10; i++) await signOne(all[1 + Math.floor(random() * (all.length - 1))] as string);
      const samples: number[] = [];
      for (let i = 0; i < SIGNS; i++)
        samples.push(await signOne(all[1 + Math.floor(random() * (all.length - 1))] as string));
      const heavy: number[] = [];
      for (let i = 0; i < HEAVY_SIGNS; i++) heavy.push(await signOne(info.heavyPatientId));
      return {
        n: SIGNS,
        ...latencySummary(samples),
        heavy_patient_p95_ms: round(percentile(heavy, 95)),
        notes_in_db: info.notes,
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
