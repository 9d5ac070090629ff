import { BodyShort, Detail, TextField } from '@navikt/ds-react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { atcName, searchAtc } from '../../../../../shared/reference/atc';
import type { CaveFieldValues } from './cave-field-values';

const MAX_SUGGESTIONS = 8;

function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * What the patient does not tolerate: a medicine or drug class picked from the ATC register (so later checks can
 * match prescriptions against it), or free text for anything else (latex, peanøtter). Typing suggests ATC entries;
 * ↓/↑ and Enter pick one, Esc closes the suggestions. Editing the text after a pick makes it free text again.
 */
export function AtcAutocomplete() {
  const {
    control,
    register,
    setValue,
    formState: { errors },
  } = useFormContext<CaveFieldValues>();
  const value = useWatch({ control, name: 'allergenText' }) ?? '';
  const code = useWatch({ control, name: 'allergenAtc' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const textField = register('allergenText');
  const suggestions = useMemo(() => (open ? searchAtc(value, MAX_SUGGESTIONS) : []), [open, value]);
  const expanded = suggestions.length > 0;

  const pick = (index: number) => {
    const entry = suggestions[index];
    if (!entry) return;
    setValue('allergenAtc', entry.code);
    setValue('allergenText', capitalised(entry.name), { shouldValidate: errors.allergenText !== undefined });
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!expanded) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.max(-1, Math.min(suggestions.length - 1, i + step)));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      // The first Esc closes the suggestions, not the dialog around them.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  const error = errors.allergenText?.message ?? errors.allergenAtc?.message;
  return (
    <div className="atc-autocomplete">
      <TextField
        {...textField}
        id="cave-allergen"
        label="Allergen eller legemiddel"
        description="Skriv navn eller ATC-kode og velg fra listen, eller skriv fritekst"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        error={error}
        onChange={(event) => {
          void textField.onChange(event);
          if (code) setValue('allergenAtc', undefined);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={(event) => {
          setOpen(false);
          void textField.onBlur(event);
        }}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label="Forslag fra ATC-registeret" className="atc-autocomplete__list">
          {suggestions.map((s, index) => (
            <li
              key={s.code}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'atc-option atc-option--active' : 'atc-option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(index)}
            >
              <BodyShort as="span" size="small" className="atc-option__code">
                {s.code}
              </BodyShort>
              <BodyShort as="span" size="small">
                {capitalised(s.name)}
              </BodyShort>
            </li>
          ))}
        </ul>
      )}
      <Detail textColor="subtle" aria-live="polite" data-testid="cave-allergen-kind" className="atc-autocomplete__kind">
        {code ? `ATC ${code}: ${atcName(code) ?? 'ukjent kode'}` : value.trim() ? 'Fritekst' : ''}
      </Detail>
    </div>
  );
}
