import type { CaveEntryView } from '../../../../../shared/api/views';
import { CAVE_LABELS } from '../../../../../shared/schemas/cave.schema';

type LabelKind = keyof typeof CAVE_LABELS;

/** The Norwegian label for a CAVE field's code; an unknown code shows as itself. */
export function caveLabel(kind: LabelKind, value: string): string {
  const labels: Readonly<Record<string, string>> = CAVE_LABELS[kind];
  return labels[value] ?? value;
}

/** Whether a value is one of a schema's options; narrows the view's plain strings for a form's defaults. */
export function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

/** Only entries in force warn; inactive and erroneous ones stay in the history on the card. */
export function activeCave(entries: readonly CaveEntryView[]): CaveEntryView[] {
  return entries.filter((e) => e.status === 'aktiv');
}

/** Most dangerous first: a banner is read from the left. */
const SEVERITY_ORDER = ['livstruende', 'alvorlig', 'moderat', 'lett'];

export function bySeverity(a: CaveEntryView, b: CaveEntryView): number {
  const rank = (e: CaveEntryView) => {
    const i = SEVERITY_ORDER.indexOf(e.severity);
    return i === -1 ? SEVERITY_ORDER.length : i;
  };
  return rank(a) - rank(b);
}
