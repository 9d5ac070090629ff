import { Alert, BodyLong, BodyShort, Button, Modal, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { PatientCard, PatientSummary } from '../../../../../shared/api/views';
import { errorMessage } from '../../../api/api-call-error';
import { useMergePatient } from '../../../api/use-patients';
import { formatDate } from '../../../ui/format-date';
import { formatIdentityNumber } from '../../../ui/format-identity-number';
import { useToast } from '../../../ui/toasts/toast-context';
import { fullName } from '../patient-names';
import { patientPaths } from '../patient-paths';
import { PatientPicker } from '../search/patient-picker';

/** Only a real record can take in the clinic's H-nummer record: not another H-nummer, not a merged one. */
function canBeTarget(candidate: PatientSummary, source: PatientCard): boolean {
  return candidate.id !== source.id && candidate.identityType !== 'hnr-clinic' && candidate.status !== 'sammenslaatt';
}

/**
 * Slå sammen: the record under the clinic's own H-nummer goes into the person's real record (found by search).
 * Relations, CAVE and list history move; the H-nummer record stays, marked as merged. Cannot be undone here.
 */
export function MergePatientModal({ source, onClose }: { source: PatientCard; onClose: () => void }) {
  const [target, setTarget] = useState<PatientSummary | null>(null);
  const merge = useMergePatient();
  const toast = useToast();
  const navigate = useNavigate();

  // Mounted only while open, so the search box takes focus when it appears and starts empty each time.
  const close = onClose;

  const confirm = () => {
    if (!target) return;
    merge.mutate(
      { sourceId: source.id, targetId: target.id },
      {
        onSuccess: (card) => {
          toast.show({
            variant: 'success',
            message: `Journalene er slått sammen. ${fullName(card)} har nå én journal: ${formatIdentityNumber(card.identityNumber)}.`,
          });
          close();
          void navigate(patientPaths.card(card.id));
        },
      },
    );
  };

  return (
    <Modal open onClose={close} header={{ heading: 'Slå sammen journaler' }} width="medium">
      <Modal.Body>
        <VStack gap="space-16">
          <BodyLong size="small">
            {fullName(source)}, født {formatDate(source.birthDate)}, har H-nummer{' '}
            {formatIdentityNumber(source.identityNumber)}. Finn pasientens journal med fødselsnummer eller D-nummer.
          </BodyLong>
          {target === null ? (
            <PatientPicker
              label="Søk etter journalen det skal slås sammen med"
              accept={(candidate) => canBeTarget(candidate, source)}
              onPick={setTarget}
              autoFocus
            />
          ) : (
            <VStack gap="space-8" data-testid="merge-confirm">
              <BodyShort weight="semibold">
                Slå sammen inn i {fullName(target)}, {formatIdentityNumber(target.identityNumber)}, født{' '}
                {formatDate(target.birthDate)}?
              </BodyShort>
              {target.birthDate !== source.birthDate && (
                <Alert variant="warning" size="small">
                  Fødselsdatoene er ulike. Kontroller at det er samme person; sammenslåingen vil bli avvist.
                </Alert>
              )}
              <BodyShort size="small">
                Pårørende, CAVE og listehistorikk flyttes. Journalen med H-nummer blir stående, merket som slått sammen.
              </BodyShort>
            </VStack>
          )}
          {merge.isError && (
            <Alert variant="error" size="small" role="alert">
              {errorMessage(merge.error)}
            </Alert>
          )}
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        {target && (
          <>
            <Button type="button" loading={merge.isPending} onClick={confirm}>
              Slå sammen
            </Button>
            <Button type="button" variant="secondary" onClick={() => setTarget(null)}>
              Velg en annen
            </Button>
          </>
        )}
        <Button type="button" variant="tertiary" onClick={close}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
