import { CONTACT_TYPE_LABELS, type ContactType } from '../../../../shared/schemas/journal.schema';

/**
 * Journal times are Norwegian clinic times whatever the PC's own zone is set to: a record read or printed elsewhere
 * must say the same hour (instants are stored in UTC, ARCHITECTURE.md, Data).
 */
const timeZone = 'Europe/Oslo';
const dateTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short', timeZone });
const dateTimeSeconds = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'medium', timeZone });
const clock = new Intl.DateTimeFormat('nb-NO', { timeStyle: 'medium', timeZone });
const decimal = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

function valid(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** When a note happened, as a Norwegian reads it: "12.03.2026, 10:15". */
export function formatNoteTime(iso: string): string {
  const date = valid(iso);
  return date ? dateTime.format(date) : iso;
}

/** When a draft was saved, to the second: "12.03.2026, 10:15:02". */
export function formatSavedAt(iso: string): string {
  const date = valid(iso);
  return date ? dateTimeSeconds.format(date) : iso;
}

/** The clock time of a save, to the second: "10:15:02". */
export function formatClock(iso: string): string {
  const date = valid(iso);
  return date ? clock.format(date) : iso;
}

/** A measured value with a decimal comma: 37.8 -> "37,8". */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

export function contactTypeLabel(contactType: string): string {
  return (CONTACT_TYPE_LABELS as Record<string, string>)[contactType] ?? contactType;
}

export function isContactType(value: string): value is ContactType {
  return Object.hasOwn(CONTACT_TYPE_LABELS, value);
}
