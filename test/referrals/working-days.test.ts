import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  easterSunday,
  isWorkingDay,
  norwegianHolidays,
} from '../../electron/services/referrals/working-days';

describe('Norwegian working days', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2019, '2019-04-21'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('knows the twelve public holidays of 2026, moving ones included', () => {
    expect([...norwegianHolidays(2026).keys()].sort()).toEqual([
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
  });

  it('skips weekends and holidays, but Christmas Eve and Easter Eve are not holidays', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Kristi himmelfartsdag
    expect(isWorkingDay('2026-12-24')).toBe(true); // julaften, a Thursday
    expect(isWorkingDay('2026-12-25')).toBe(false);
  });

  it('counts 10 working days from the day after receipt', () => {
    expect(addWorkingDays('2026-11-23', 10)).toBe('2026-12-07');
    // Over Easter 2026: Mon 30 March + 10 skips skjærtorsdag, langfredag and 2. påskedag.
    expect(addWorkingDays('2026-03-30', 10)).toBe('2026-04-16');
    // Over Christmas and New Year 2026/27.
    expect(addWorkingDays('2026-12-21', 10)).toBe('2027-01-06');
    // Received on a Saturday: counting starts Monday.
    expect(addWorkingDays('2026-11-21', 1)).toBe('2026-11-23');
  });
});
