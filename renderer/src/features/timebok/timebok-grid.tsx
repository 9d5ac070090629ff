/**
 * The timebok grid (role="grid"): clock times down, resources or days across. One cell holds the focus (roving
 * tabindex); arrows move, Enter books a free time or opens an appointment, F moves, A cancels, I marks ikke møtt,
 * and an appointment can be dragged to a free time. The room decides what the keys do; the grid reports them.
 */
import { Tag } from '@navikt/ds-react';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { AppointmentView } from '../../../../shared/api/timebok-views';
import { APPOINTMENT_STATUS_LABELS, APPOINTMENT_TYPES } from '../../../../shared/rules/appointment-types';
import { formatDate } from '../../ui/format-date';
import { buildGrid, clockOf, landingRow, stepRow, type Cell, type GridColumn } from './timebok-grid.model';

export interface GridCursor {
  col: number;
  row: number;
}

export type GridAction =
  | { kind: 'book'; column: GridColumn; startsAt: string }
  | { kind: 'open' | 'move' | 'cancel' | 'no-show'; appointment: AppointmentView }
  | { kind: 'drop'; appointmentId: string; column: GridColumn; startsAt: string };

const DRAG_TYPE = 'application/x-allmenn-appointment';

function cellLabel(cell: Cell, column: GridColumn, time: string): string {
  const where = `${column.heading}${column.subheading ? ` ${column.subheading}` : ''} kl. ${time}`;
  switch (cell.kind) {
    case 'appointment':
    case 'covered': {
      const a = cell.appointment;
      return `${where}: ${a.patientName}, født ${formatDate(a.birthDate)}, ${APPOINTMENT_TYPES[a.appointmentType].label} ${a.localStart}–${a.localEnd}, ${APPOINTMENT_STATUS_LABELS[a.status]}${a.cave ? ', har CAVE' : ''}`;
    }
    case 'free':
      return `${where}: ledig${cell.past ? ' (passert)' : ''}`;
    case 'urgent':
      return `${where}: akutttime, kan bookes samme dag`;
    case 'absent':
      return `${where}: fravær`;
    case 'lunch':
      return `${where}: lunsj`;
    case 'closed':
      return `${where}: ikke arbeidstid`;
  }
}

