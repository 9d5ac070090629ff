import { Alert, BodyLong, Button, Modal, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { IssuedPrescription, PrescriptionView } from '../../../../shared/api/prescription-views';
import { errorMessage, isApiCallError } from '../../api/api-call-error';
import { useRenewPrescription } from '../../api/use-prescriptions';

const NEEDS_REASONS = 'PRESCRIPTION_WARNINGS_NEED_REASONS';

/**
 * Fornyelse: a new M1 based on the old one. Main runs the same safety checks; when they find something, the
 * warnings come back and each needs a reason, as on the prescribing screen.
 */
export function RenewPrescriptionModal({
  prescription,
  onDone,
  onClose,
}: {
  prescription: PrescriptionView;
  onDone: (issued: IssuedPrescription) => void;
  onClose: () => void;
}) {
  const renew = useRenewPrescription();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const warnings =
    isApiCallError(renew.error) && renew.error.code === NEEDS_REASONS ? Object.keys(renew.error.fields ?? {}) : [];
  const submit = () =>
    renew.mutate(
      {
        prescriptionId: prescription.id,
        overrides: Object.entries(reasons)
          .filter(([, reason]) => reason.trim().length >= 3)
          .map(([checkId, reason]) => ({ checkId, reason: reason.trim() })),
      },
      { onSuccess: onDone },
    );
  return (
    <Modal open onClose={onClose} header={{ heading: 'Forny resept' }} width="medium">
      <Modal.Body>
        <VStack gap="space-16">
          <BodyLong size="small">
            En ny resept med samme legemiddel, dosering og mengde ({prescription.drug.nameFormStrength}: «
            {prescription.dssn}») signeres og sendes til reseptformidleren. Den gamle blir stående til den utløper.
          </BodyLong>
          {renew.isError && (
            <Alert variant={warnings.length > 0 ? 'warning' : 'error'} size="small" role="alert">
              {errorMessage(renew.error)}
            </Alert>
          )}
          {warnings.map((checkId) => (
            <TextField
              key={checkId}
              size="small"
              label={`Begrunnelse for å overstyre (${checkId.split(':')[0] ?? 'advarsel'})`}
              value={reasons[checkId] ?? ''}
              onChange={(event) => setReasons((current) => ({ ...current, [checkId]: event.target.value }))}
            />
          ))}
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" onClick={submit} loading={renew.isPending}>
          Signer og send fornyelse
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
