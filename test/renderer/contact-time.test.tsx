import { describe, expect, it } from 'vitest';
import { parseContactTime } from '../../renderer/src/features/journal/new-note/contact-time';

describe('the time of a contact as typed', () => {
  const now = new Date(2026, 10, 22, 10, 0);

  it('is now when empty, today for tt:mm, that day for dd.mm.åååå tt:mm', () => {
    expect(parseContactTime('', now)).toEqual({ ok: true, iso: undefined });
    expect(parseContactTime('08:15', now)).toEqual({ ok: true, iso: new Date(2026, 10, 22, 8, 15).toISOString() });
    expect(parseContactTime('21.11.2026 16.40', now)).toEqual({
      ok: true,
      iso: new Date(2026, 10, 21, 16, 40).toISOString(),
    });
  });

  it('says what is wrong, in Norwegian', () => {
    expect(parseContactTime('31.02.2026 10:00', now)).toEqual({
      ok: false,
      message: 'Skriv tt:mm eller dd.mm.åååå tt:mm',
    });
    expect(parseContactTime('i går', now)).toMatchObject({ ok: false });
    expect(parseContactTime('23:00', now)).toEqual({ ok: false, message: 'Tidspunktet kan ikke være fram i tid' });
  });
});