export function TimebokGrid({
  columns,
  cursor,
  onCursor,
  onAction,
  moving,
  label,
  autoFocus = false,
}: {
  columns: readonly GridColumn[];
  cursor: GridCursor;
  onCursor: (cursor: GridCursor) => void;
  onAction: (action: GridAction) => void;
  /** An appointment being moved: Enter on a free time places it there. */
  moving: AppointmentView | null;
  label: string;
  /** Take the focus when nothing else has it (the room's main control). */
  autoFocus?: boolean;
}) {
  const model = useMemo(() => buildGrid(columns), [columns]);
  const gridRef = useRef<HTMLTableElement>(null);
  const col = Math.min(cursor.col, Math.max(0, columns.length - 1));
  const row = landingRow(model, col, Math.min(cursor.row, Math.max(0, model.times.length - 1)));

  // Keep DOM focus on the cursor cell while the grid has focus (after data refreshes and moves); on arrival in
  // the room, when nothing else has focus, the grid takes it, so the arrow keys work at once.
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const idle = document.activeElement === null || document.activeElement === document.body;
    if (!grid.contains(document.activeElement) && !(autoFocus && idle)) return;
    const cell = grid.querySelector<HTMLElement>(`[data-cell="${col}:${row}"]`);
    if (cell && cell !== document.activeElement) cell.focus();
  }, [col, row, model, autoFocus]);

  if (model.times.length === 0) {
    return <p className="timebok__empty">Ingen har arbeidstid denne dagen.</p>;
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const cell = model.cells[col]?.[row];
    const column = columns[col];
    if (!cell || !column) return;
    const go = (next: GridCursor) => {
      event.preventDefault();
      onCursor(next);
    };
    switch (event.key) {
      case 'ArrowDown':
        return go({ col, row: stepRow(model, col, row, 1) });
      case 'ArrowUp':
        return go({ col, row: stepRow(model, col, row, -1) });
      case 'ArrowRight':
        return go({ col: Math.min(columns.length - 1, col + 1), row });
      case 'ArrowLeft':
        return go({ col: Math.max(0, col - 1), row });
      case 'Home':
        return go({ col, row: 0 });
      case 'End':
        return go({ col, row: model.times.length - 1 });
    }
    const appointment = cell.kind === 'appointment' || cell.kind === 'covered' ? cell.appointment : null;
    const key = event.key.toLowerCase();
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (appointment) onAction({ kind: 'open', appointment });
      else if ((cell.kind === 'free' || cell.kind === 'urgent') && !cell.past) {
        if (moving) onAction({ kind: 'drop', appointmentId: moving.id, column, startsAt: cell.startsAt });
        else onAction({ kind: 'book', column, startsAt: cell.startsAt });
      }
      return;
    }
    if (!appointment) return;
    const action = key === 'f' ? 'move' : key === 'a' ? 'cancel' : key === 'i' ? 'no-show' : null;
    if (action) {
      event.preventDefault();
      onAction({ kind: action, appointment });
    }
  };

  return (
    <div className="timebok__scroll">
      <table
        ref={gridRef}
        role="grid"
        aria-label={label}
        className={`timebok__grid${moving ? ' timebok__grid--moving' : ''}`}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th scope="col" className="timebok__time-head">
              Tid
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="timebok__col-head">
                <span className="timebok__col-title">{c.heading}</span>
                {c.subheading && <span className="timebok__col-sub">{c.subheading}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.times.map((t, r) => (
            <tr key={t}>
              <th scope="row" className="timebok__time">
                {clockOf(t)}
              </th>
              {columns.map((c, ci) => {
                const cell = model.cells[ci]?.[r];
                if (!cell || cell.kind === 'covered') return null;
                const active = ci === col && r === row;
                const common = {
                  role: 'gridcell',
                  'data-cell': `${ci}:${r}`,
                  tabIndex: active ? 0 : -1,
                  'aria-selected': active,
                  'aria-label': cellLabel(cell, c, clockOf(t)),
                  onClick: () => onCursor({ col: ci, row: r }),
                };
                if (cell.kind === 'appointment') {
                  const a = cell.appointment;
                  return (
                    <td
                      key={c.key}
                      {...common}
                      rowSpan={cell.rowSpan}
                      className={`timebok__cell timebok__appt timebok__appt--${a.status}${active ? ' timebok__cell--active' : ''}`}
                      draggable={a.status === 'booket'}
                      onDragStart={(e) => {
                        e.dataTransfer.setData(DRAG_TYPE, a.id);
                        e.dataTransfer.effectAllowed = 'move';
                      }}
                      onDoubleClick={() => onAction({ kind: 'open', appointment: a })}
                    >
                      <span className="timebok__appt-name">{a.patientName}</span>{' '}
                      <span className="timebok__appt-meta">
                        {formatDate(a.birthDate)} · {APPOINTMENT_TYPES[a.appointmentType].short}
                      </span>
                      {a.cave && (
                        <Tag size="xsmall" variant="error" className="timebok__tag">
                          CAVE
                        </Tag>
                      )}
                      {a.urgent && (
                        <Tag size="xsmall" variant="warning" className="timebok__tag">
                          Akutt
                        </Tag>
                      )}
                      {a.status !== 'booket' && (
                        <Tag size="xsmall" variant="neutral" className="timebok__tag">
                          {APPOINTMENT_STATUS_LABELS[a.status]}
                        </Tag>
                      )}
                      {a.note && <span className="timebok__appt-note">{a.note}</span>}
                    </td>
                  );
                }
                const bookable = (cell.kind === 'free' || cell.kind === 'urgent') && !cell.past;
                const text =
                  cell.kind === 'urgent'
                    ? 'Akutt'
                    : cell.kind === 'absent'
                      ? 'Fravær'
                      : cell.kind === 'lunch'
                        ? 'Lunsj'
                        : '';
                return (
                  <td
                    key={c.key}
                    {...common}
                    className={`timebok__cell timebok__cell--${cell.kind}${'past' in cell && cell.past ? ' timebok__cell--past' : ''}${active ? ' timebok__cell--active' : ''}`}
                    onDoubleClick={() => {
                      if (bookable && 'startsAt' in cell)
                        onAction({ kind: 'book', column: c, startsAt: cell.startsAt });
                    }}
                    onDragOver={(e) => {
                      if (bookable && e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
                    }}
                    onDrop={(e) => {
                      const id = e.dataTransfer.getData(DRAG_TYPE);
                      if (id && bookable && 'startsAt' in cell) {
                        e.preventDefault();
                        onAction({ kind: 'drop', appointmentId: id, column: c, startsAt: cell.startsAt });
                      }
                    }}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
