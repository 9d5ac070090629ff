/** "Neste ledige": the next free times of a type for a resource from a date; Enter on one books it. */
import { Alert, BodyShort, Modal, Select, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { FreeSlotView, ResourceView } from '../../../../shared/api/timebok-views';
import {
  APPOINTMENT_TYPE_CODES,
  APPOINTMENT_TYPES,
  type AppointmentTypeCode,
} from '../../../../shared/rules/appointment-types';
import { errorMessage } from '../../api/api-call-error';
import { formatDate } from '../../ui/format-date';
import { markAutofocus } from '../../ui/forms/dialog-autofocus';
import { useNextFree } from './use-timebok';

const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

export function weekdayOf(date: string): string {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()] ?? '';
}

export function NextFreeModal({
  resources,
  initialResourceId,
  from,
  onChoose,
  onClose,
}: {
  resources: readonly ResourceView[];
  initialResourceId: string | null;
  from: string;
  onChoose: (slot: FreeSlotView, type: AppointmentTypeCode) => void;
  onClose: () => void;
}) {
  const [resourceId, setResourceId] = useState(initialResourceId ?? resources[0]?.id ?? null);
  const [type, setType] = useState<AppointmentTypeCode>('konsultasjon');
  const free = useNextFree(resourceId, type, from);
  return (
    <Modal open onClose={onClose} header={{ heading: 'Neste ledige time' }} width="small">
      <Modal.Body>
        <VStack gap="space-12">
          <Select
            label="Behandler"
            value={resourceId ?? ''}
            onChange={(e) => setResourceId(e.target.value)}
            ref={markAutofocus}
          >
            {resources.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
          <Select label="Type" value={type} onChange={(e) => setType(e.target.value as AppointmentTypeCode)}>
            {APPOINTMENT_TYPE_CODES.map((code) => (
              <option key={code} value={code}>
                {APPOINTMENT_TYPES[code].label} ({APPOINTMENT_TYPES[code].minutes} min)
              </option>
            ))}
          </Select>
          {free.isError && (
            <Alert variant="error" size="small">
              {errorMessage(free.error)}
            </Alert>
          )}
          {free.data && free.data.length === 0 && <BodyShort>Ingen ledige timer det neste halve året.</BodyShort>}
          {free.data && free.data.length > 0 && (
            <ul className="timebok__free-list" aria-label="Ledige timer">
              {free.data.map((slot) => (
                <li key={slot.startsAt}>
                  <button type="button" className="timebok__free" onClick={() => onChoose(slot, type)}>
                    {weekdayOf(slot.date)} {formatDate(slot.date)} kl. {slot.localStart}
                    {slot.urgent ? ' (akutttime)' : ''}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </VStack>
      </Modal.Body>
    </Modal>
  );
}
