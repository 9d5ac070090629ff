/** How the venterom writes times: "10:20" for an appointment, "12 min" for waiting. */
const clock = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });

export function formatClock(iso: string): string {
  return clock.format(new Date(iso));
}

/** Whole minutes from `since` to `now`, never negative (clocks of two PCs may differ a little). */
export function minutesSince(since: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 60_000));
}

export function formatWaiting(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} t ${minutes % 60} min`;
}
