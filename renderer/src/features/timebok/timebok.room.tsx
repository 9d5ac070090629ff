/**
 * The helsesekretær's main screen: the day with every resource side by side, or one resource's week; booking,
 * moving, cancelling and ikke møtt from the keyboard, drag and drop to move, "Neste ledige". Schedules
 * (arbeidsplaner and fravær) under their own tab for those who configure them; the administrator sees only that.
 */
import { Alert, BodyShort, Button, HStack, Loader, Select, ToggleGroup } from '@navikt/ds-react';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { AppointmentView } from '../../../../shared/api/timebok-views';
import type { AppointmentTypeCode } from '../../../../shared/rules/appointment-types';
import { osloDate } from '../../../../shared/rules/dates';
import { may } from '../../../../shared/schemas/roles';
import { errorMessage } from '../../api/api-call-error';
import { useCurrentUser } from '../../api/use-auth';
import { usePatientCard } from '../../api/use-patients';
import { formatDate } from '../../ui/format-date';
import { DateField } from '../../ui/forms/date-field';
import { RoomPage } from '../../ui/room-page';
import { useShortcutHelp } from '../../ui/shortcuts/use-shortcut';
import { useToast } from '../../ui/toasts/toast-context';
import { fullName } from '../patients/patient-names';
import { AppointmentModal, CancelAppointmentModal } from './appointment.modals';
import { BookAppointmentModal } from './book-appointment.modal';
import { NextFreeModal, weekdayOf } from './next-free.modal';
import { SchedulesPanel } from './schedules.panel';
import { TimebokGrid, type GridAction, type GridCursor } from './timebok-grid';
import type { GridColumn } from './timebok-grid.model';
import { useMove, useNoShow, useResources, useTimebokDay, useTimebokLive, useTimebokWeek } from './use-timebok';
import './timebok.css';

type View = 'dag' | 'uke' | 'oppsett';

type Dialog =
  | { kind: 'book'; resourceId: string; resourceName: string; startsAt: string; type?: AppointmentTypeCode }
  | { kind: 'open' | 'cancel'; appointment: AppointmentView }
  | { kind: 'next-free' }
  | null;

