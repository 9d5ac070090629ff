import { PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { may } from '../../../../shared/schemas/roles';
import { useCurrentUser } from '../../api/use-auth';
import { usePrescriptionList } from '../../api/use-prescriptions';
import { CardSection } from '../patients/card/card-section';
import { prescriptionPaths } from './prescription-paths';
import { PrescriptionStatusTag } from './prescription-status.tag';

/** Legemidler on the patient card, for those who read clinical data (PERMISSIONS): doctors. */
export function PrescriptionsCardSection({ patientId }: { patientId: string }) {
  const user = useCurrentUser();
  if (!user || !may(user.role, 'patientClinical')) return null;
  return <PrescriptionsSummary patientId={patientId} />;
}

/** The current prescriptions in short, and the ways in (Alt+M, Alt+L). */
function PrescriptionsSummary({ patientId }: { patientId: string }) {
  const list = usePrescriptionList(patientId, { refresh: false });
  const navigate = useNavigate();
  const current = list.data?.filter((p) => p.current) ?? [];
  return (
    <CardSection
      title="Legemidler"
      testId="patient-medicines"
      actions={
        <Button
          type="button"
          size="small"
          variant="secondary"
          icon={<PlusIcon aria-hidden />}
          onClick={() => void navigate(prescriptionPaths.prescribe(patientId))}
          aria-keyshortcuts="Alt+M"
        >
          Ny resept (Alt+M)
        </Button>
      }
    >
      <VStack gap="space-4">
        {list.isSuccess && current.length === 0 && (
          <BodyShort size="small" textColor="subtle">
            Ingen gjeldende resepter.
          </BodyShort>
        )}
        {current.slice(0, 5).map((p) => (
          <BodyShort key={p.id} size="small">
            {p.drug.nameFormStrength} – {p.dssn} <PrescriptionStatusTag status={p.status} label={p.statusLabel} />
          </BodyShort>
        ))}
        <Link as={RouterLink} to={prescriptionPaths.medicines(patientId)}>
          Legemiddelliste (Alt+L)
        </Link>
      </VStack>
    </CardSection>
  );
}
