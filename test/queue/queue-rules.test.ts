/** The pure parts of the venterom: the calling order, who a doctor may take, and the clinic's day across DST. */
import { describe, expect, it } from 'vitest';
import { osloDayRange } from '../../electron/services/queue/queue-day';
import { isForDoctor, orderQueue, type Orderable } from '../../electron/services/queue/queue-order';

const NOW = '2026-11-23T09:00:00.000Z';

function e(id: string, patch: Partial<Orderable>): Orderable {
  return { id, source: 'drop_in', triage: 'vanlig', scheduled_at: null, arrived_at: NOW, doctor_id: null, ...patch };
}

describe('queue order', () => {
  it('puts urgency before appointments and appointments before waiting time', () => {
    const entries = [
      e('early-booked', { source: 'timebestilt', triage: null, scheduled_at: '2026-11-23T10:00:00.000Z' }),
      e('vanlig-first', { arrived_at: '2026-11-23T08:00:00.000Z' }),
      e('booked-0845', { source: 'timebestilt', triage: null, scheduled_at: '2026-11-23T08:45:00.000Z' }),
      e('booked-0830', {
        source: 'timebestilt',
        triage: null,
        scheduled_at: '2026-11-23T08:30:00.000Z',
        arrived_at: '2026-11-23T08:50:00.000Z',
      }),
      e('haster', { triage: 'haster', arrived_at: '2026-11-23T08:55:00.000Z' }),
      e('akutt', { triage: 'akutt', arrived_at: '2026-11-23T08:59:00.000Z' }),
      e('booked-akutt', { source: 'timebestilt', triage: 'akutt', scheduled_at: '2026-11-23T11:00:00.000Z' }),
    ];
    expect(orderQueue(entries, NOW).map((x) => x.id)).toEqual([
      'akutt',
      'booked-akutt',
      'haster',
      'booked-0830',
      'booked-0845',
      'vanlig-first',
      'early-booked',
    ]);
  });

  it('gives a booked patient to their own doctor, a drop-in to the doctor asked for, akutt to anyone', () => {
    expect(isForDoctor(e('b', { source: 'timebestilt', doctor_id: 'A' }), 'A')).toBe(true);
    expect(isForDoctor(e('b', { source: 'timebestilt', doctor_id: 'A' }), 'B')).toBe(false);
    expect(isForDoctor(e('d', { doctor_id: null }), 'B')).toBe(true);
    expect(isForDoctor(e('d', { doctor_id: 'A' }), 'B')).toBe(false);
    expect(isForDoctor(e('d', { doctor_id: 'A', triage: 'akutt' }), 'B')).toBe(true);
  });
});

describe('the clinic’s day', () => {
  it('runs from Oslo midnight to Oslo midnight, in winter, in summer and on the DST days', () => {
    expect(osloDayRange('2026-11-23')).toEqual({ from: '2026-11-22T23:00:00.000Z', to: '2026-11-23T23:00:00.000Z' });
    expect(osloDayRange('2026-06-15')).toEqual({ from: '2026-06-14T22:00:00.000Z', to: '2026-06-15T22:00:00.000Z' });
    // 29 March 2026: clocks go forward at 02:00, a 23-hour day.
    expect(osloDayRange('2026-03-29')).toEqual({ from: '2026-03-28T23:00:00.000Z', to: '2026-03-29T22:00:00.000Z' });
    // 25 October 2026: clocks go back at 03:00, a 25-hour day.
    expect(osloDayRange('2026-10-25')).toEqual({ from: '2026-10-24T22:00:00.000Z', to: '2026-10-25T23:00:00.000Z' });
  });
});
