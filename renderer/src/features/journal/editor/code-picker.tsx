import { BodyShort, Detail, TextField } from '@navikt/ds-react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { CodeEntry } from '../../../../../shared/reference/codes';

const MAX_SUGGESTIONS = 8;

/**
 * Type-ahead over a code list (ICPC-2, ICD-10) on code or text: "R74" or "luftveis". ↓/↑ walk the suggestions,
 * Enter picks the marked one (or the first), Esc closes them. After a pick the box is empty again for the next code.
 */
export function CodePicker({
  id,
  label,
  description,
  search,
  isChosen,
  onPick,
  onFocus,
  status,
}: {
  id: string;
  label: string;
  description: string;
  /** Null while the list is loading. */
  search: ((query: string, limit: number) => CodeEntry[]) | null;
  isChosen: (entry: CodeEntry) => boolean;
  onPick: (entry: CodeEntry) => void;
  onFocus?: () => void;
  /** A line under the box, e.g. while the list loads. */
  status?: string;
}) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const suggestions = useMemo(
    () =>
      open && search && query.trim() !== ''
        ? search(query, MAX_SUGGESTIONS + 4)
            .filter((e) => !isChosen(e))
            .slice(0, MAX_SUGGESTIONS)
        : [],
    [open, search, query, isChosen],
  );
  const expanded = suggestions.length > 0;
  const noMatch = open && search !== null && query.trim().length >= 2 && suggestions.length === 0;
  const line = status ?? (search === null && query.trim() !== '' ? 'Laster kodelisten …' : undefined);

  const pick = (index: number) => {
    const entry = suggestions[index];
    if (!entry) return;
    onPick(entry);
    setQuery('');
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!expanded) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(-1, Math.min(suggestions.length - 1, i + step)));
    } else if (event.key === 'Enter') {
      // Never submits anything around the box.
      event.preventDefault();
      if (expanded) pick(Math.max(0, active));
    } else if (event.key === 'Escape' && (expanded || query !== '')) {
      event.preventDefault();
      event.stopPropagation();
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="code-picker">
      <TextField
        id={id}
        label={label}
        description={description}
        size="small"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={onFocus}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label={`Forslag: ${label}`} className="code-picker__list">
          {suggestions.map((s, index) => (
            <li
              key={`${s.system}-${s.code}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'code-option code-option--active' : 'code-option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(index)}
            >
              <BodyShort as="span" size="small" weight="semibold" className="code-option__code">
                {s.code}
              </BodyShort>
              <BodyShort as="span" size="small">
                {s.title}
              </BodyShort>
            </li>
          ))}
        </ul>
      )}
      {(line !== undefined || noMatch) && (
        <Detail textColor="subtle" aria-live="polite" className="code-picker__status">
          {line ?? `Ingen koder passer «${query.trim()}».`}
        </Detail>
      )}
    </div>
  );
}
