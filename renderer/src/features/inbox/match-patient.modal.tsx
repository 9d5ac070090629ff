import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, BodyShort, Button, ErrorMessage, HStack, Modal, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { InboxDocumentView } from '../../../../shared/api/inbox-views';
import type { PatientSummary } from '../../../../shared/api/views';
import { inboxMatchSchema, type InboxMatch } from '../../../../shared/schemas/inbox.schema';
import { errorMessage } from '../../api/api-call-error';
import { useToast } from '../../ui/toasts/toast-context';
import { fullName } from '../patients/patient-names';
import { PatientPicker } from '../patients/search/patient-picker';
import { useMatchDocument } from './use-inbox';

/**
 * Knytt et uavklart dokument til en pasient: the clinician searches the patient and says why this is the one. The
 * reason goes into the audit log, because a document in the wrong journal is a breach of confidentiality.
 */
export function MatchPatientModal({ doc, onClose }: { doc: InboxDocumentView; onClose: () => void }) {
  const [patient, setPatient] = useState<PatientSummary | null>(null);
  const match = useMatchDocument();
  const toast = useToast();
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<InboxMatch>({
    resolver: zodResolver(inboxMatchSchema),
    defaultValues: { documentId: doc.id, patientId: '', reason: '' },
  });

  const pick = (p: PatientSummary) => {
    setPatient(p);
    setValue('patientId', p.id, { shouldValidate: true });
  };

  const onValid = (values: InboxMatch) =>
    match.mutate(values, {
      onSuccess: (matched) => {
        toast.show({
          variant: 'success',
          message: `Dokumentet er knyttet til ${matched.patient?.name ?? 'pasienten'}.`,
        });
        onClose();
      },
    });

  return (
    <Modal open onClose={onClose} header={{ heading: 'Velg pasient for dokumentet' }} width="medium">
      <Modal.Body>
        <form id="inbox-match-form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
          <VStack gap="space-16">
            <BodyShort size="small">
              I meldingen:{' '}
              {[doc.patientInMessage.name, doc.patientInMessage.ident].filter(Boolean).join(', ') ||
                'ingen pasient oppgitt'}
              . {doc.unmatchedReason}
            </BodyShort>
            {match.isError && (
              <Alert variant="error" size="small" role="alert">
                {errorMessage(match.error)}
              </Alert>
            )}
            {patient ? (
              <HStack gap="space-8" align="center">
                <BodyShort data-testid="inbox-match-patient">
                  <strong>{fullName(patient)}</strong> ({patient.birthDate.split('-').reverse().join('.')})
                </BodyShort>
                <Button type="button" size="xsmall" variant="tertiary" onClick={() => setPatient(null)}>
                  Velg en annen
                </Button>
              </HStack>
            ) : (
              <>
                <PatientPicker label="Pasient" onPick={pick} autoFocus />
                {errors.patientId && <ErrorMessage size="small">{errors.patientId.message}</ErrorMessage>}
              </>
            )}
            <TextField
              label="Hvorfor er dette riktig pasient?"
              description="Lagres i loggen, for eksempel «Bekreftet med avsender på telefon»."
              autoComplete="off"
              error={errors.reason?.message}
              {...register('reason')}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="inbox-match-form" loading={match.isPending} disabled={!patient}>
          Knytt til pasienten
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
