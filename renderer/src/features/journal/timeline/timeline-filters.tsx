import { Button, HGrid, Select, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { CONTACT_TYPE_LABELS, CONTACT_TYPES } from '../../../../../shared/schemas/journal.schema';
import type { TimelineFilters } from '../../../api/use-journal';
import { useClinicians } from '../../../api/use-users';
import { DateField } from '../../../ui/forms/date-field';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { isContactType } from '../journal-format';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z]\d{1,2}(\.?\d{0,2})?$/;

function withoutEmpty(filters: TimelineFilters): TimelineFilters {
  const next = { ...filters };
  for (const key of Object.keys(next) as (keyof TimelineFilters)[]) {
    if (next[key] === undefined || next[key] === '') delete next[key];
  }
  return next;
}

export function activeFilterCount(filters: TimelineFilters): number {
  return Object.values(filters).filter((v) => v !== undefined && v !== '').length;
}

/**
 * Narrows the timeline: contact type, a diagnosis code (R74), author and period. Main filters (the timeline is
 * paged), so the list shows every matching note, not only those loaded so far.
 *
 * Author: "mine", or any of the clinic's doctors (users.clinicians).
 */
export function TimelineFiltersPanel({
  filters,
  myUserId,
  onChange,
}: {
  filters: TimelineFilters;
  myUserId: string;
  onChange: (filters: TimelineFilters) => void;
}) {
  const clinicians = useClinicians();
  const [code, setCode] = useState(filters.diagnosis ?? '');
  const settledCode = useDebouncedValue(code.trim().toUpperCase(), 300);
  const [from, setFrom] = useState(filters.from ?? '');
  const [to, setTo] = useState(filters.to ?? '');

  const set = (patch: Partial<TimelineFilters>) => onChange(withoutEmpty({ ...filters, ...patch }));

  // A code is applied once typing has settled and it looks like one (or is cleared), not at every keystroke.
  const latest = useRef({ filters, onChange });
  useEffect(() => {
    latest.current = { filters, onChange };
  });
  useEffect(() => {
    const wanted = settledCode === '' ? undefined : CODE.test(settledCode) ? settledCode.replace('.', '') : null;
    const current = latest.current;
    if (wanted !== null && wanted !== current.filters.diagnosis) {
      current.onChange(withoutEmpty({ ...current.filters, diagnosis: wanted }));
    }
  }, [settledCode]);

  const period = (which: 'from' | 'to', value: string) => {
    if (which === 'from') setFrom(value);
    else setTo(value);
    if (value === '' || ISO_DATE.test(value)) set({ [which]: value === '' ? undefined : value });
  };

  return (
    <VStack gap="space-8" className="timeline-filters" data-testid="timeline-filters">
      <HGrid columns={2} gap="space-8" align="start">
        <Select
          label="Kontakttype"
          size="small"
          value={filters.contactType ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            set({ contactType: isContactType(value) ? value : undefined });
          }}
        >
          <option value="">Alle</option>
          {CONTACT_TYPES.map((t) => (
            <option key={t} value={t}>
              {CONTACT_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
        <Select
          label="Forfatter"
          size="small"
          value={filters.authorId ?? ''}
          onChange={(event) => set({ authorId: event.target.value === '' ? undefined : event.target.value })}
        >
          <option value="">Alle</option>
          <option value={myUserId}>Mine notater</option>
          {(clinicians.data ?? [])
            .filter((c) => c.id !== myUserId)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
              </option>
            ))}
        </Select>
        <TextField
          label="Diagnosekode"
          size="small"
          autoComplete="off"
          placeholder="f.eks. R74"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <div />
        <DateField label="Fra dato" size="small" value={from} onChange={(value) => period('from', value)} />
        <DateField label="Til dato" size="small" value={to} onChange={(value) => period('to', value)} />
      </HGrid>
      {activeFilterCount(filters) > 0 && (
        <Button
          type="button"
          size="xsmall"
          variant="tertiary"
          onClick={() => {
            setCode('');
            setFrom('');
            setTo('');
            onChange({});
          }}
        >
          Nullstill filter
        </Button>
      )}
    </VStack>
  );
}
