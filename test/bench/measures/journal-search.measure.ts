import { closeDatabase } from '../../../db/backup';
import { searchPatientJournal } from '../../../db/repositories/journal-search.repository';
import { patientIdsInRowidOrder } from '../../../db/repositories/journal-bulk.repository';
import { openClinicDatabase } from '../../../electron/backend';
import { createJournalReadService } from '../../../electron/services/journal/journal-read.service';
import { journalClinicCopy, notesArgument } from '../journal-cache';
import { seededRandom } from '../journal-data';
import type { Measure } from '../measure';
import { benchDoctorSession } from '../journal-session';
import { latencySummary, mean, percentile, round } from '../stats';

/** Words most journals hold many times, words almost none hold, two words, and a half-typed word (prefix). */
const QUERIES: readonly { kind: string; text: string }[] = [
  ...['hoste', 'blodtrykk', 'smerter', 'kontroll', 'feber', 'resept'].map((text) => ({ kind: 'common', text })),
  ...['sarkoidose', 'hemokromatose', 'amyloidose', 'porfyri', 'narkolepsi', 'akromegali'].map((text) => ({
    kind: 'rare',
    text,
  })),
  ...['hoste feber', 'diabetes kontroll', 'vondt kneet'].map((text) => ({ kind: 'two_words', text })),
  ...['blodtr', 'smer', 'ant'].map((text) => ({ kind: 'prefix', text })),
  // The first keystroke: reported on its own (one_letter_*), not in the headline figures, which are for words.
  ...['s', 'k'].map((text) => ({ kind: 'one_letter', text })),
];
/** Patients searched: a sample of ordinary journals, plus the one with thousands of notes. */
const SAMPLE = 100;
const REPEATS = 2;

/**
 * A word searched in one patient's journal through the journal-read service as a logged-in lege (FTS5 query, the
 * hits' text for the excerpts, the audit row, the commit), on a clinic with a million generated notes. raw_* is the
 * repository's FTS query alone.
 */
export const journalSearchMeasure: Measure = {
  name: 'journal.search',
  description: 'search in one patient’s journal, common and rare words, on a clinic with --notes N notes (1 000 000)',
  async run(ctx) {
    const notes = notesArgument();
    const { dataDir, info } = await journalClinicCopy(ctx, notes);
    const { conn } = await openClinicDatabase(dataDir, new Date());
    try {
      const session = await benchDoctorSession(conn.db);
      const read = createJournalReadService(conn.db);
      const random = seededRandom('journal-search');
      const all = patientIdsInRowidOrder(conn.sqlite);
      const sample = Array.from({ length: SAMPLE }, () => all[1 + Math.floor(random() * (all.length - 1))] as string);
      const patients = [...sample.map((id) => ({ id, heavy: false })), { id: info.heavyPatientId, heavy: true }];

      // One untimed pass warms the page cache, as a clinic's PC would be after the first searches of the day.
      for (const p of patients) for (const q of QUERIES) await read.search(session, { patientId: p.id, query: q.text });

      const all_ms: number[] = [];
      const raw: number[] = [];
      const groups = new Map<string, number[]>();
      const hits: number[] = [];
      for (let pass = 0; pass < REPEATS; pass++) {
        for (const p of patients) {
          for (const q of QUERIES) {
            const started = performance.now();
            const found = await read.search(session, { patientId: p.id, query: q.text });
            const elapsed = performance.now() - started;
            if (q.kind !== 'one_letter') {
              all_ms.push(elapsed);
              hits.push(found.length);
            }
            const key = `${p.heavy ? 'heavy_' : ''}${q.kind}`;
            groups.set(key, [...(groups.get(key) ?? []), elapsed]);
            const rawStarted = performance.now();
            await searchPatientJournal(conn.db, p.id, q.text, 50);
            if (q.kind !== 'one_letter') raw.push(performance.now() - rawStarted);
          }
        }
      }
      const byGroup = Object.fromEntries(
        [...groups].flatMap(([key, samples]) => [
          [`${key}_p50_ms`, round(percentile(samples, 50))],
          [`${key}_p95_ms`, round(percentile(samples, 95))],
        ]),
      );
      return {
        n: info.notes,
        ...latencySummary(all_ms),
        raw_p50_ms: round(percentile(raw, 50)),
        raw_p95_ms: round(percentile(raw, 95)),
        ...byGroup,
        searches: all_ms.length,
        mean_hits: round(mean(hits), 1),
        patients: info.patients,
        heavy_patient_notes: info.heavyPatientNotes,
        db_mb: Math.round(info.fileBytes / 1e6),
        build_s: info.buildSeconds,
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
