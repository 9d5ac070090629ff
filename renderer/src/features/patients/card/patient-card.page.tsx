import { Alert, HGrid, Link, Loader, VStack } from '@navikt/ds-react';
import { useEffect } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { PatientCard } from '../../../../../shared/api/views';
import { may } from '../../../../../shared/schemas/roles';
import { errorMessage } from '../../../api/api-call-error';
import { useCurrentUser } from '../../../api/use-auth';
import { usePatientCard } from '../../../api/use-patients';
import { RoomPage } from '../../../ui/room-page';
import { JournalCardSection } from '../../journal/card/journal-card.section';
import { PrescriptionsCardSection } from '../../prescriptions/prescriptions-card.section';
import { SmsConsentSection } from '../../requests/sms-consent.section';
import { PatientAppointmentsSection } from '../../timebok/patient-appointments.section';
import { CaveSection } from '../cave/cave.section';
import { usePatientContext } from '../patient-context';
import { fullName } from '../patient-names';
import { patientPaths } from '../patient-paths';
import { CardSection } from './card-section';
import { PatientContactSection } from './patient-contact.section';
import { PatientGpSection } from './patient-gp.section';
import { PatientHeader } from './patient-header';
import { PatientRelationsSection } from './patient-relations.section';

/** SMS-påminnelser beside the contact details, for those who handle patient administration (PERMISSIONS). */
function SmsSection({ patientId }: { patientId: string }) {
  const user = useCurrentUser();
  if (!user || !may(user.role, 'patientAdministrative')) return null;
  return (
    <CardSection title="SMS-påminnelser" testId="patient-sms">
      <SmsConsentSection patientId={patientId} />
    </CardSection>
  );
}

function PatientCardView({ patient }: { patient: PatientCard }) {
  return (
    <VStack gap="space-16" data-testid="patient-card">
      <PatientHeader patient={patient} />
      <CaveSection patient={patient} />
      <JournalCardSection patientId={patient.id} />
      <PrescriptionsCardSection patientId={patient.id} />
      <HGrid gap="space-16" columns={{ xs: 1, lg: 2 }} align="start">
        <VStack gap="space-16">
          <PatientContactSection patient={patient} />
          <SmsSection patientId={patient.id} />
        </VStack>
        <VStack gap="space-16">
          <PatientGpSection patient={patient} />
          <PatientRelationsSection patient={patient} />
        </VStack>
      </HGrid>
      <PatientAppointmentsSection patientId={patient.id} />
    </VStack>
  );
}

/** One patient's card. Opening it puts the patient in context (the bar with CAVE) for the whole frame. */
function PatientCardContent({ patientId }: { patientId: string }) {
  const { setPatient } = usePatientContext();
  const card = usePatientCard(patientId);
  useEffect(() => setPatient(patientId), [patientId, setPatient]);
  return (
    <RoomPage title={card.data ? fullName(card.data) : 'Pasient'}>
      {card.isPending && <Loader size="large" title="Henter pasienten …" />}
      {card.isError && (
        <Alert variant="error">
          {errorMessage(card.error)}{' '}
          <Link as={RouterLink} to={patientPaths.search}>
            Tilbake til søket
          </Link>
        </Alert>
      )}
      {card.data && <PatientCardView patient={card.data} />}
    </RoomPage>
  );
}

export function PatientCardPage() {
  const { patientId = '' } = useParams();
  // A new patient is a new page: focus goes to the new name, as on arrival.
  return <PatientCardContent key={patientId} patientId={patientId} />;
}
