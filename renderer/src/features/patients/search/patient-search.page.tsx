import { PersonPlusIcon, TableIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, Loader, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import type { PatientSummary } from '../../../../../shared/api/views';
import { errorMessage } from '../../../api/api-call-error';
import { SEARCH_LIMIT, usePatientSearch, useRecentPatients } from '../../../api/use-patients';
import { RoomPage } from '../../../ui/room-page';
import { useShortcutHelp } from '../../../ui/shortcuts/use-shortcut';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { patientPaths } from '../patient-paths';
import { PatientResultList } from './patient-result-list';
import { resultOptionId } from './patient-result-row';
import { handleResultKey } from './result-keys';

/** Long enough to skip the in-between keystrokes of a fast typist, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 150;
const SEARCH_FIELD_ID = 'patient-search';

/**
 * Pasienter: one search box. Names in any order as prefixes, fødselsnummer, birth date or phone; the answer is
 * a list the arrow keys walk while focus stays in the box. An empty box shows the recently opened patients.
 */
export function PatientSearchPage() {
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const debounced = useDebouncedValue(query, SEARCH_DEBOUNCE_MS);
  const empty = query.trim() === '';
  const search = usePatientSearch(empty ? '' : debounced);
  const recent = useRecentPatients();
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  // Arriving here (the room, Ctrl+K, F2, back from a card) puts the cursor in the box.
  useEffect(() => input.current?.focus(), [location.key]);

  useShortcutHelp({
    id: 'patient-search:move',
    keys: ['↓', '↑'],
    description: 'Flytt markeringen i trefflisten (↓ i tomt søkefelt viser sist åpnede pasienter)',
    group: 'Pasientsøk',
  });
  useShortcutHelp({
    id: 'patient-search:open',
    keys: ['Enter'],
    description: 'Åpne markert pasient',
    group: 'Pasientsøk',
  });
  useShortcutHelp({ id: 'patient-search:clear', keys: ['Esc'], description: 'Tøm søket', group: 'Pasientsøk' });

  const patients: readonly PatientSummary[] = empty ? (recent.data ?? []) : (search.data ?? []);
  const active = empty ? recent : search;
  const selectedIndex = selectedId === null ? -1 : patients.findIndex((p) => p.id === selectedId);
  const selected = selectedIndex >= 0 ? patients[selectedIndex] : undefined;

  // Between a keystroke and its answer: debouncing, or asking main.
  const waiting = empty
    ? recent.isPending && recent.fetchStatus !== 'idle'
    : debounced.trim() !== query.trim() || search.isFetching;

  const open = (patient: PatientSummary) => void navigate(patientPaths.card(patient.id));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) =>
    handleResultKey(event, {
      patients,
      selectedId: selected ? selected.id : null,
      select: setSelectedId,
      open,
      clear: () => {
        if (query === '' && !selected) return false;
        setQuery('');
        setSelectedId(null);
        return true;
      },
    });

  return (
    <RoomPage title="Pasienter" focusHeading={false}>
      <HStack gap="space-8">
        <Button
          as={RouterLink}
          to={patientPaths.register}
          size="small"
          variant="secondary"
          icon={<PersonPlusIcon aria-hidden />}
        >
          Ny pasient
        </Button>
        <Button
          as={RouterLink}
          to={patientPaths.lists}
          size="small"
          variant="tertiary"
          icon={<TableIcon aria-hidden />}
        >
          Fastlegelister
        </Button>
      </HStack>
      <VStack gap="space-12" className="patient-search">
        <TextField
          ref={input}
          id={SEARCH_FIELD_ID}
          label="Søk etter pasient"
          description="Navn, fødselsnummer, fødselsdato (ddmmåå) eller telefon. Ctrl+K eller F2 fra hele programmet."
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
        <HStack gap="space-8" align="center" className="patient-search__status">
          <BodyShort size="small" textColor="subtle" aria-live="polite" data-testid="search-status">
            {statusText(empty, query, patients.length, waiting)}
          </BodyShort>
          {active.isFetching && <Loader size="xsmall" title="Søker …" />}
        </HStack>
        {active.isError && (
          <Alert variant="error" size="small">
            {errorMessage(active.error)}
          </Alert>
        )}
        {patients.length > 0 && (
          <PatientResultList
            id={listId}
            label={empty ? 'Sist åpnede pasienter' : 'Treff'}
            patients={patients}
            selectedId={selected ? selected.id : null}
            stale={!empty && (search.isPlaceholderData || debounced !== query)}
            onOpen={open}
          />
        )}
      </VStack>
    </RoomPage>
  );
}

function statusText(empty: boolean, query: string, count: number, waiting: boolean): string {
  if (waiting) return empty ? 'Henter sist åpnede pasienter …' : 'Søker …';
  if (empty) return count === 0 ? 'Ingen nylig åpnede pasienter.' : 'Sist åpnede pasienter. Trykk ↓ for å velge.';
  if (count === 0) return `Ingen treff på «${query.trim()}».`;
  if (count >= SEARCH_LIMIT) return `Viser de første ${SEARCH_LIMIT} treffene. Skriv mer for å snevre inn.`;
  return count === 1 ? '1 treff.' : `${count} treff.`;
}
