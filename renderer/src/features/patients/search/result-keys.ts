import type { KeyboardEvent } from 'react';
import type { PatientSummary } from '../../../../../shared/api/views';
import { moveSelection, SELECTION_STEPS } from './search-selection';

/**
 * The keys of a search box that drives a result list: ↓/↑ (and Page Down/Up) move the selection, Enter opens the
 * selected patient (or the only one), Esc clears. Returns whether the key was used, so nothing else acts on it.
 */
export function handleResultKey(
  event: KeyboardEvent<HTMLInputElement>,
  {
    patients,
    selectedId,
    select,
    open,
    clear,
  }: {
    patients: readonly PatientSummary[];
    selectedId: string | null;
    select: (id: string | null) => void;
    open: (patient: PatientSummary) => void;
    /** Returns false when there was nothing to clear, so Esc can go on to whatever is around the box. */
    clear: () => boolean;
  },
): void {
  const step = SELECTION_STEPS[event.key];
  if (step !== undefined) {
    event.preventDefault();
    select(
      moveSelection(
        patients.map((p) => p.id),
        selectedId,
        step,
      ),
    );
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const target = patients.find((p) => p.id === selectedId) ?? (patients.length === 1 ? patients[0] : undefined);
    if (target) open(target);
  } else if (event.key === 'Escape') {
    if (clear()) {
      event.preventDefault();
      event.stopPropagation();
    }
  }
}
