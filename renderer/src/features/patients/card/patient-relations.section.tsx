import { BodyShort, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { PatientCard, RelationView } from '../../../../../shared/api/views';
import { formatDate } from '../../../ui/format-date';
import { patientPaths } from '../patient-paths';
import { CardSection } from './card-section';

function RelationLine({ relation }: { relation: RelationView }) {
  const other = relation.relatedPatient;
  const details = [relation.relation, relation.phone].filter(Boolean).join(' · ');
  return (
    <li className="relation-line">
      {other ? (
        <Link as={RouterLink} to={patientPaths.card(other.id)}>
          {other.name}
        </Link>
      ) : (
        <span>{relation.name}</span>
      )}
      {other && <span className="relation-line__muted"> f. {formatDate(other.birthDate)}</span>}
      {details && <span className="relation-line__muted"> · {details}</span>}
    </li>
  );
}

function RelationGroup({ title, relations, empty }: { title: string; relations: RelationView[]; empty: string }) {
  return (
    <VStack gap="space-4">
      <BodyShort size="small" weight="semibold">
        {title}
      </BodyShort>
      {relations.length === 0 ? (
        <BodyShort size="small" textColor="subtle">
          {empty}
        </BodyShort>
      ) : (
        <ul className="relation-list" aria-label={title}>
          {relations.map((r) => (
            <RelationLine key={r.id} relation={r} />
          ))}
        </ul>
      )}
    </VStack>
  );
}

/** Pårørende, foresatte and children: who to call, who decides for a child, and the links between records. */
export function PatientRelationsSection({ patient }: { patient: PatientCard }) {
  return (
    <CardSection title="Pårørende og familie" testId="patient-relations">
      <RelationGroup title="Pårørende" relations={patient.nextOfKin} empty="Ingen registrert" />
      <RelationGroup title="Foresatte" relations={patient.guardians} empty="Ingen registrert" />
      <RelationGroup title="Barn" relations={patient.children} empty="Ingen registrert" />
    </CardSection>
  );
}
