/**
 * The one working-days rule (shared/rules/working-days.ts) that both the referral's overdue flag and the simulated
 * specialist service's frist use: weekends, the helligdager (Easter-based ones included) and 1. and 17. mai.
 */
import { describe, expect, it } from 'vitest';
import type { ReferralRow } from '../../db/schema-referrals';
import { deriveStatus, NO_FACTS } from '../../electron/services/referrals/referral-status';
import {
  addDays,
  addWorkingDays,
  easterSunday,
  isWorkingDay,
  norwegianHolidays,
} from '../../shared/rules/working-days';
import { assessmentFor } from '../../simulators/spesialist/answers/answer-builders';

describe('Norwegian working days', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('knows the twelve public holidays of 2026, moving ones included, with their names', () => {
    const holidays = norwegianHolidays(2026);
    expect([...holidays.keys()].sort()).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(holidays.get('2026-05-14')).toBe('Kristi himmelfartsdag');
    expect(holidays.get('2026-05-17')).toBe('Grunnlovsdag');
  });

  it('skips weekends and holidays, but Christmas Eve, Easter Eve and New Year’s Eve are working days', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(['2026-04-02', '2026-04-03', '2026-04-06'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(['2026-05-01', '2026-05-14', '2026-05-25'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(isWorkingDay('2027-05-17')).toBe(false); // 17. mai on a Monday
    expect(isWorkingDay('2026-12-24')).toBe(true); // julaften, a Thursday
    expect(isWorkingDay('2026-12-31')).toBe(true); // nyttårsaften, a Thursday
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2027-01-01')).toBe(false);
    // A timestamp is read by its date.
    expect(isWorkingDay('2026-12-25T10:00:00')).toBe(false);
  });

  it('counts working days from the day after', () => {
    expect(addWorkingDays('2026-11-23', 10)).toBe('2026-12-07');
    expect(addWorkingDays('2026-03-02', 10)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    // Over Easter 2026: Mon 30 March + 10 skips skjærtorsdag, langfredag and 2. påskedag.
    expect(addWorkingDays('2026-03-30', 10)).toBe('2026-04-16');
    expect(addWorkingDays('2026-04-01', 1)).toBe('2026-04-07');
    // Over Christmas and New Year 2026/27.
    expect(addWorkingDays('2026-12-21', 10)).toBe('2027-01-06');
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    // Over 1. mai, Kristi himmelfart and 17. mai 2027 (Thu 6 May is Kristi himmelfartsdag, Mon 17 May).
    expect(addWorkingDays('2027-04-30', 10)).toBe('2027-05-18');
    // Received on a Saturday: Monday is the first working day.
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-21', 0)).toBe('2026-11-21');
    expect(() => addWorkingDays('2026-11-21', -1)).toThrow(RangeError);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('both sides use the same rule', () => {
  it('the simulated service sets the frist 10 working days after receipt (Easter skipped), and 5 when it haster', () => {
    expect(assessmentFor('N', '2026-03-30', '2026-03-31', 'Sted')).toMatchObject({
      deadline: '2026-04-16',
      appointment: { start: '2026-04-15T10:00' },
    });
    expect(assessmentFor('3', '2026-12-21', '2026-12-22', 'Sted').deadline).toBe(addWorkingDays('2026-12-21', 5));
    expect(assessmentFor('3', '2026-12-21', '2026-12-22', 'Sted').deadline).toBe('2026-12-29');
  });

  it('the referral is flagged the day after its 10th working day, counted over the same holidays', () => {
    const sent = '2026-03-30T08:00:00.000Z';
    const row: ReferralRow = {
      id: 'r1',
      patient_id: 'p1',
      author_id: 'u1',
      status: 'sendt',
      recipient_her_id: '999900103',
      content_json: '{}',
      document_id: 'd1',
      created_at: sent,
      updated_at: sent,
      sent_at: sent,
      cancelled_at: null,
      cancel_reason: null,
    };
    const ok = {
      id: 'm1',
      referral_id: 'r1',
      msg_id: 'msg1',
      kind: 'ny' as const,
      recipient_her_id: '999900103',
      recipient_json: '{}',
      content_json: '{}',
      reason: null,
      created_at: sent,
      created_by: 'u1',
      journal_note_id: null,
      apprec_status: 'ok' as const,
      apprec_at: '2026-03-30T08:01:00.000Z',
      rejection_reason: null,
    };
    const onDue = deriveStatus(row, [ok], NO_FACTS, new Date('2026-04-16T12:00:00Z'));
    expect(onDue.overdue).toEqual({ noAppRec: false, noAssessment: false, assessmentDue: '2026-04-16' });
    const dayAfter = deriveStatus(row, [ok], NO_FACTS, new Date('2026-04-17T12:00:00Z'));
    expect(dayAfter.overdue.noAssessment).toBe(true);
    expect(onDue.overdue.assessmentDue).toBe(assessmentFor('N', '2026-03-30', '2026-03-30', 'x').deadline);
  });
});
