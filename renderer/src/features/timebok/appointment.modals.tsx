/** The appointment's own dialogs: details with history and actions, cancelling with a reason. */
import { Alert, BodyShort, Button, HStack, Modal, Table, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { AppointmentView } from '../../../../shared/api/timebok-views';
import {
  APPOINTMENT_STATUS_LABELS,
  APPOINTMENT_TYPES,
  CHANNEL_LABELS,
} from '../../../../shared/rules/appointment-types';
import { errorMessage } from '../../api/api-call-error';
import { formatDate } from '../../ui/format-date';
import { markAutofocus } from '../../ui/forms/dialog-autofocus';
import { useAppointment, useCancel } from './use-timebok';

const EVENT_LABELS: Record<string, string> = {
  booket: 'Booket',
  flyttet: 'Flyttet',
  avlyst: 'Avlyst',
  ikke_mott: 'Merket ikke møtt',
  status: 'Status endret',
};

function clock(iso: string): string {
  return new Date(iso).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
}

export function AppointmentModal({
  appointment,
  onMove,
  onCancel,
  onNoShow,
  onClose,
}: {
  appointment: AppointmentView;
  onMove: () => void;
  onCancel: () => void;
  onNoShow: () => void;
  onClose: () => void;
}) {
  const detail = useAppointment(appointment.id);
  const a = detail.data ?? appointment;
  const booked = a.status === 'booket';
  return (
    <Modal open onClose={onClose} header={{ heading: a.patientName }} width="medium">
      <Modal.Body>
        <VStack gap="space-12">
          <BodyShort>
            Født {formatDate(a.birthDate)} · {APPOINTMENT_TYPES[a.appointmentType].label} · {a.resourceName} ·{' '}
            {formatDate(a.date)} kl. {a.localStart}–{a.localEnd}
          </BodyShort>
          <BodyShort size="small">
            {APPOINTMENT_STATUS_LABELS[a.status]} · bestilt via {CHANNEL_LABELS[a.channel].toLowerCase()}
            {a.urgent ? ' · akutttime' : ''}
            {a.note ? ` · ${a.note}` : ''}
          </BodyShort>
          {detail.data && detail.data.history.length > 0 && (
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Når</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hva</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Hvem</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {detail.data.history.map((h) => (
                  <Table.Row key={`${h.at}-${h.kind}`}>
                    <Table.DataCell>{clock(h.at)}</Table.DataCell>
                    <Table.DataCell>{EVENT_LABELS[h.kind] ?? h.kind}</Table.DataCell>
                    <Table.DataCell>{h.actorName ?? 'System'}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        {booked && (
          <HStack gap="space-8">
            <Button type="button" size="small" variant="secondary" onClick={onMove}>
              Flytt (F)
            </Button>
            <Button type="button" size="small" variant="secondary" onClick={onNoShow}>
              Ikke møtt (I)
            </Button>
            <Button type="button" size="small" variant="danger" onClick={onCancel}>
              Avlys (A)
            </Button>
          </HStack>
        )}
        <Button type="button" size="small" variant="tertiary" onClick={onClose}>
          Lukk
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

const QUICK_REASONS = ['Pasienten meldte avbud', 'Legen er borte', 'Booket feil'];

export function CancelAppointmentModal({
  appointment,
  onDone,
  onClose,
}: {
  appointment: AppointmentView;
  onDone: () => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const cancel = useCancel();
  const submit = (text = reason) => {
    if (text.trim().length < 2) {
      setMissing(true);
      return;
    }
    cancel.mutate({ appointmentId: appointment.id, reason: text.trim() }, { onSuccess: onDone });
  };
  return (
    <Modal open onClose={onClose} header={{ heading: 'Avlys time' }} width="small">
      <Modal.Body>
        <VStack gap="space-12">
          <BodyShort>
            {appointment.patientName}, {formatDate(appointment.date)} kl. {appointment.localStart} hos{' '}
            {appointment.resourceName}. Timen blir stående i historikken, og tiden blir ledig.
          </BodyShort>
          <Textarea
            label="Årsak"
            minRows={2}
            maxLength={200}
            value={reason}
            error={missing && reason.trim().length < 2 ? 'Skriv hvorfor timen avlyses' : undefined}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                submit();
              }
            }}
            ref={markAutofocus}
          />
          <HStack gap="space-8" wrap>
            {QUICK_REASONS.map((r) => (
              <Button key={r} type="button" size="xsmall" variant="tertiary" onClick={() => setReason(r)}>
                {r}
              </Button>
            ))}
          </HStack>
          {cancel.isError && (
            <Alert variant="error" size="small" role="alert">
              {errorMessage(cancel.error)}
            </Alert>
          )}
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" variant="danger" onClick={() => submit()} loading={cancel.isPending}>
          Avlys timen
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Tilbake
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
