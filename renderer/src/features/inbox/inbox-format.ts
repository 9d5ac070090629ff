import { formatDate } from '../../ui/format-date';
import { formatDateTime } from '../../ui/format-date-time';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * A date or time as the sender wrote it: a message's GenDate or an appointment carries local time without a zone
 * (xs:dateTime), so it is shown as written, not converted; an instant with a zone (our own received_at) is shown
 * in local time.
 */
export function shownTime(value: string | null | undefined): string {
  if (!value) return '';
  if (/Z$|[+-]\d{2}:\d{2}$/.test(value)) return formatDateTime(value);
  const m = LOCAL_DATE_TIME.exec(value);
  if (m) return `${m[3]}.${m[2]}.${m[1]} kl. ${m[4]}:${m[5]}`;
  return formatDate(value.slice(0, 10));
}

export function shownDay(value: string | null | undefined): string {
  return value ? formatDate(value.slice(0, 10)) : '';
}

/** "Dialogmelding: Status på henvisning"; a title that only repeats the kind ("Epikrise") is said once. */
export function documentHeadline(kindLabel: string, title: string | null | undefined): string {
  const t = (title ?? '').trim();
  return !t || t.toLowerCase() === kindLabel.toLowerCase() ? kindLabel : `${kindLabel}: ${t}`;
}
