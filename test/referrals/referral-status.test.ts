import { describe, expect, it } from 'vitest';
import type { ReferralMessageRow, ReferralRow } from '../../db/schema-referrals';
import { deriveStatus, NO_FACTS, referralEvents } from '../../electron/services/referrals/referral-status';

const SENT = '2026-11-23T09:00:00.000Z';

const row: ReferralRow = {
  id: 'r1',
  patient_id: 'p1',
  author_id: 'u1',
  status: 'sendt',
  recipient_her_id: '999900103',
  content_json: '{}',
  document_id: 'd1',
  created_at: SENT,
  updated_at: SENT,
  sent_at: SENT,
  cancelled_at: null,
  cancel_reason: null,
};

function message(patch: Partial<ReferralMessageRow> = {}): ReferralMessageRow {
  return {
    id: 'm1',
    referral_id: 'r1',
    msg_id: 'msg1',
    kind: 'ny',
    recipient_her_id: '999900103',
    recipient_json: '{}',
    content_json: '{}',
    reason: null,
    created_at: SENT,
    created_by: 'u1',
    journal_note_id: null,
    apprec_status: null,
    apprec_at: null,
    rejection_reason: null,
    ...patch,
  };
}

const at = (iso: string) => new Date(iso);

describe('referral status', () => {
  it('goes sendt → mottatt → vurdert → epikrise mottatt as the answers come', () => {
    const ok = message({ apprec_status: 'ok', apprec_at: '2026-11-23T09:05:00.000Z' });
    expect(deriveStatus(row, [message()], NO_FACTS, at('2026-11-23T10:00:00Z')).status).toBe('sendt');
    expect(deriveStatus(row, [ok], NO_FACTS, at('2026-11-23T10:00:00Z')).status).toBe('mottatt');
    const assessed = { ...NO_FACTS, assessedAt: '2026-11-30T08:00:00.000Z', frist: '2027-02-01', rightToCare: true };
    expect(deriveStatus(row, [ok], assessed, at('2026-12-01T10:00:00Z'))).toMatchObject({
      status: 'vurdert',
      statusAt: '2026-11-30T08:00:00.000Z',
      overdue: { noAppRec: false, noAssessment: false },
    });
    const epicrisis = { ...assessed, epicrisisAt: '2027-01-15T12:00:00.000Z' };
    expect(deriveStatus(row, [ok], epicrisis, at('2027-01-16T10:00:00Z')).status).toBe('epikrise_mottatt');
    const events = referralEvents(row, [ok], epicrisis, () => 'Ortopedisk poliklinikk');
    expect(events.map((e) => e.kind)).toEqual(['opprettet', 'sendt', 'mottatt', 'vurdert', 'epikrise']);
    expect(events[3]?.detail).toBe('Rett til nødvendig helsehjelp. Frist for helsehjelp 01.02.2027');
  });

  it('places a date-only assessment after that day’s receipt and before that day’s epikrise', () => {
    const ok = message({ apprec_status: 'ok', apprec_at: '2026-11-23T09:05:00.000Z' });
    const facts = {
      ...NO_FACTS,
      assessedAt: '2026-11-23',
      frist: '2026-12-07',
      rightToCare: true,
      epicrisisAt: '2026-11-23T15:00:00.000Z',
    };
    const events = referralEvents(row, [ok], facts, () => 'Ortopedisk poliklinikk');
    expect(events.map((e) => e.kind)).toEqual(['opprettet', 'sendt', 'mottatt', 'vurdert', 'epikrise']);
    expect(events[3]?.detail).toBe('Rett til nødvendig helsehjelp. Frist for helsehjelp 07.12.2026');
  });

  it('an assessment stops the 10-working-day flag, however late it came', () => {
    const ok = message({ apprec_status: 'ok', apprec_at: SENT });
    const late = deriveStatus(row, [ok], NO_FACTS, at('2026-12-09T08:00:00Z'));
    expect(late.overdue.noAssessment).toBe(true);
    const assessed = deriveStatus(
      row,
      [ok],
      { ...NO_FACTS, assessedAt: '2026-12-09T07:00:00Z' },
      at('2026-12-09T08:00:00Z'),
    );
    expect(assessed.overdue.noAssessment).toBe(false);
  });

  it('a rejected change makes the referral avvist with the reason; a cancelled one is annullert, unflagged', () => {
    const first = message({ apprec_status: 'ok', apprec_at: SENT });
    const change = message({
      id: 'm2',
      msg_id: 'msg2',
      kind: 'endring',
      created_at: '2026-11-24T09:00:00.000Z',
      apprec_status: 'avvist',
      apprec_at: '2026-11-24T09:01:00.000Z',
      rejection_reason: 'Ukjent pasient',
    });
    expect(deriveStatus(row, [first, change], NO_FACTS, at('2026-11-25T09:00:00Z'))).toMatchObject({
      status: 'avvist',
      rejectionReason: 'Ukjent pasient',
    });
    const cancelled = { ...row, status: 'annullert' as const, cancelled_at: '2026-11-25T09:00:00.000Z' };
    expect(deriveStatus(cancelled, [message()], NO_FACTS, at('2027-01-01T09:00:00Z'))).toMatchObject({
      status: 'annullert',
      overdue: { noAppRec: false, noAssessment: false },
    });
  });
});
