import { BodyShort, HStack, Loader, Tag, TextField, VStack } from '@navikt/ds-react';
import { useId, useState, type KeyboardEvent } from 'react';
import type { DrugProductView, DrugSubstanceView } from '../../../../shared/api/drug-views';
import { errorMessage } from '../../api/api-call-error';
import { useDrugSearch } from '../../api/use-drugs';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { DRUG_SEARCH_ID } from './prescription-paths';

type Option = DrugProductView | DrugSubstanceView;

function optionLabel(option: Option): string {
  return option.kind === 'product'
    ? option.nameFormStrength
    : `${option.nameFormStrength} (virkestoff, ${option.productCount} preparater)`;
}

/**
 * Type-ahead over the catalogue by name, substance, ATC or varenummer: ↓/↑ move, Enter chooses. A product is
 * prescribed on one of its packages (varenummer); a substance group is prescribed as such (virkestoffordinering),
 * and the pharmacy chooses the product.
 */
export function DrugPicker({
  onChoose,
  onChooseSubstance,
}: {
  onChoose: (product: DrugProductView) => void;
  onChooseSubstance: (substance: DrugSubstanceView) => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const settled = useDebouncedValue(query, 150);
  const search = useDrugSearch(settled);
  const listId = useId();
  const options: Option[] = search.data ? [...search.data.products, ...search.data.substances] : [];
  const shown = settled.trim().length > 0 ? options : [];

  const choose = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'product') onChoose(option);
    else onChooseSubstance(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, Math.max(shown.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && !event.ctrlKey) {
      event.preventDefault();
      choose(shown[active]);
    }
  };

  const activeOption = shown[active];
  return (
    <VStack gap="space-8">
      <TextField
        id={DRUG_SEARCH_ID}
        label="Legemiddel"
        description="Søk på navn, virkestoff, ATC-kode eller varenummer. Piltaster og Enter for å velge."
        role="combobox"
        autoComplete="off"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${activeOption.kind}-${activeOption.id}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoFocus
      />
      {search.isFetching && settled.trim() && <Loader size="small" title="Søker …" />}
      {search.isError && (
        <BodyShort size="small" role="alert">
          {errorMessage(search.error)}
        </BodyShort>
      )}
      {settled.trim() && search.data && shown.length === 0 && (
        <BodyShort size="small" textColor="subtle" data-testid="drug-search-empty">
          Ingen legemidler passer «{settled.trim()}».
        </BodyShort>
      )}
      <ul role="listbox" id={listId} aria-label="Legemidler" className="drug-picker__list" data-testid="drug-options">
        {shown.map((option, index) => (
          <li
            key={`${option.kind}-${option.id}`}
            id={`${listId}-${option.kind}-${option.id}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'drug-picker__option drug-picker__option--active' : 'drug-picker__option'}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            <HStack gap="space-8" align="center" wrap={false}>
              <span>{optionLabel(option)}</span>
              {option.atc && (
                <Tag size="xsmall" variant="neutral">
                  {option.atc.code}
                </Tag>
              )}
              <Tag
                size="xsmall"
                variant={option.reseptgruppe === 'A' || option.reseptgruppe === 'B' ? 'error' : 'info'}
              >
                Gruppe {option.reseptgruppe}
              </Tag>
              {option.kind === 'product' && option.refund.length > 0 && (
                <Tag size="xsmall" variant="alt1">
                  Blå
                </Tag>
              )}
              {option.isDemo && (
                <Tag size="xsmall" variant="warning">
                  Demo
                </Tag>
              )}
            </HStack>
          </li>
        ))}
      </ul>
    </VStack>
  );
}
