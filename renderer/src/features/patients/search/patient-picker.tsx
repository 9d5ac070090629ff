import { BodyShort, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PatientSummary } from '../../../../../shared/api/views';
import { usePatientSearch } from '../../../api/use-patients';
import { markAutofocus } from '../../../ui/forms/dialog-autofocus';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { PatientResultList } from './patient-result-list';
import { resultOptionId } from './patient-result-row';
import { handleResultKey } from './result-keys';

/** Choose a patient by searching, with the same keys as the main search (inside a dialog: merge, relations). */
export function PatientPicker({
  label,
  accept = () => true,
  onPick,
  autoFocus = false,
}: {
  label: string;
  /** Which patients may be chosen; the others are left out of the list. */
  accept?: (patient: PatientSummary) => boolean;
  onPick: (patient: PatientSummary) => void;
  /** Take focus on arrival, also inside a dialog that is just opening (see markAutofocus). */
  autoFocus?: boolean;
}) {
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const debounced = useDebouncedValue(query, 150);
  const search = usePatientSearch(query.trim() === '' ? '' : debounced);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  // Inside a dialog that is already open (after "Velg en annen"), the autofocus mark does nothing: focus directly.
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  const patients = query.trim() === '' ? [] : (search.data ?? []).filter(accept);
  const selected = patients.find((p) => p.id === selectedId);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    handleResultKey(event, {
      patients,
      selectedId: selected ? selected.id : null,
      select: setSelectedId,
      open: onPick,
      clear: () => {
        if (query === '') return false;
        setQuery('');
        setSelectedId(null);
        return true;
      },
    });

  return (
    <VStack gap="space-8">
      <TextField
        ref={(element) => {
          input.current = element;
          if (autoFocus) markAutofocus(element);
        }}
        label={label}
        description="Navn, fødselsnummer eller fødselsdato. ↓ for å velge, Enter for å ta den markerte."
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={patients.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={selected ? resultOptionId(listId, selected.id) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelectedId(null);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() !== '' && !search.isFetching && patients.length === 0 && (
        <BodyShort size="small" textColor="subtle">
          Ingen som kan velges.
        </BodyShort>
      )}
      {patients.length > 0 && (
        <PatientResultList
          id={listId}
          label="Treff"
          patients={patients}
          selectedId={selected ? selected.id : null}
          stale={search.isPlaceholderData}
          onOpen={onPick}
        />
      )}
    </VStack>
  );
}
