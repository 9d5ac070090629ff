/**
 * Booking from the keyboard: type a name, birth date or fødselsnummer, Enter takes the highlighted patient (arrows
 * choose another), then Enter (or Ctrl+Enter anywhere) books. The length comes from the type; the service decides
 * whether the time is still free and answers in Norwegian if someone else was quicker.
 */
import { Alert, BodyShort, Button, HStack, Modal, Search, Select, TextField, VStack } from '@navikt/ds-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { AppointmentView, BookingChannel } from '../../../../shared/api/timebok-views';
import type { PatientSummary } from '../../../../shared/api/views';
import {
  APPOINTMENT_TYPE_CODES,
  APPOINTMENT_TYPES,
  CHANNEL_LABELS,
  type AppointmentTypeCode,
} from '../../../../shared/rules/appointment-types';
import { BOOKING_CHANNELS } from '../../../../shared/schemas/timebok.schema';
import { errorMessage } from '../../api/api-call-error';
import { usePatientSearch } from '../../api/use-patients';
import { formatDate } from '../../ui/format-date';
import { markAutofocus } from '../../ui/forms/dialog-autofocus';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useBook } from './use-timebok';

function nameOf(p: PatientSummary): string {
  return [p.givenName, p.middleName, p.familyName].filter(Boolean).join(' ');
}

export function BookAppointmentModal({
  resourceId,
  resourceName,
  startsAt,
  when,
  initialType = 'konsultasjon',
  initialPatient = null,
  onBooked,
  onClose,
}: {
  resourceId: string;
  resourceName: string;
  startsAt: string;
  /** "tirsdag 24.11. kl. 09:00", for the heading. */
  when: string;
  initialType?: AppointmentTypeCode;
  /** Chosen beforehand (the timebok opened with ?pasient=): no search, focus starts on Type. */
  initialPatient?: PatientSummary | null;
  onBooked: (appointment: AppointmentView) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query, 150);
  const search = usePatientSearch(debounced);
  const [active, setActive] = useState(0);
  const [patient, setPatient] = useState<PatientSummary | null>(initialPatient);
  const [type, setType] = useState<AppointmentTypeCode>(initialType);
  const [channel, setChannel] = useState<BookingChannel>('telefon');
  const [note, setNote] = useState('');
  const [missingPatient, setMissingPatient] = useState(false);
  const typeRef = useRef<HTMLSelectElement>(null);
  const book = useBook();
  const results = (debounced.trim() ? (search.data ?? []) : []).slice(0, 8);

  const choose = (p: PatientSummary) => {
    setPatient(p);
    setMissingPatient(false);
    setQuery('');
    setTimeout(() => typeRef.current?.focus(), 0);
  };
  const submit = () => {
    if (!patient) {
      setMissingPatient(true);
      return;
    }
    book.mutate(
      {
        patientId: patient.id,
        resourceId,
        appointmentType: type,
        startsAt,
        channel,
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: (change) => onBooked(change.appointment) },
    );
  };
  const onSearchKey = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && !event.ctrlKey) {
      event.preventDefault();
      event.stopPropagation();
      const p = results[active];
      if (p) choose(p);
    }
  };
  const onFormKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || (target.tagName === 'SELECT' && patient)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Modal open onClose={onClose} header={{ heading: `Ny time hos ${resourceName}` }} width="medium">
      <Modal.Body>
        <VStack gap="space-16" onKeyDown={onFormKey}>
          <BodyShort>{when}</BodyShort>
          {patient ? (
            <HStack gap="space-8" align="center">
              <BodyShort weight="semibold" data-testid="chosen-patient">
                {nameOf(patient)}, født {formatDate(patient.birthDate)}
              </BodyShort>
              <Button size="xsmall" variant="tertiary" type="button" onClick={() => setPatient(null)}>
                Bytt pasient
              </Button>
            </HStack>
          ) : (
            <VStack gap="space-4">
              <Search
                label="Pasient"
                description="Navn, fødselsdato eller fødselsnummer. Enter velger."
                variant="simple"
                value={query}
                onChange={(v) => {
                  setQuery(v);
                  setActive(0);
                }}
                onKeyDown={onSearchKey}
                error={missingPatient ? 'Velg en pasient' : undefined}
                ref={markAutofocus}
              />
              {results.length > 0 && (
                <ul className="timebok__patient-list" role="listbox" aria-label="Treff">
                  {results.map((p, i) => (
                    <li
                      key={p.id}
                      role="option"
                      aria-selected={i === active}
                      className={`timebok__patient${i === active ? ' timebok__patient--active' : ''}`}
                      onMouseDown={(e) => {
                        e.preventDefault();
                        choose(p);
                      }}
                    >
                      {nameOf(p)} <span className="timebok__appt-meta">{formatDate(p.birthDate)}</span>
                    </li>
                  ))}
                </ul>
              )}
              {debounced.trim() !== '' && search.isSuccess && results.length === 0 && (
                <BodyShort size="small">Ingen treff.</BodyShort>
              )}
            </VStack>
          )}
          <HStack gap="space-16" wrap>
            <Select
              label="Type"
              ref={(element) => {
                typeRef.current = element;
                if (initialPatient) markAutofocus(element);
              }}
              value={type}
              onChange={(e) => setType(e.target.value as AppointmentTypeCode)}
            >
              {APPOINTMENT_TYPE_CODES.map((code) => (
                <option key={code} value={code}>
                  {APPOINTMENT_TYPES[code].label} ({APPOINTMENT_TYPES[code].minutes} min)
                </option>
              ))}
            </Select>
            <Select label="Kanal" value={channel} onChange={(e) => setChannel(e.target.value as BookingChannel)}>
              {BOOKING_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </Select>
          </HStack>
          <TextField
            label="Merknad"
            description="Kort og administrativ, ikke helseopplysninger."
            value={note}
            maxLength={200}
            onChange={(e) => setNote(e.target.value)}
          />
          {book.isError && (
            <Alert variant="error" size="small" role="alert">
              {errorMessage(book.error)}
            </Alert>
          )}
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" onClick={submit} loading={book.isPending}>
          Book time
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
