import { Alert, Loader } from '@navikt/ds-react';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../api/api-call-error';
import { usePatientCard, useUpdatePatient } from '../../../api/use-patients';
import { RoomPage } from '../../../ui/room-page';
import { useToast } from '../../../ui/toasts/toast-context';
import { usePatientContext } from '../patient-context';
import { fullName } from '../patient-names';
import { patientPaths } from '../patient-paths';
import { PatientForm } from './patient-form';
import { formValuesFromCard } from './patient-form-values';

/** Endre opplysninger: administrative data of the patient in context. */
export function EditPatientPage() {
  const { patientId = '' } = useParams();
  const card = usePatientCard(patientId);
  const update = useUpdatePatient();
  const navigate = useNavigate();
  const toast = useToast();
  const { setPatient } = usePatientContext();
  useEffect(() => setPatient(patientId), [patientId, setPatient]);

  const title = card.data ? `Endre ${fullName(card.data)}` : 'Endre pasient';
  return (
    <RoomPage title={title} focusHeading={false}>
      {card.isPending && <Loader size="large" title="Henter pasienten …" />}
      {card.isError && <Alert variant="error">{errorMessage(card.error)}</Alert>}
      {card.data?.mergedIntoId && (
        <Alert variant="warning">Journalen er slått sammen inn i en annen og kan ikke endres.</Alert>
      )}
      {card.data && !card.data.mergedIntoId && (
        <PatientForm
          mode="edit"
          defaultValues={formValuesFromCard(card.data)}
          saving={update.isPending}
          submitLabel="Lagre endringene"
          onCancel={() => void navigate(patientPaths.card(patientId))}
          onSave={(patient, failed) =>
            update.mutate(
              { patientId, patient },
              {
                onSuccess: (saved) => {
                  toast.show({ variant: 'success', message: `Lagret: ${fullName(saved)}` });
                  void navigate(patientPaths.card(saved.id));
                },
                onError: failed,
              },
            )
          }
        />
      )}
    </RoomPage>
  );
}
