/**
 * The time of a contact as the doctor types it: empty = now, "tt:mm" = today, "dd.mm.åååå tt:mm" = that day. Read in
 * the PC's own time zone (the clinic's); a time in the future is refused, since a note records what happened.
 */
export type ContactTime = { ok: true; iso: string | undefined } | { ok: false; message: string };

const FUTURE_SLACK_MS = 5 * 60_000;

export function parseContactTime(text: string, now: Date): ContactTime {
  const value = text.trim();
  if (value === '') return { ok: true, iso: undefined };
  const full = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2})[:.](\d{2})$/.exec(value);
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(value);
  let date: Date | undefined;
  if (full) {
    const [, d, m, y, hh, mm] = full.map(Number) as [number, number, number, number, number, number];
    date = new Date(y, m - 1, d, hh, mm);
    if (date.getDate() !== d || date.getMonth() !== m - 1 || hh > 23 || mm > 59) date = undefined;
  } else if (clock) {
    const [, hh, mm] = clock.map(Number) as [number, number, number];
    if (hh <= 23 && mm <= 59) date = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hh, mm);
  }
  if (!date) return { ok: false, message: 'Skriv tt:mm eller dd.mm.åååå tt:mm' };
  if (date.getTime() > now.getTime() + FUTURE_SLACK_MS)
    return { ok: false, message: 'Tidspunktet kan ikke være fram i tid' };
  return { ok: true, iso: date.toISOString() };
}
