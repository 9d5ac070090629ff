import { closeDatabase } from '../../../db/backup';
import { openClinicDatabase } from '../../../electron/backend';
import { createJournalReadService } from '../../../electron/services/journal/journal-read.service';
import { journalClinicCopy, notesArgument } from '../journal-cache';
import { benchDoctorSession } from '../journal-session';
import type { Measure } from '../measure';
import { latencySummary, percentile, round } from '../stats';

const REPEATS = 300;
const WARM_UP = 20;
/** How deep the keyset-paging check goes: page 40 of 50 entries is two thousand notes back. */
const DEEP_PAGE = 40;

/**
 * The first page (50 entries) of the journal of a patient with 5 000 notes, through the journal-read service as a
 * logged-in lege: the page query, the version counts and main diagnoses, the audit row and the commit. Also a deep
 * page reached by cursor and the page filtered on a diagnosis, both of which could scan the whole journal.
 */
export const journalTimelineMeasure: Measure = {
  name: 'journal.timeline',
  description: 'first timeline page (50) of a patient with 5 000 notes, as a lege, audit included',
  async run(ctx) {
    const { dataDir, info } = await journalClinicCopy(ctx, notesArgument());
    const { conn } = await openClinicDatabase(dataDir, new Date());
    try {
      const session = await benchDoctorSession(conn.db);
      const read = createJournalReadService(conn.db);
      const patientId = info.heavyPatientId;
      const first = await read.timeline(session, { patientId, limit: 50 });
      const diagnosis = first.entries.find((e) => e.mainDiagnosis)?.mainDiagnosis?.code;
      let cursor = first.nextCursor;
      for (let page = 2; page < DEEP_PAGE && cursor; page++) {
        cursor = (await read.timeline(session, { patientId, limit: 50, cursor })).nextCursor;
      }
      const deepCursor = cursor ?? undefined;

      const time = async (query: Parameters<typeof read.timeline>[1]): Promise<number[]> => {
        const samples: number[] = [];
        for (let i = 0; i < WARM_UP + REPEATS; i++) {
          const started = performance.now();
          const page = await read.timeline(session, query);
          const elapsed = performance.now() - started;
          if (page.entries.length === 0) throw new Error('the timeline came back empty');
          if (i >= WARM_UP) samples.push(elapsed);
        }
        return samples;
      };
      const firstPage = await time({ patientId, limit: 50 });
      const deep = deepCursor ? await time({ patientId, limit: 50, cursor: deepCursor }) : [];
      const filtered = diagnosis ? await time({ patientId, limit: 50, diagnosis }) : [];
      return {
        n: info.heavyPatientNotes,
        ...latencySummary(firstPage),
        repeats: REPEATS,
        [`page${DEEP_PAGE}_p95_ms`]: round(percentile(deep, 95)),
        diagnosis_filter_p95_ms: round(percentile(filtered, 95)),
        diagnosis_filter: diagnosis ?? '',
        notes_in_db: info.notes,
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
