import { Alert, BodyLong, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { PrescriptionView } from '../../../../shared/api/prescription-views';
import { errorMessage } from '../../api/api-call-error';
import { useRevokePrescription } from '../../api/use-prescriptions';

/** Tilbakekalling (M5) needs a reason; it goes to the reseptformidler, which answers with M5.2. */
export function RevokePrescriptionModal({
  prescription,
  onDone,
  onClose,
}: {
  prescription: PrescriptionView;
  onDone: (revoked: PrescriptionView) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const revoke = useRevokePrescription();
  const submit = () => {
    if (reason.trim().length < 3) {
      setMissing(true);
      return;
    }
    revoke.mutate({ prescriptionId: prescription.id, reason: reason.trim() }, { onSuccess: onDone });
  };
  return (
    <Modal open onClose={onClose} header={{ heading: 'Tilbakekall resept' }} width="medium">
      <Modal.Body>
        <VStack gap="space-16">
          <BodyLong size="small">
            {prescription.drug.nameFormStrength}: resepten trekkes tilbake i reseptformidleren og kan ikke lenger hentes
            på apotek. Det som alt er utlevert, blir stående.
          </BodyLong>
          <Textarea
            label="Begrunnelse"
            description="Påkrevd. Sendes med tilbakekallingen."
            minRows={2}
            value={reason}
            error={missing && reason.trim().length < 3 ? 'Skriv hvorfor resepten tilbakekalles' : undefined}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && event.ctrlKey) {
                event.preventDefault();
                event.stopPropagation();
                submit();
              }
            }}
            autoFocus
          />
          {revoke.isError && (
            <Alert variant="error" size="small" role="alert">
              {errorMessage(revoke.error)}
            </Alert>
          )}
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" variant="danger" onClick={submit} loading={revoke.isPending}>
          Tilbakekall
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
