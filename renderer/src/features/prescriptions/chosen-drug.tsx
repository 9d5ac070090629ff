import { BodyShort, Button, HStack, Select, Tag, VStack } from '@navikt/ds-react';
import type { RefObject } from 'react';
import type { DrugProductView, DrugSubstanceView } from '../../../../shared/api/drug-views';

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

/** A substance group chosen for virkestoffordinering: no package; the amount is a treatment time. */
export function ChosenSubstance({ substance, onClear }: { substance: DrugSubstanceView; onClear: () => void }) {
  return (
    <VStack gap="space-8" data-testid="chosen-substance">
      <HStack gap="space-8" align="center">
        <BodyShort weight="semibold">{substance.nameFormStrength}</BodyShort>
        <Tag size="xsmall" variant="alt3">
          Virkestoff
        </Tag>
        {substance.atc && (
          <Tag size="xsmall" variant="neutral">
            {substance.atc.code}
            {substance.atc.name ? ` ${substance.atc.name}` : ''}
          </Tag>
        )}
        <Tag
          size="xsmall"
          variant={substance.reseptgruppe === 'A' || substance.reseptgruppe === 'B' ? 'error' : 'info'}
        >
          Reseptgruppe {substance.reseptgruppe}
        </Tag>
        {substance.isDemo && (
          <Tag size="xsmall" variant="warning">
            Demokatalog
          </Tag>
        )}
        <Button type="button" size="xsmall" variant="tertiary" onClick={onClear}>
          Bytt legemiddel
        </Button>
      </HStack>
      <BodyShort size="small" textColor="subtle">
        Forskrives på virkestoff: apoteket velger preparat blant {substance.productCount}. Mengden oppgis som
        behandlingstid med strukturert dosering.
      </BodyShort>
    </VStack>
  );
}
