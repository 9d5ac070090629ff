import { Alert, Link, Loader, VStack } from '@navikt/ds-react';
import { useEffect } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { errorMessage } from '../../api/api-call-error';
import { usePatientCard } from '../../api/use-patients';
import { RoomPage } from '../../ui/room-page';
import { usePatientContext } from '../patients/patient-context';
import { fullName } from '../patients/patient-names';
import { DemoCatalogueNotice } from './demo-catalogue.notice';
import { prescriptionPaths } from './prescription-paths';
import { PrescriptionForm } from './prescription-form';
import './prescriptions.css';

/** Ny resept for the patient in the address; opening it puts the patient in context (the bar with CAVE). */
export function PrescribePage() {
  const { patientId = '' } = useParams();
  const { setPatient } = usePatientContext();
  const card = usePatientCard(patientId);
  useEffect(() => setPatient(patientId), [patientId, setPatient]);
  return (
    <RoomPage title={card.data ? `Ny resept – ${fullName(card.data)}` : 'Ny resept'} focusHeading={false}>
      <VStack gap="space-16" data-testid="prescribe-page">
        <DemoCatalogueNotice />
        {card.isPending && <Loader size="large" title="Henter pasienten …" />}
        {card.isError && <Alert variant="error">{errorMessage(card.error)}</Alert>}
        {card.data && (
          <>
            <Link as={RouterLink} to={prescriptionPaths.medicines(patientId)}>
              Til legemiddellisten (Alt+L)
            </Link>
            <PrescriptionForm key={patientId} patientId={patientId} />
          </>
        )}
      </VStack>
    </RoomPage>
  );
}
