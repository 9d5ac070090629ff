import { useNavigate } from 'react-router';
import { useRegisterPatient } from '../../../api/use-patients';
import { formatIdentityNumber, identityTypeLabel } from '../../../ui/format-identity-number';
import { RoomPage } from '../../../ui/room-page';
import { useToast } from '../../../ui/toasts/toast-context';
import { fullName } from '../patient-names';
import { patientPaths } from '../patient-paths';
import { PatientForm } from './patient-form';
import { emptyPatientForm } from './patient-form-values';

/** Ny pasient: registered and then opened, so the next step (list, CAVE, an appointment) is one keystroke away. */
export function RegisterPatientPage() {
  const registerPatient = useRegisterPatient();
  const navigate = useNavigate();
  const toast = useToast();
  return (
    <RoomPage title="Ny pasient" focusHeading={false}>
      <PatientForm
        mode="register"
        defaultValues={emptyPatientForm}
        saving={registerPatient.isPending}
        submitLabel="Registrer pasient"
        onCancel={() => void navigate(patientPaths.search)}
        onSave={(values, failed) =>
          registerPatient.mutate(values, {
            onSuccess: (card) => {
              toast.show({
                variant: 'success',
                message: `Registrert: ${fullName(card)}, ${identityTypeLabel(card.identityType)} ${formatIdentityNumber(card.identityNumber)}`,
              });
              void navigate(patientPaths.card(card.id));
            },
            onError: failed,
          })
        }
      />
    </RoomPage>
  );
}
