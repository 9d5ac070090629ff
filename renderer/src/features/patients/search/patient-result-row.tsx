import { BodyShort, Detail, Tag } from '@navikt/ds-react';
import type { PatientSummary } from '../../../../../shared/api/views';
import { PATIENT_STATUS_LABELS } from '../../../../../shared/schemas/patient.schema';
import { formatDate } from '../../../ui/format-date';
import { formatIdentityNumber } from '../../../ui/format-identity-number';
import { listName } from '../patient-names';

export const RESULT_ROW_HEIGHT = 52;

export function resultOptionId(listId: string, patientId: string): string {
  return `${listId}-option-${patientId}`;
}

/** One patient in the result list: an option of the listbox the search box controls. */
export function PatientResultRow({
  listId,
  patient,
  index,
  count,
  selected,
  onOpen,
}: {
  listId: string;
  patient: PatientSummary;
  index: number;
  count: number;
  selected: boolean;
  onOpen: (patient: PatientSummary) => void;
}) {
  return (
    <div
      id={resultOptionId(listId, patient.id)}
      role="option"
      aria-selected={selected}
      // Only some rows are in the DOM: tell assistive technology where this one sits in the whole list.
      aria-setsize={count}
      aria-posinset={index + 1}
      className={selected ? 'patient-result patient-result--selected' : 'patient-result'}
      data-testid="patient-result"
      // Keep focus in the search box, so typing goes on refining the search.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onOpen(patient)}
    >
      <BodyShort as="span" weight="semibold" truncate className="patient-result__name">
        {listName(patient)}
      </BodyShort>
      <BodyShort as="span" className="patient-result__birth">
        {formatDate(patient.birthDate)}
      </BodyShort>
      <BodyShort as="span" className="patient-result__id">
        {formatIdentityNumber(patient.identityNumber)}
      </BodyShort>
      <Detail as="span" truncate className="patient-result__gp" textColor="subtle">
        {patient.fastlege ? patient.fastlege.doctorName : '–'}
      </Detail>
      <span className="patient-result__tags">
        {patient.onMyList && (
          <Tag size="xsmall" variant="moderate" data-color="accent">
            Min liste
          </Tag>
        )}
        {patient.status !== 'aktiv' && (
          <Tag size="xsmall" variant="moderate" data-color={patient.status === 'dod' ? 'neutral' : 'warning'}>
            {PATIENT_STATUS_LABELS[patient.status]}
          </Tag>
        )}
      </span>
    </div>
  );
}
