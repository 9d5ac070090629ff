/**
 * Arbeidsplaner: the resources of the timebok, each one's weekly template (hours, lunch, slot length, akutttimer)
 * from a date, and its fravær (ferie, kurs, sykdom) with the booked patients it hits. The patients are shown only
 * to roles that see the timebok; the administrator is told how many.
 */
import {
  Alert,
  BodyShort,
  Button,
  Checkbox,
  Heading,
  HStack,
  Select,
  Table,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useState } from 'react';
import type { ExceptionKind, ResourceKind, ScheduleView } from '../../../../shared/api/timebok-views';
import { EXCEPTION_KIND_LABELS, RESOURCE_KIND_LABELS } from '../../../../shared/rules/appointment-types';
import { osloDate } from '../../../../shared/rules/dates';
import { EXCEPTION_KINDS, RESOURCE_KINDS } from '../../../../shared/schemas/timebok.schema';
import { errorMessage } from '../../api/api-call-error';
import { formatDate } from '../../ui/format-date';
import { DateField } from '../../ui/forms/date-field';
import {
  useAddException,
  useAffected,
  useRemoveException,
  useResources,
  useSaveResource,
  useSchedule,
  useSetWeek,
} from './use-timebok';

const WEEKDAY_NAMES = ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'];

interface DayRow {
  works: boolean;
  workStart: string;
  workEnd: string;
  lunchStart: string;
  lunchEnd: string;
  slotMinutes: string;
  urgentStart: string;
  urgentEnd: string;
}

const EMPTY_DAY: DayRow = {
  works: false,
  workStart: '08:00',
  workEnd: '15:30',
  lunchStart: '11:30',
  lunchEnd: '12:00',
  slotMinutes: '20',
  urgentStart: '',
  urgentEnd: '',
};

function rowsOf(schedule: ScheduleView | undefined, today: string): DayRow[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const d = schedule?.days.find(
      (x) => x.weekday === weekday && x.validFrom <= today && (x.validTo === null || x.validTo >= today),
    );
    if (!d) return { ...EMPTY_DAY };
    return {
      works: true,
      workStart: d.workStart,
      workEnd: d.workEnd,
      lunchStart: d.lunchStart ?? '',
      lunchEnd: d.lunchEnd ?? '',
      slotMinutes: String(d.slotMinutes),
      urgentStart: d.urgentBlocks[0]?.start ?? '',
      urgentEnd: d.urgentBlocks[0]?.end ?? '',
    };
  });
}

function localDateTime(iso: string): string {
  return new Date(iso).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' });
}

export function SchedulesPanel({ canSeePatients }: { canSeePatients: boolean }) {
  const resources = useResources();
  const [resourceId, setResourceId] = useState<string | null>(null);
  const selected = resourceId ?? resources.data?.[0]?.id ?? null;
  return (
    <VStack gap="space-24">
      <HStack gap="space-16" align="end" wrap>
        <Select
          label="Behandler"
          value={selected ?? ''}
          onChange={(e) => setResourceId(e.target.value)}
          disabled={!resources.data?.length}
        >
          {(resources.data ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({RESOURCE_KIND_LABELS[r.kind]})
            </option>
          ))}
        </Select>
        <NewResource onCreated={setResourceId} />
      </HStack>
      {selected && <WeekTemplate resourceId={selected} />}
      {selected && <Exceptions resourceId={selected} canSeePatients={canSeePatients} />}
    </VStack>
  );
}

function NewResource({ onCreated }: { onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ResourceKind>('lege');
  const save = useSaveResource();
  return (
    <HStack gap="space-8" align="end">
      <TextField label="Ny behandler" size="small" value={name} onChange={(e) => setName(e.target.value)} />
      <Select label="Type" size="small" value={kind} onChange={(e) => setKind(e.target.value as ResourceKind)}>
        {RESOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {RESOURCE_KIND_LABELS[k]}
          </option>
        ))}
      </Select>
      <Button
        size="small"
        variant="secondary"
        loading={save.isPending}
        onClick={() =>
          name.trim() &&
          save.mutate(
            { name: name.trim(), kind, active: true },
            {
              onSuccess: (r) => {
                setName('');
                onCreated(r.id);
              },
            },
          )
        }
      >
        Legg til
      </Button>
      {save.isError && <BodyShort size="small">{errorMessage(save.error)}</BodyShort>}
    </HStack>
  );
}

