import { Button, HStack, Table } from '@navikt/ds-react';
import type { QueueEntryView } from '../../../../shared/api/queue-views';
import { formatClock, formatWaiting, minutesSince } from './queue-format';
import { QueueStatusTag, TriageTag } from './queue-tags';

/**
 * The day's queue as one table: waiting patients in calling order (position 1 is next), then who is inne, then
 * ferdig and gått. What a row offers depends on its status; the service decides whether it may be done.
 */
export function QueueTable({
  entries,
  now,
  canTriage,
  onChangeTriage,
  onLeft,
  onDone,
}: {
  entries: readonly QueueEntryView[];
  now: Date;
  canTriage: boolean;
  onChangeTriage: (entry: QueueEntryView) => void;
  onLeft: (entry: QueueEntryView) => void;
  onDone: (entry: QueueEntryView) => void;
}) {
  return (
    <Table size="small" zebraStripes aria-label="Dagens kø">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">Nr.</Table.HeaderCell>
          <Table.HeaderCell scope="col">Pasient</Table.HeaderCell>
          <Table.HeaderCell scope="col">Hastegrad</Table.HeaderCell>
          <Table.HeaderCell scope="col">Time</Table.HeaderCell>
          <Table.HeaderCell scope="col">Lege</Table.HeaderCell>
          <Table.HeaderCell scope="col">Ventet</Table.HeaderCell>
          <Table.HeaderCell scope="col">Status</Table.HeaderCell>
          <Table.HeaderCell scope="col">
            <span className="aksel-sr-only">Handlinger</span>
          </Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {entries.map((entry) => (
          <Table.Row key={entry.id} data-testid="queue-row" data-entry-id={entry.id} data-status={entry.status}>
            <Table.DataCell>{entry.position ?? ''}</Table.DataCell>
            <Table.DataCell>
              <strong>{entry.patientName}</strong>
              {entry.reason ? <div className="venterom__reason">{entry.reason}</div> : null}
            </Table.DataCell>
            <Table.DataCell>
              <TriageTag entry={entry} />
            </Table.DataCell>
            <Table.DataCell>{entry.scheduledAt ? formatClock(entry.scheduledAt) : 'Drop-in'}</Table.DataCell>
            <Table.DataCell>{entry.calledByName ?? entry.doctorName ?? 'Første ledige'}</Table.DataCell>
            <Table.DataCell>
              {entry.status === 'venter'
                ? formatWaiting(minutesSince(entry.arrivedAt, now))
                : `kom ${formatClock(entry.arrivedAt)}`}
            </Table.DataCell>
            <Table.DataCell>
              <QueueStatusTag status={entry.status} />
            </Table.DataCell>
            <Table.DataCell>
              <HStack gap="space-8" wrap={false}>
                {entry.status === 'venter' && canTriage && (
                  <Button size="xsmall" variant="secondary" onClick={() => onChangeTriage(entry)}>
                    Endre hastegrad<span className="aksel-sr-only"> for {entry.patientName}</span>
                  </Button>
                )}
                {entry.status === 'venter' && (
                  <Button size="xsmall" variant="tertiary" onClick={() => onLeft(entry)}>
                    Gått<span className="aksel-sr-only"> – {entry.patientName}</span>
                  </Button>
                )}
                {entry.status === 'inne' && (
                  <Button size="xsmall" variant="secondary" onClick={() => onDone(entry)}>
                    Ferdig<span className="aksel-sr-only"> – {entry.patientName}</span>
                  </Button>
                )}
              </HStack>
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
