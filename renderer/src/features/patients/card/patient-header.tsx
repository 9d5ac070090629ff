import { LinkIcon, PencilIcon, XMarkIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { PatientCard } from '../../../../../shared/api/views';
import { PATIENT_STATUS_LABELS, SEX_LABELS } from '../../../../../shared/schemas/patient.schema';
import { formatDate } from '../../../ui/format-date';
import { formatIdentityNumber, identityTypeLabel } from '../../../ui/format-identity-number';
import { useClosePatient } from '../patient-context';
import { ageToday } from '../patient-names';
import { patientPaths } from '../patient-paths';
import { MergePatientModal } from './merge-patient.modal';

/** Who this is (number, birth date, sex, status) and what can be done with the record. */
export function PatientHeader({ patient }: { patient: PatientCard }) {
  const close = useClosePatient();
  const [merging, setMerging] = useState(false);
  const canMerge = patient.identityType === 'hnr-clinic' && patient.mergedIntoId === null;
  return (
    <VStack gap="space-12">
      <HStack gap="space-16" align="center" wrap>
        <BodyShort size="large" weight="semibold" data-testid="patient-identity">
          {formatIdentityNumber(patient.identityNumber)}
        </BodyShort>
        <BodyShort textColor="subtle">{identityTypeLabel(patient.identityType)}</BodyShort>
        <BodyShort data-testid="patient-birth">
          f. {formatDate(patient.birthDate)} ({ageToday(patient.birthDate)} år)
        </BodyShort>
        <BodyShort>{SEX_LABELS[patient.sex]}</BodyShort>
        <Tag size="small" variant="moderate" data-color={patient.status === 'aktiv' ? 'success' : 'warning'}>
          {PATIENT_STATUS_LABELS[patient.status]}
          {patient.deceasedOn && ` ${formatDate(patient.deceasedOn)}`}
        </Tag>
      </HStack>
      {patient.mergedIntoId && (
        <Alert variant="warning" size="small">
          Denne journalen er slått sammen inn i pasientens journal med fødselsnummer eller D-nummer.{' '}
          <Link as={RouterLink} to={patientPaths.card(patient.mergedIntoId)}>
            Gå til journalen
          </Link>
        </Alert>
      )}
      {canMerge && (
        <Alert variant="info" size="small">
          Pasienten har legekontorets eget H-nummer. Når fødselsnummer eller D-nummer blir kjent, registrer pasienten
          med det og slå journalene sammen.
        </Alert>
      )}
      <HStack gap="space-8">
        <Button
          as={RouterLink}
          to={patientPaths.edit(patient.id)}
          size="small"
          variant="secondary"
          icon={<PencilIcon aria-hidden />}
        >
          Endre opplysninger
        </Button>
        {canMerge && (
          <Button size="small" variant="secondary" icon={<LinkIcon aria-hidden />} onClick={() => setMerging(true)}>
            Slå sammen
          </Button>
        )}
        <Button
          size="small"
          variant="tertiary"
          icon={<XMarkIcon aria-hidden />}
          onClick={close}
          aria-keyshortcuts="Escape"
        >
          Lukk
        </Button>
      </HStack>
      {canMerge && merging && <MergePatientModal source={patient} onClose={() => setMerging(false)} />}
    </VStack>
  );
}