function WeekTemplate({ resourceId }: { resourceId: string }) {
  const schedule = useSchedule(resourceId);
  // Here, not in the editor: the editor starts afresh after a save, the confirmation must stay.
  const setWeek = useSetWeek();
  if (!schedule.data) return null;
  // Keyed by what was loaded: a saved plan or another resource starts a fresh form from the stored template.
  return (
    <WeekEditor
      key={`${resourceId}-${schedule.dataUpdatedAt}`}
      resourceId={resourceId}
      schedule={schedule.data}
      setWeek={setWeek}
    />
  );
}

function WeekEditor({
  resourceId,
  schedule,
  setWeek,
}: {
  resourceId: string;
  schedule: ScheduleView;
  setWeek: ReturnType<typeof useSetWeek>;
}) {
  const today = osloDate(new Date());
  const [rows, setRows] = useState<DayRow[]>(() => rowsOf(schedule, today));
  const [validFrom, setValidFrom] = useState(today);
  const update = (i: number, patch: Partial<DayRow>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = () => {
    const days = rows.flatMap((r, i) =>
      r.works
        ? [
            {
              weekday: i + 1,
              workStart: r.workStart,
              workEnd: r.workEnd,
              ...(r.lunchStart && r.lunchEnd ? { lunchStart: r.lunchStart, lunchEnd: r.lunchEnd } : {}),
              slotMinutes: Number(r.slotMinutes),
              urgentBlocks: r.urgentStart && r.urgentEnd ? [{ start: r.urgentStart, end: r.urgentEnd }] : [],
            },
          ]
        : [],
    );
    setWeek.mutate({ resourceId, validFrom, days });
  };
  const time = (i: number, field: keyof DayRow, label: string) => (
    <input
      type="text"
      inputMode="numeric"
      placeholder="tt:mm"
      maxLength={5}
      aria-label={`${label} ${WEEKDAY_NAMES[i]?.toLowerCase() ?? ''}`}
      className="timebok__time-input"
      value={rows[i]?.[field] as string}
      disabled={!rows[i]?.works}
      onChange={(e) => update(i, { [field]: e.target.value })}
    />
  );
  return (
    <VStack gap="space-12">
      <Heading level="2" size="small">
        Ukeplan
      </Heading>
      <Table size="small">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">Dag</Table.HeaderCell>
            <Table.HeaderCell scope="col">Arbeidstid</Table.HeaderCell>
            <Table.HeaderCell scope="col">Lunsj</Table.HeaderCell>
            <Table.HeaderCell scope="col">Timelengde</Table.HeaderCell>
            <Table.HeaderCell scope="col">Akutttimer (samme dag)</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((r, i) => (
            <Table.Row key={WEEKDAY_NAMES[i]}>
              <Table.DataCell>
                <Checkbox size="small" checked={r.works} onChange={(e) => update(i, { works: e.target.checked })}>
                  {WEEKDAY_NAMES[i]}
                </Checkbox>
              </Table.DataCell>
              <Table.DataCell>
                {time(i, 'workStart', 'Start')}–{time(i, 'workEnd', 'Slutt')}
              </Table.DataCell>
              <Table.DataCell>
                {time(i, 'lunchStart', 'Lunsj fra')}–{time(i, 'lunchEnd', 'Lunsj til')}
              </Table.DataCell>
              <Table.DataCell>
                <select
                  aria-label={`Timelengde ${WEEKDAY_NAMES[i]?.toLowerCase() ?? ''}`}
                  value={r.slotMinutes}
                  disabled={!r.works}
                  onChange={(e) => update(i, { slotMinutes: e.target.value })}
                >
                  {[10, 15, 20, 30, 40].map((m) => (
                    <option key={m} value={m}>
                      {m} min
                    </option>
                  ))}
                </select>
              </Table.DataCell>
              <Table.DataCell>
                {time(i, 'urgentStart', 'Akutt fra')}–{time(i, 'urgentEnd', 'Akutt til')}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <HStack gap="space-8" align="end">
        <DateField label="Gjelder fra" size="small" value={validFrom} onChange={setValidFrom} />
        <Button size="small" onClick={save} loading={setWeek.isPending}>
          Lagre ukeplan
        </Button>
      </HStack>
      {setWeek.isError && (
        <Alert variant="error" size="small">
          {errorMessage(setWeek.error)}
        </Alert>
      )}
      {setWeek.isSuccess && (
        <Alert variant="success" size="small">
          Ukeplanen er lagret fra {formatDate(setWeek.variables?.validFrom)}.
        </Alert>
      )}
    </VStack>
  );
}

function Exceptions({ resourceId, canSeePatients }: { resourceId: string; canSeePatients: boolean }) {
  const schedule = useSchedule(resourceId);
  const today = osloDate(new Date());
  const [kind, setKind] = useState<ExceptionKind>('ferie');
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [fromTime, setFromTime] = useState('');
  const [toTime, setToTime] = useState('');
  const [note, setNote] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const add = useAddException();
  const remove = useRemoveException();
  const affected = useAffected(canSeePatients ? shown : null);
  return (
    <VStack gap="space-12">
      <Heading level="2" size="small">
        Fravær
      </Heading>
      <HStack gap="space-8" align="end" wrap>
        <Select label="Type" size="small" value={kind} onChange={(e) => setKind(e.target.value as ExceptionKind)}>
          {EXCEPTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {EXCEPTION_KIND_LABELS[k]}
            </option>
          ))}
        </Select>
        <DateField label="Fra dato" size="small" value={from} onChange={setFrom} />
        <TextField
          label="Fra kl. (valgfritt)"
          size="small"
          placeholder="tt:mm"
          htmlSize={6}
          value={fromTime}
          onChange={(e) => setFromTime(e.target.value)}
        />
        <DateField label="Til dato" size="small" value={to} onChange={setTo} />
        <TextField
          label="Til kl. (valgfritt)"
          size="small"
          placeholder="tt:mm"
          htmlSize={6}
          value={toTime}
          onChange={(e) => setToTime(e.target.value)}
        />
        <TextField label="Merknad" size="small" value={note} onChange={(e) => setNote(e.target.value)} />
        <Button
          size="small"
          loading={add.isPending}
          onClick={() =>
            add.mutate(
              {
                resourceId,
                kind,
                from,
                to,
                ...(fromTime ? { fromTime } : {}),
                ...(toTime ? { toTime } : {}),
                ...(note.trim() ? { note: note.trim() } : {}),
              },
              { onSuccess: (r) => setShown(r.exception.id) },
            )
          }
        >
          Registrer fravær
        </Button>
      </HStack>
      {add.isError && (
        <Alert variant="error" size="small">
          {errorMessage(add.error)}
        </Alert>
      )}
      {add.data && (
        <Alert variant={add.data.affectedCount > 0 ? 'warning' : 'success'} size="small" role="status">
          Fraværet er registrert.{' '}
          {add.data.affectedCount === 0
            ? 'Ingen bookede timer berøres.'
            : `${add.data.affectedCount} bookede ${add.data.affectedCount === 1 ? 'time berøres' : 'timer berøres'} og må flyttes.`}
        </Alert>
      )}
      {(schedule.data?.exceptions ?? []).length > 0 && (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Type</Table.HeaderCell>
              <Table.HeaderCell scope="col">Fra</Table.HeaderCell>
              <Table.HeaderCell scope="col">Til</Table.HeaderCell>
              <Table.HeaderCell scope="col">Merknad</Table.HeaderCell>
              <Table.HeaderCell scope="col" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(schedule.data?.exceptions ?? []).map((e) => (
              <Table.Row key={e.id}>
                <Table.DataCell>{EXCEPTION_KIND_LABELS[e.kind]}</Table.DataCell>
                <Table.DataCell>{localDateTime(e.startsAt)}</Table.DataCell>
                <Table.DataCell>{localDateTime(e.endsAt)}</Table.DataCell>
                <Table.DataCell>{e.note}</Table.DataCell>
                <Table.DataCell>
                  <HStack gap="space-4">
                    {canSeePatients && (
                      <Button size="xsmall" variant="tertiary" onClick={() => setShown(e.id)}>
                        Berørte pasienter
                      </Button>
                    )}
                    <Button size="xsmall" variant="tertiary" onClick={() => remove.mutate(e.id)}>
                      Fjern
                    </Button>
                  </HStack>
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {canSeePatients && shown && affected.data && (
        <VStack gap="space-4" aria-label="Berørte pasienter">
          <Heading level="3" size="xsmall">
            Berørte pasienter ({affected.data.length})
          </Heading>
          {affected.data.length === 0 ? (
            <BodyShort size="small">Ingen bookede timer i fraværet.</BodyShort>
          ) : (
            <ul className="timebok__affected">
              {affected.data.map((a) => (
                <li key={a.id}>
                  {formatDate(a.date)} kl. {a.localStart}: {a.patientName} (født {formatDate(a.birthDate)})
                </li>
              ))}
            </ul>
          )}
        </VStack>
      )}
    </VStack>
  );
}
