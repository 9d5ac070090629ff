/**
 * The keyboard selection in the result list, kept as the selected patient's id rather than a position: when a
 * new answer replaces the list, a remembered position would silently point at somebody else.
 */
export function moveSelection(ids: readonly string[], selectedId: string | null, step: number): string | null {
  if (ids.length === 0) return null;
  const current = selectedId === null ? -1 : ids.indexOf(selectedId);
  const next = current === -1 ? (step > 0 ? step - 1 : -1) : current + step;
  if (next < 0) return null;
  return ids[Math.min(next, ids.length - 1)] ?? null;
}

/** Keys the search box handles itself, with how far each moves the selection. */
export const SELECTION_STEPS: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: 10,
  PageUp: -10,
};
