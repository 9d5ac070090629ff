import { Alert, BodyShort, Button, HStack, Heading, Loader, Table, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { PrescriptionView } from '../../../../shared/api/prescription-views';
import { errorMessage } from '../../api/api-call-error';
import { usePatientCard } from '../../api/use-patients';
import { usePrescriptionList } from '../../api/use-prescriptions';
import { RoomPage } from '../../ui/room-page';
import { useToast } from '../../ui/toasts/toast-context';
import { usePatientContext } from '../patients/patient-context';
import { fullName } from '../patients/patient-names';
import { prescriptionPaths } from './prescription-paths';
import { PrescriptionRow } from './prescription-row';
import { RenewPrescriptionModal } from './renew-prescription.modal';
import { RevokePrescriptionModal } from './revoke-prescription.modal';
import { RfPrescriptionsSection } from './rf-prescriptions.section';
import { usePrintPrescriptions } from './use-rf-list';
import { downloadBase64File } from '../../ui/files/download-file';
import './prescriptions.css';

function PrescriptionTable({
  title,
  prescriptions,
  testId,
  onRenew,
  onRevoke,
}: {
  title: string;
  prescriptions: readonly PrescriptionView[];
  testId: string;
  onRenew: (p: PrescriptionView) => void;
  onRevoke: (p: PrescriptionView) => void;
}) {
  return (
    <VStack gap="space-8" data-testid={testId}>
      <Heading level="2" size="small">
        {title}
      </Heading>
      {prescriptions.length === 0 ? (
        <BodyShort size="small" textColor="subtle">
          Ingen.
        </BodyShort>
      ) : (
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Legemiddel</Table.HeaderCell>
              <Table.HeaderCell scope="col">Dosering</Table.HeaderCell>
              <Table.HeaderCell scope="col">Type</Table.HeaderCell>
              <Table.HeaderCell scope="col">Status</Table.HeaderCell>
              <Table.HeaderCell scope="col">Sist utlevert</Table.HeaderCell>
              <Table.HeaderCell scope="col">Gyldig til</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                <span className="aksel-sr-only">Handlinger</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {prescriptions.map((p) => (
              <PrescriptionRow key={p.id} prescription={p} onRenew={() => onRenew(p)} onRevoke={() => onRevoke(p)} />
            ))}
          </Table.Body>
        </Table>
      )}
    </VStack>
  );
}

/**
 * Legemiddelliste: the patient's prescriptions with status, refreshed every few seconds while open so the delivery
 * worker's progress (sendt, registrert, utlevert) shows without reloading.
 */
export function MedicinesPage() {
  const { patientId = '' } = useParams();
  const { setPatient } = usePatientContext();
  const card = usePatientCard(patientId);
  const list = usePrescriptionList(patientId);
  const navigate = useNavigate();
  const toast = useToast();
  const [renewing, setRenewing] = useState<PrescriptionView | null>(null);
  const [revoking, setRevoking] = useState<PrescriptionView | null>(null);
  const print = usePrintPrescriptions();
  useEffect(() => setPatient(patientId), [patientId, setPatient]);
  const current = list.data?.filter((p) => p.current) ?? [];
  const earlier = list.data?.filter((p) => !p.current) ?? [];

  return (
    <RoomPage title={card.data ? `Legemidler – ${fullName(card.data)}` : 'Legemidler'}>
      <VStack gap="space-16" data-testid="medicines-page">
        <HStack gap="space-8" align="center">
          <Button type="button" size="small" onClick={() => void navigate(prescriptionPaths.prescribe(patientId))}>
            Ny resept (Alt+M)
          </Button>
          <Button
            type="button"
            size="small"
            variant="secondary"
            loading={print.isPending}
            onClick={() =>
              print.mutate(patientId, {
                onSuccess: ({ fileName, pdfBase64 }) => {
                  downloadBase64File(fileName, pdfBase64, 'application/pdf');
                  toast.show({ variant: 'success', message: `${fileName} er lagret.` });
                },
                onError: (error) => toast.show({ variant: 'error', message: errorMessage(error) }),
              })
            }
          >
            Skriv ut reseptliste til pasienten
          </Button>
          <BodyShort size="small" textColor="subtle">
            Statusen oppdateres av seg selv hvert tredje sekund.
          </BodyShort>
        </HStack>
        {list.isPending && <Loader size="large" title="Henter legemiddellisten …" />}
        {list.isError && <Alert variant="error">{errorMessage(list.error)}</Alert>}
        {list.data && (
          <>
            <PrescriptionTable
              title="Gjeldende resepter"
              testId="current-prescriptions"
              prescriptions={current}
              onRenew={setRenewing}
              onRevoke={setRevoking}
            />
            <PrescriptionTable
              title="Tidligere resepter"
              testId="earlier-prescriptions"
              prescriptions={earlier}
              onRenew={setRenewing}
              onRevoke={setRevoking}
            />
            <RfPrescriptionsSection patientId={patientId} />
          </>
        )}
      </VStack>
      {renewing && (
        <RenewPrescriptionModal
          prescription={renewing}
          onClose={() => setRenewing(null)}
          onDone={(issued) => {
            setRenewing(null);
            toast.show({ variant: 'success', message: `${issued.prescription.drug.nameFormStrength} er fornyet.` });
          }}
        />
      )}
      {revoking && (
        <RevokePrescriptionModal
          prescription={revoking}
          onClose={() => setRevoking(null)}
          onDone={(revoked) => {
            setRevoking(null);
            toast.show({ variant: 'info', message: `Tilbakekalling av ${revoked.drug.nameFormStrength} er sendt.` });
          }}
        />
      )}
    </RoomPage>
  );
}
