import { closeDatabase } from '../../../db/backup';
import { openClinicDatabase } from '../../../electron/backend';
import { createReferralServices } from '../../../electron/services/referrals/index';
import { journalClinicCopy, notesArgument } from '../journal-cache';
import { benchDoctorSession } from '../journal-session';
import type { Measure } from '../measure';
import { latencySummary } from '../stats';

const REPEATS = 300;
const WARM_UP = 20;

/**
 * referrals.compose for the patient with 5 000 journal notes, as a logged-in lege: the pre-fill a referral opens
 * with (recent signed notes with diagnoses, problem list, current prescriptions, CAVE, next of kin, drafts), the
 * audit row and the commit. Target p95 ≤ 30 ms (issue 6 item 7).
 */
export const referralComposeMeasure: Measure = {
  name: 'referrals.compose',
  description: 'referral pre-fill for a patient with 5 000 journal notes, as a lege, audit included',
  async run(ctx) {
    const { dataDir, info } = await journalClinicCopy(ctx, notesArgument());
    const { conn } = await openClinicDatabase(dataDir, new Date());
    try {
      const session = await benchDoctorSession(conn.db);
      const referrals = createReferralServices(conn.db);
      const patientId = info.heavyPatientId;
      const samples: number[] = [];
      let notes = 0;
      for (let i = 0; i < WARM_UP + REPEATS; i++) {
        const started = performance.now();
        const view = await referrals.compose(session, patientId);
        const elapsed = performance.now() - started;
        notes = view.recentNotes.length;
        if (notes === 0) throw new Error('compose found no signed notes');
        if (i >= WARM_UP) samples.push(elapsed);
      }
      return {
        n: info.heavyPatientNotes,
        ...latencySummary(samples),
        repeats: REPEATS,
        notes_offered: notes,
        notes_in_db: info.notes,
      };
    } finally {
      await closeDatabase(conn);
    }
  },
};
