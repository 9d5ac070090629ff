/**
 * How a journal extract writes dates, times, numbers and identifiers: Norwegian conventions (22.11.2026 kl. 10.20,
 * 37,8 °C), in the clinic's time zone, because the reader is a patient or another fastlege, not a computer.
 */

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function osloWallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "22.11.2026" from YYYY-MM-DD. */
export function norwegianDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d ?? ''}.${m ?? ''}.${y ?? ''}`;
}

/** "22.11.2026 kl. 10.20" in Oslo time (Språkrådet writes clock times with a full stop). */
export function norwegianDateTime(instant: string | Date): string {
  const c = osloWallClock(typeof instant === 'string' ? new Date(instant) : instant);
  return `${pad(c.day)}.${pad(c.month)}.${c.year} kl. ${pad(c.hour)}.${pad(c.minute)}`;
}

/**
 * The instant an Oslo calendar day (YYYY-MM-DD) begins, as ISO UTC text. A period "from 1 March" must include a
 * consultation at 00:30 on 1 March, which is still 28 February in UTC.
 */
export function osloDayStart(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d);
  // The offset at the guessed instant, then once more at the corrected one, in case a DST switch lies between.
  let instant = asUtc;
  for (let i = 0; i < 2; i++) {
    const c = osloWallClock(new Date(instant));
    const offset = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - instant;
    instant = asUtc - offset;
  }
  return new Date(instant).toISOString();
}

/** The day after a YYYY-MM-DD date. */
export function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** 37.8 → "37,8" with the measurement's own number of decimals. */
export function norwegianNumber(value: number, decimals: number): string {
  return value.toFixed(decimals).replace('.', ',');
}

/** "040370 12345": the way a fødselsnummer is read aloud and checked by eye. */
export function spacedIdentityNumber(n: string): string {
  return /^\d{11}$/.test(n) ? `${n.slice(0, 6)} ${n.slice(6)}` : n;
}

/** "974 760 673" */
export function spacedOrganisationNumber(n: string): string {
  return /^\d{9}$/.test(n) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
}

const IDENTITY_LABELS: Record<string, [label: string, note: string]> = {
  fnr: ['Fødselsnummer', ''],
  dnr: ['D-nummer', ''],
  tnr: ['Fødselsnummer', 'syntetisk testnummer'],
  hnr: ['H-nummer', ''],
  'hnr-clinic': ['Hjelpenummer', 'legekontorets eget'],
};

/** The label and the value of the patient's identity line: "Fødselsnummer   040370 12345". */
export function identityLine(identityType: string, identityNumber: string): [label: string, value: string] {
  const [label, note] = IDENTITY_LABELS[identityType] ?? ['Identitetsnummer', ''];
  return [label, `${spacedIdentityNumber(identityNumber)}${note ? ` (${note})` : ''}`];
}
