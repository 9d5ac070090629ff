import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../../simulators/spesialist/working-days';

describe("Norwegian working days (the simulated service's frist)", () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-03-02', 10)).toBe('2026-03-16');
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-07', 0)).toBe('2026-03-09');
  });

  it('skips the public holidays, Easter included', () => {
    // Easter Sunday 2026 is 5 April: skjærtorsdag 2, langfredag 3, 2. påskedag 6 April.
    expect(['2026-04-02', '2026-04-03', '2026-04-06'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(addWorkingDays('2026-04-01', 1)).toBe('2026-04-07');
    // Kristi himmelfart 14 May, 17. mai (a Sunday), 2. pinsedag 25 May 2026.
    expect(['2026-05-01', '2026-05-14', '2026-05-25'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(isWorkingDay('2027-01-01')).toBe(false);
  });
});
