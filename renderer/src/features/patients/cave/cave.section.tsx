import { PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { BodyShort, Button, Table, Tag } from '@navikt/ds-react';
import { useState } from 'react';
import type { CaveEntryView, PatientCard } from '../../../../../shared/api/views';
import { formatDate } from '../../../ui/format-date';
import { CardSection } from '../card/card-section';
import { CaveAddModal } from './cave-add.modal';
import { bySeverity, caveLabel } from './cave-labels';
import { CaveReviseModal } from './cave-revise.modal';

function statusRank(entry: CaveEntryView): number {
  return entry.status === 'aktiv' ? 0 : entry.status === 'inaktiv' ? 1 : 2;
}

/** Every CAVE entry with its current version; the ones in force first. Doctors only (main sends null otherwise). */
export function CaveSection({ patient }: { patient: PatientCard }) {
  const [adding, setAdding] = useState(false);
  const [revising, setRevising] = useState<CaveEntryView | null>(null);
  if (patient.cave === null) return null;
  const entries = [...patient.cave].sort((a, b) => statusRank(a) - statusRank(b) || bySeverity(a, b));

  return (
    <CardSection
      title="CAVE"
      testId="patient-cave"
      actions={
        <Button size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setAdding(true)}>
          Legg til CAVE
        </Button>
      }
    >
      {entries.length === 0 ? (
        <BodyShort size="small" textColor="subtle">
          Ingen kjente CAVE registrert.
        </BodyShort>
      ) : (
        <div className="table-scroll">
          <Table size="small" aria-label="CAVE-opplysninger">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Allergen</Table.HeaderCell>
                <Table.HeaderCell scope="col">Reaksjon</Table.HeaderCell>
                <Table.HeaderCell scope="col">Alvorlighet</Table.HeaderCell>
                <Table.HeaderCell scope="col">Notert</Table.HeaderCell>
                <Table.HeaderCell scope="col">Status</Table.HeaderCell>
                <Table.HeaderCell scope="col">Versjoner</Table.HeaderCell>
                <Table.HeaderCell scope="col">
                  <span className="visually-hidden">Handling</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {entries.map((entry) => (
                <Table.Row key={entry.entryId} className={entry.status === 'aktiv' ? undefined : 'cave-row--inactive'}>
                  <Table.HeaderCell scope="row">
                    {entry.allergenText}
                    {entry.allergenAtc && <span className="cave-row__code"> {entry.allergenAtc}</span>}
                  </Table.HeaderCell>
                  <Table.DataCell>{entry.reaction ?? '–'}</Table.DataCell>
                  <Table.DataCell>
                    {caveLabel('severity', entry.severity)}, {caveLabel('certainty', entry.certainty).toLowerCase()}
                  </Table.DataCell>
                  <Table.DataCell>
                    <span className="nowrap">{formatDate(entry.notedOn)}</span>
                    <span className="cave-row__source"> {caveLabel('source', entry.source)}</span>
                  </Table.DataCell>
                  <Table.DataCell>
                    <Tag size="xsmall" variant="moderate" data-color={entry.status === 'aktiv' ? 'danger' : 'neutral'}>
                      {caveLabel('status', entry.status)}
                    </Tag>
                  </Table.DataCell>
                  <Table.DataCell title={`Sist endret av ${entry.recordedBy}`}>{entry.version}</Table.DataCell>
                  <Table.DataCell>
                    <Button
                      size="xsmall"
                      variant="tertiary"
                      icon={<PencilIcon aria-hidden />}
                      onClick={() => setRevising(entry)}
                      aria-label={`Endre ${entry.allergenText}`}
                    >
                      Endre
                    </Button>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <CaveAddModal patientId={patient.id} open={adding} onClose={() => setAdding(false)} />
      {revising && <CaveReviseModal entry={revising} onClose={() => setRevising(null)} />}
    </CardSection>
  );
}
