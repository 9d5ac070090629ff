/**
 * Timeavtaler on the patient card, for those who work the timebok (PERMISSIONS.timebok): the coming appointments
 * and the earlier and cancelled ones, with time, behandler, type and status, and "Bestill time", which opens the
 * timebok for this patient (/timebok?pasient=ID). A moved appointment shows once, at its new time.
 */
import { Alert, BodyShort, Button, Link, Loader, Table, Tag, VStack, type TagProps } from '@navikt/ds-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { AppointmentStatus, AppointmentView } from '../../../../shared/api/timebok-views';
import { APPOINTMENT_STATUS_LABELS, appointmentType } from '../../../../shared/rules/appointment-types';
import { may } from '../../../../shared/schemas/roles';
import { errorMessage, unwrap } from '../../api/api-call-error';
import { useApi } from '../../api/api-context';
import { useCurrentUser } from '../../api/use-auth';
import { formatDate } from '../../ui/format-date';
import { CardSection } from '../patients/card/card-section';
import { weekdayOf } from './next-free.modal';
import { timebokKeys, useTimebokLive } from './use-timebok';

/** The timebok room, opened to book for one patient. */
export function bookForPatientPath(patientId: string): string {
  return `/timebok?pasient=${encodeURIComponent(patientId)}`;
}

/** Earlier appointments shown before "Vis alle". */
const EARLIER_SHOWN = 5;

const STATUS_VARIANT: Record<AppointmentStatus, TagProps['variant']> = {
  booket: 'info',
  ankommet: 'success',
  inne: 'success',
  ferdig: 'neutral',
  ikke_mott: 'error',
  avlyst: 'warning',
  flyttet: 'neutral',
};

/** Still to come: not cancelled or moved away, and not over (a patient inside now counts as coming). */
function isComing(a: AppointmentView, now: number): boolean {
  return (a.status === 'booket' || a.status === 'ankommet' || a.status === 'inne') && Date.parse(a.endsAt) > now;
}

export function splitAppointments(all: readonly AppointmentView[], now: number) {
  const shown = all.filter((a) => a.status !== 'flyttet');
  const coming = shown.filter((a) => isComing(a, now)).sort((x, y) => x.startsAt.localeCompare(y.startsAt));
  const earlier = shown.filter((a) => !isComing(a, now)).sort((x, y) => y.startsAt.localeCompare(x.startsAt));
  return { coming, earlier };
}

function usePatientAppointments(patientId: string) {
  const api = useApi();
  useTimebokLive();
  return useQuery({
    // Under timebokKeys.all, so a booking anywhere (and 'timebok.changed') refreshes it.
    queryKey: [...timebokKeys.all, 'patient', patientId],
    queryFn: () => unwrap(api.timebok.patientAppointments({ patientId })),
  });
}

export function PatientAppointmentsSection({ patientId }: { patientId: string }) {
  const user = useCurrentUser();
  if (!user || !may(user.role, 'timebok')) return null;
  return <PatientAppointments patientId={patientId} />;
}

function PatientAppointments({ patientId }: { patientId: string }) {
  const list = usePatientAppointments(patientId);
  const [allEarlier, setAllEarlier] = useState(false);
  // Coming or earlier as of the fetch; the list is fetched again on every change and on opening the card.
  const { coming, earlier } = splitAppointments(list.data ?? [], list.dataUpdatedAt);
  const earlierShown = allEarlier ? earlier : earlier.slice(0, EARLIER_SHOWN);
  return (
    <CardSection
      title="Timeavtaler"
      testId="patient-appointments"
      actions={
        <Link as={RouterLink} to={bookForPatientPath(patientId)}>
          Bestill time
        </Link>
      }
    >
      {list.isPending && <Loader size="small" title="Henter timeavtalene …" />}
      {list.isError && (
        <Alert variant="error" size="small">
          {errorMessage(list.error)}
        </Alert>
      )}
      {list.isSuccess && (
        <VStack gap="space-16">
          <AppointmentTable
            caption="Kommende"
            appointments={coming}
            empty="Ingen kommende timer."
            testId="appointments-coming"
          />
          <AppointmentTable
            caption="Tidligere og avlyste"
            appointments={earlierShown}
            empty="Ingen tidligere timer."
            testId="appointments-earlier"
          />
          {earlier.length > EARLIER_SHOWN && (
            <div>
              <Button type="button" size="xsmall" variant="tertiary" onClick={() => setAllEarlier((v) => !v)}>
                {allEarlier ? 'Vis færre' : `Vis alle tidligere (${earlier.length})`}
              </Button>
            </div>
          )}
        </VStack>
      )}
    </CardSection>
  );
}

function AppointmentTable({
  caption,
  appointments,
  empty,
  testId,
}: {
  caption: string;
  appointments: readonly AppointmentView[];
  empty: string;
  testId: string;
}) {
  const captionId = useId();
  return (
    <VStack gap="space-4" data-testid={testId}>
      <BodyShort size="small" weight="semibold" id={captionId}>
        {caption}
      </BodyShort>
      {appointments.length === 0 ? (
        <BodyShort size="small" textColor="subtle">
          {empty}
        </BodyShort>
      ) : (
        <AppointmentRows labelledBy={captionId} appointments={appointments} />
      )}
    </VStack>
  );
}

function AppointmentRows({
  labelledBy,
  appointments,
}: {
  labelledBy: string;
  appointments: readonly AppointmentView[];
}) {
  return (
    <Table size="small" aria-labelledby={labelledBy}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">Tid</Table.HeaderCell>
          <Table.HeaderCell scope="col">Behandler</Table.HeaderCell>
          <Table.HeaderCell scope="col">Type</Table.HeaderCell>
          <Table.HeaderCell scope="col">Status</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {appointments.map((a) => (
          <Table.Row key={a.id}>
            <Table.DataCell>
              {weekdayOf(a.date)} {formatDate(a.date)} kl. {a.localStart}–{a.localEnd}
            </Table.DataCell>
            <Table.DataCell>{a.resourceName}</Table.DataCell>
            <Table.DataCell>
              {appointmentType(a.appointmentType)?.label ?? a.appointmentType}
              {a.urgent ? ' (akutt)' : ''}
            </Table.DataCell>
            <Table.DataCell>
              <Tag size="xsmall" variant={STATUS_VARIANT[a.status]}>
                {APPOINTMENT_STATUS_LABELS[a.status] ?? a.status}
              </Tag>
              {a.status === 'avlyst' && a.cancelReason && (
                <BodyShort as="span" size="small" textColor="subtle">
                  {' '}
                  {a.cancelReason}
                </BodyShort>
              )}
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
