import { BodyShort, Button, HStack, Select, Tag, VStack } from '@navikt/ds-react';
import type { RefObject } from 'react';
import type { DrugProductView } from '../../../../shared/api/drug-views';

/** The chosen product with its package select; "Bytt" goes back to the search. */
export function ChosenDrug({
  drug,
  packageId,
  packageRef,
  error,
  onPackage,
  onClear,
}: {
  drug: DrugProductView;
  packageId: string;
  packageRef: RefObject<HTMLSelectElement | null>;
  error: string | undefined;
  onPackage: (packageId: string) => void;
  onClear: () => void;
}) {
  return (
    <VStack gap="space-8" data-testid="chosen-drug">
      <HStack gap="space-8" align="center">
        <BodyShort weight="semibold">{drug.nameFormStrength}</BodyShort>
        {drug.atc && (
          <Tag size="xsmall" variant="neutral">
            {drug.atc.code}
            {drug.atc.name ? ` ${drug.atc.name}` : ''}
          </Tag>
        )}
        <Tag size="xsmall" variant={drug.reseptgruppe === 'A' || drug.reseptgruppe === 'B' ? 'error' : 'info'}>
          Reseptgruppe {drug.reseptgruppe}
        </Tag>
        {drug.isDemo && (
          <Tag size="xsmall" variant="warning">
            Demokatalog
          </Tag>
        )}
        <Button type="button" size="xsmall" variant="tertiary" onClick={onClear}>
          Bytt legemiddel
        </Button>
      </HStack>
      <Select
        ref={packageRef}
        label="Pakning"
        size="small"
        value={packageId}
        error={error}
        onChange={(event) => onPackage(event.target.value)}
      >
        <option value="">Velg pakning</option>
        {drug.packages.map((pack) => (
          <option key={pack.id} value={pack.id}>
            {[pack.packSize, pack.packType, `varenr. ${pack.varenr}`].filter(Boolean).join(', ')}
            {pack.refund.length > 0 ? ' – blå resept mulig' : ''}
            {pack.deregisteredOn ? ` – avregistrert ${pack.deregisteredOn}` : ''}
          </option>
        ))}
      </Select>
    </VStack>
  );
}
