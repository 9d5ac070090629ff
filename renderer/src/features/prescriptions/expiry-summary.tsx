import { BodyShort, Box, TextField, VStack } from '@navikt/ds-react';
import type { PrescriptionCheckView } from '../../../../shared/api/prescription-views';
import { formatDate } from '../../ui/format-date';

/** The expiry main computed (FOR-2022-06-02-977 § 4-4 and FEST), and a shorter one if the doctor wants it. */
export function ExpirySummary({
  expiry,
  expiresOn,
  onExpiresOn,
}: {
  expiry: PrescriptionCheckView['expiry'] | undefined;
  expiresOn: string;
  onExpiresOn: (expiresOn: string) => void;
}) {
  return (
    <Box padding="space-12" borderRadius="8" background="neutral-soft" data-testid="prescription-expiry">
      <VStack gap="space-8">
        {expiry ? (
          <>
            <BodyShort size="small" weight="semibold">
              Gyldig til {formatDate(expiry.expiresOn)}
            </BodyShort>
            <BodyShort size="small" textColor="subtle">
              {expiry.rule}. Lengste gyldighet: {formatDate(expiry.maxExpiresOn)}.
            </BodyShort>
          </>
        ) : (
          <BodyShort size="small" textColor="subtle">
            Utløpsdatoen vises når legemiddel, pakning og dosering er fylt ut.
          </BodyShort>
        )}
        <TextField
          label="Kortere gyldighet (valgfritt)"
          description="dd.mm.åååå"
          htmlSize={12}
          size="small"
          value={expiresOn}
          onChange={(event) => onExpiresOn(event.target.value)}
        />
      </VStack>
    </Box>
  );
}