export function addDaysIso(date: string, n: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function clockOfInstant(iso: string): string {
  return new Date(iso).toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' });
}

export function TimebokRoom() {
  const user = useCurrentUser();
  const role = user?.role ?? 'helsesekretaer';
  const canBook = may(role, 'timebok');
  const canConfigure = may(role, 'schedulesConfigure');
  const [view, setView] = useState<View>(canBook ? 'dag' : 'oppsett');
  const [date, setDate] = useState(() => osloDate(new Date()));
  const [cursor, setCursor] = useState<GridCursor>({ col: 0, row: 0 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [moving, setMoving] = useState<AppointmentView | null>(null);
  const resources = useResources();
  const active = useMemo(() => (resources.data ?? []).filter((r) => r.active), [resources.data]);
  const [weekResourceId, setWeekResourceId] = useState<string | null>(null);
  const weekResource = weekResourceId ?? active.find((r) => r.userId === user?.id)?.id ?? active[0]?.id ?? null;
  useTimebokLive();
  const day = useTimebokDay(date, canBook && view === 'dag');
  const week = useTimebokWeek(view === 'uke' ? weekResource : null, date);
  const move = useMove();
  const noShow = useNoShow();
  const toast = useToast();
  // ?pasient=ID (the patient card's "Bestill time", Henvendelser's Alt+T): book for that patient.
  const [params, setParams] = useSearchParams();
  const forPatientId = canBook ? params.get('pasient') : null;
  const forPatientValid = forPatientId !== null && UUID.test(forPatientId);
  const forPatient = usePatientCard(forPatientValid ? forPatientId : null);
  const clearForPatient = () =>
    setParams(
      (p) => {
        p.delete('pasient');
        return p;
      },
      { replace: true },
    );

  useShortcutHelp({
    id: 'timebok:arrows',
    keys: ['Piltaster'],
    description: 'Flytt mellom tider og behandlere',
    group: 'Timebok',
  });
  useShortcutHelp({
    id: 'timebok:enter',
    keys: ['Enter'],
    description: 'Book ledig tid / åpne timen',
    group: 'Timebok',
  });
  useShortcutHelp({
    id: 'timebok:move',
    keys: ['F'],
    description: 'Flytt timen (velg ny tid, Enter)',
    group: 'Timebok',
  });
  useShortcutHelp({ id: 'timebok:cancel', keys: ['A'], description: 'Avlys timen', group: 'Timebok' });
  useShortcutHelp({ id: 'timebok:noshow', keys: ['I'], description: 'Merk ikke møtt', group: 'Timebok' });
  useShortcutHelp({ id: 'timebok:next', keys: ['N'], description: 'Neste ledige time', group: 'Timebok' });
  useShortcutHelp({
    id: 'timebok:days',
    keys: ['PageUp', 'PageDown'],
    description: 'Forrige / neste dag (uke)',
    group: 'Timebok',
  });
  useShortcutHelp({ id: 'timebok:today', keys: ['T'], description: 'I dag', group: 'Timebok' });

  const columns: GridColumn[] = useMemo(() => {
    if (view === 'uke') {
      return (week.data?.days ?? []).map((d) => ({
        key: d.date,
        heading: weekdayOf(d.date),
        subheading: formatDate(d.date).slice(0, 5),
        resourceId: week.data?.resource.id ?? '',
        date: d.date,
        day: d,
      }));
    }
    return (day.data?.resources ?? []).map((r) => ({
      key: r.resource.id,
      heading: r.resource.name,
      resourceId: r.resource.id,
      date: day.data?.date ?? date,
      day: r,
    }));
  }, [view, week.data, day.data, date]);

  const step = view === 'uke' ? 7 : 1;
  const onAction = (action: GridAction) => {
    switch (action.kind) {
      case 'book': {
        const name = view === 'uke' ? (week.data?.resource.name ?? '') : action.column.heading;
        setDialog({
          kind: 'book',
          resourceId: action.column.resourceId,
          resourceName: name,
          startsAt: action.startsAt,
        });
        return;
      }
      case 'open':
      case 'cancel':
        if (action.kind === 'cancel' && action.appointment.status !== 'booket') return;
        setDialog({ kind: action.kind, appointment: action.appointment });
        return;
      case 'move':
        if (action.appointment.status !== 'booket') return;
        setMoving(action.appointment);
        return;
      case 'no-show':
        noShow.mutate(action.appointment.id, {
          onSuccess: (c) =>
            toast.show({ variant: 'info', message: `${c.appointment.patientName} er merket ikke møtt.` }),
          onError: (e) => toast.show({ variant: 'error', message: errorMessage(e) }),
        });
        return;
      case 'drop':
        move.mutate(
          { appointmentId: action.appointmentId, resourceId: action.column.resourceId, startsAt: action.startsAt },
          {
            onSuccess: (c) => {
              setMoving(null);
              toast.show({
                variant: 'success',
                message: `Timen er flyttet til ${formatDate(c.appointment.date)} kl. ${c.appointment.localStart}.`,
              });
            },
            onError: (e) => toast.show({ variant: 'error', message: errorMessage(e) }),
          },
        );
    }
  };

  const onRoomKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (target.closest('dialog, input, select, textarea')) return;
    const key = event.key;
    if (key === 'PageDown' || key === 'PageUp') {
      event.preventDefault();
      setDate((d) => addDaysIso(d, key === 'PageDown' ? step : -step));
    } else if (key.toLowerCase() === 't') {
      event.preventDefault();
      setDate(osloDate(new Date()));
    } else if (key.toLowerCase() === 'n') {
      event.preventDefault();
      setDialog({ kind: 'next-free' });
    } else if (key === 'Escape' && moving) {
      event.preventDefault();
      setMoving(null);
    }
  };

  const current = view === 'uke' ? week : day;
  const dateLabel =
    view === 'uke' ? `Uke med ${weekdayOf(date)} ${formatDate(date)}` : `${weekdayOf(date)} ${formatDate(date)}`;

  return (
    // The grid takes focus for those who book; the others (Arbeidsplaner only) land on the heading like any room.
    <RoomPage title="Timebok" focusHeading={!canBook}>
      <HStack gap="space-16" align="end" wrap className="timebok__toolbar">
        <ToggleGroup
          size="small"
          value={view}
          onChange={(v) => {
            setView(v as View);
            setCursor({ col: 0, row: 0 });
          }}
          label="Visning"
        >
          {canBook && <ToggleGroup.Item value="dag">Dag</ToggleGroup.Item>}
          {canBook && <ToggleGroup.Item value="uke">Uke</ToggleGroup.Item>}
          {canConfigure && <ToggleGroup.Item value="oppsett">Arbeidsplaner</ToggleGroup.Item>}
        </ToggleGroup>
        {view !== 'oppsett' && (
          <>
            <HStack gap="space-4" align="center">
              <Button size="small" variant="tertiary" onClick={() => setDate((d) => addDaysIso(d, -step))}>
                Forrige
              </Button>
              <Button size="small" variant="secondary" onClick={() => setDate(osloDate(new Date()))}>
                I dag
              </Button>
              <Button size="small" variant="tertiary" onClick={() => setDate((d) => addDaysIso(d, step))}>
                Neste
              </Button>
              <DateField
                label="Dato"
                hideLabel
                size="small"
                className="timebok__date"
                value={date}
                onChange={(v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && setDate(v)}
              />
            </HStack>
            {view === 'uke' && (
              <Select
                label="Behandler"
                size="small"
                hideLabel
                value={weekResource ?? ''}
                onChange={(e) => setWeekResourceId(e.target.value)}
              >
                {active.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </Select>
            )}
            <Button size="small" variant="secondary" onClick={() => setDialog({ kind: 'next-free' })}>
              Neste ledige (N)
            </Button>
          </>
        )}
      </HStack>

      {view === 'oppsett' ? (
        <SchedulesPanel canSeePatients={canBook} />
      ) : (
        <div onKeyDown={onRoomKey} className="timebok__body">
          <HStack gap="space-8" align="center">
            <BodyShort weight="semibold" className="timebok__date-label">
              {dateLabel}
            </BodyShort>
            {current.isFetching && <Loader size="xsmall" title="Henter" />}
          </HStack>
          {forPatientId && (forPatient.data || forPatient.isError || !forPatientValid) && (
            <Alert variant="info" size="small" role="status" data-testid="booking-for-patient">
              <HStack gap="space-8" align="center" wrap>
                {forPatient.data ? (
                  <span>
                    Bestiller time for <strong>{fullName(forPatient.data)}</strong>, født{' '}
                    {formatDate(forPatient.data.birthDate)}. Velg en ledig tid og trykk Enter.
                  </span>
                ) : (
                  <span>Fant ikke pasienten det skulle bestilles time for.</span>
                )}
                <Button size="xsmall" variant="tertiary" type="button" onClick={clearForPatient}>
                  Avbryt
                </Button>
              </HStack>
            </Alert>
          )}
          {moving && (
            <Alert variant="info" size="small" role="status">
              Flytter timen til {moving.patientName} ({moving.localStart}). Velg ny tid med piltastene og trykk Enter,
              eller dra timen. Esc avbryter.
            </Alert>
          )}
          {current.isError && (
            <Alert variant="error" size="small">
              {errorMessage(current.error)}
            </Alert>
          )}
          {current.isPending ? (
            <Loader title="Henter timeboken" />
          ) : columns.length === 0 ? (
            <BodyShort>Ingen behandlere i timeboken ennå. Sett dem opp under Arbeidsplaner.</BodyShort>
          ) : (
            <TimebokGrid
              columns={columns}
              cursor={cursor}
              onCursor={setCursor}
              onAction={onAction}
              moving={moving}
              autoFocus={dialog === null}
              label={view === 'uke' ? `Uke for ${week.data?.resource.name ?? ''}` : `Timebok ${dateLabel}`}
            />
          )}
        </div>
      )}

      {dialog?.kind === 'book' && (
        <BookAppointmentModal
          resourceId={dialog.resourceId}
          resourceName={dialog.resourceName}
          startsAt={dialog.startsAt}
          {...(dialog.type ? { initialType: dialog.type } : {})}
          initialPatient={forPatient.data ?? null}
          when={`${weekdayOf(osloDate(new Date(dialog.startsAt)))} ${formatDate(osloDate(new Date(dialog.startsAt)))} kl. ${clockOfInstant(dialog.startsAt)}`}
          onBooked={(a) => {
            setDialog(null);
            if (a.patientId === forPatientId) clearForPatient();
            toast.show({
              variant: 'success',
              message: `${a.patientName} er booket ${formatDate(a.date)} kl. ${a.localStart}.`,
            });
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'open' && (
        <AppointmentModal
          appointment={dialog.appointment}
          onClose={() => setDialog(null)}
          onMove={() => {
            setMoving(dialog.appointment);
            setDialog(null);
          }}
          onCancel={() => setDialog({ kind: 'cancel', appointment: dialog.appointment })}
          onNoShow={() => {
            onAction({ kind: 'no-show', appointment: dialog.appointment });
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelAppointmentModal
          appointment={dialog.appointment}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            toast.show({ variant: 'info', message: 'Timen er avlyst.' });
          }}
        />
      )}
      {dialog?.kind === 'next-free' && (
        <NextFreeModal
          resources={active}
          initialResourceId={view === 'uke' ? weekResource : (columns[cursor.col]?.resourceId ?? null)}
          from={date}
          onClose={() => setDialog(null)}
          onChoose={(slot, type) => {
            const r = active.find((x) => x.id === slot.resourceId);
            setDate(slot.date);
            setDialog({
              kind: 'book',
              resourceId: slot.resourceId,
              resourceName: r?.name ?? '',
              startsAt: slot.startsAt,
              type,
            });
          }}
        />
      )}
    </RoomPage>
  );
}
