import type { PatientSummary } from '../../../../../shared/api/views';
import { VirtualList } from '../../../ui/virtual-list/virtual-list';
import { PatientResultRow, RESULT_ROW_HEIGHT } from './patient-result-row';

/** The listbox of patients under the search box; windowed, since a vague search may return hundreds. */
export function PatientResultList({
  id,
  label,
  patients,
  selectedId,
  stale,
  onOpen,
}: {
  id: string;
  label: string;
  patients: readonly PatientSummary[];
  selectedId: string | null;
  /** The list shows the previous answer while the next is on its way. */
  stale: boolean;
  onOpen: (patient: PatientSummary) => void;
}) {
  const activeIndex = selectedId === null ? -1 : patients.findIndex((p) => p.id === selectedId);
  return (
    <div className={stale ? 'patient-results patient-results--stale' : 'patient-results'}>
      <div className="patient-result patient-result--header" aria-hidden>
        <span>Navn</span>
        <span>Født</span>
        <span>Fødselsnr.</span>
        <span>Fastlege</span>
        <span />
      </div>
      <VirtualList
        id={id}
        role="listbox"
        // Focus stays in the search box (aria-activedescendant); the scrolling list is not a Tab stop of its own.
        tabIndex={-1}
        aria-label={label}
        className="patient-results__list"
        items={patients}
        rowHeight={RESULT_ROW_HEIGHT}
        activeIndex={activeIndex}
        getKey={(p) => p.id}
        renderRow={(patient, index) => (
          <PatientResultRow
            listId={id}
            patient={patient}
            index={index}
            count={patients.length}
            selected={index === activeIndex}
            onOpen={onOpen}
          />
        )}
      />
    </div>
  );
}
