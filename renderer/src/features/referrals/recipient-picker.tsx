import { BodyShort, Button, HStack, Tag, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RecipientView } from '../../../../shared/api/referral-views';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { RECIPIENT_SEARCH_ID } from './referral-paths';
import { useRecipientSearch } from './use-referrals';

export function recipientName(r: Pick<RecipientView, 'name' | 'department'>): string {
  return [r.department, r.name].filter(Boolean).join(', ');
}

/**
 * Type-ahead over the address register: name, place or specialty; ↓/↑ move, Enter picks. The demo register's
 * HER-ids are test values and say so.
 */
export function RecipientPicker({
  value,
  onChange,
  error,
  label = 'Mottaker',
}: {
  value: RecipientView | null;
  onChange: (r: RecipientView | null) => void;
  error?: string | undefined;
  /** "Mottaker" is the main recipient's box (focused on arrival); another label makes a second, plain box. */
  label?: string;
}) {
  const main = label === 'Mottaker';
  const listId = main ? 'referral-recipient-hits' : 'referral-copy-hits';
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const debounced = useDebouncedValue(query, 150);
  const results = useRecipientSearch({ query: debounced, limit: 8 });
  const hits = useMemo(() => results.data ?? [], [results.data]);
  // Enter while the list still shows an earlier query's hits waits for this query's, then picks the first.
  const fresh = debounced === query && !results.isPlaceholderData && !results.isPending;
  const pendingPick = useRef(false);
  useEffect(() => {
    if (!pendingPick.current || !fresh) return;
    pendingPick.current = false;
    const first = hits[0];
    if (first) onChange(first);
  }, [fresh, hits, onChange]);

  if (value) {
    return (
      <VStack gap="space-4" data-testid="chosen-recipient">
        <BodyShort weight="semibold">{label}</BodyShort>
        <HStack gap="space-8" align="center">
          <BodyShort>
            {recipientName(value)} {value.city ? `(${value.city})` : ''} – HER-id {value.herId}
          </BodyShort>
          {value.testValue && (
            <Tag size="xsmall" variant="warning">
              Test-HER-id
            </Tag>
          )}
          <Button size="xsmall" variant="tertiary" type="button" onClick={() => onChange(null)}>
            Bytt mottaker
          </Button>
        </HStack>
      </VStack>
    );
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!fresh) {
        pendingPick.current = true;
        return;
      }
      const hit = hits[active];
      if (hit) onChange(hit);
    }
  };

  return (
    <VStack gap="space-4">
      <TextField
        id={main ? RECIPIENT_SEARCH_ID : 'referral-copy-search'}
        label={label}
        autoFocus={!main}
        description="Søk på navn, sted eller fagområde. Piltaster og Enter velger."
        value={query}
        autoComplete="off"
        error={error}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
      />
      {/* aria-busy while the hits are an earlier query's. */}
      <ul
        id={listId}
        aria-busy={!fresh}
        role="listbox"
        aria-label={main ? 'Treff i adresseregisteret' : 'Treff for kopimottaker'}
        className="referral-hits"
      >
        {hits.map((r, i) => (
          <li
            key={r.herId}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'referral-hit referral-hit--active' : 'referral-hit'}
            onMouseDown={(e) => {
              e.preventDefault();
              onChange(r);
            }}
          >
            <strong>{recipientName(r)}</strong> · {r.kindLabel}
            {r.specialty ? ` · ${r.specialty}` : ''}
            {r.city ? ` · ${r.city}` : ''}
          </li>
        ))}
      </ul>
      {fresh && query.trim() !== '' && hits.length === 0 && (
        <BodyShort size="small" textColor="subtle">
          Ingen treff i adresseregisteret. Mangler mottakeren, importer adresseregisteret i rommet Henvisninger.
        </BodyShort>
      )}
    </VStack>
  );
}
