/** The timebok's clock: Oslo local times to UTC and back, right on both sides of the summer-time switches. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  isoWeekday,
  mondayOf,
  osloDayRange,
  osloInstant,
  osloParts,
} from '../../electron/services/timebok/oslo-time';
import { unitStarts } from '../../electron/services/timebok/timebok.service';

describe('Oslo time for the timebok', () => {
  it('08:00 is 07:00Z in winter and 06:00Z in summer', () => {
    expect(osloInstant('2026-11-23', '08:00').toISOString()).toBe('2026-11-23T07:00:00.000Z');
    expect(osloInstant('2026-06-15', '08:00').toISOString()).toBe('2026-06-15T06:00:00.000Z');
  });

  it('handles the switch days (29 March and 25 October 2026)', () => {
    expect(osloInstant('2026-03-29', '01:00').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(osloInstant('2026-03-29', '08:00').toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(osloInstant('2026-10-25', '08:00').toISOString()).toBe('2026-10-25T07:00:00.000Z');
    const spring = osloDayRange('2026-03-29');
    expect((Date.parse(spring.to) - Date.parse(spring.from)) / 3_600_000).toBe(23);
    const autumn = osloDayRange('2026-10-25');
    expect((Date.parse(autumn.to) - Date.parse(autumn.from)) / 3_600_000).toBe(25);
  });

  it('reads an instant back as the local date and clock time', () => {
    expect(osloParts('2026-11-23T23:30:00.000Z')).toEqual({ date: '2026-11-24', hhmm: '00:30', minutes: 30 });
    expect(osloParts('2026-06-15T06:00:00.000Z')).toMatchObject({ date: '2026-06-15', hhmm: '08:00' });
  });

  it('counts calendar days and weekdays', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
  });

  it('splits an appointment into 5-minute units for the double-booking key', () => {
    const s = new Date('2026-11-24T08:00:00.000Z');
    expect(unitStarts(s, new Date('2026-11-24T08:20:00.000Z'))).toEqual([
      '2026-11-24T08:00:00.000Z',
      '2026-11-24T08:05:00.000Z',
      '2026-11-24T08:10:00.000Z',
      '2026-11-24T08:15:00.000Z',
    ]);
  });
});
