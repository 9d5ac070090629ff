import {
  Alert,
  BodyShort,
  Button,
  Checkbox,
  Detail,
  HStack,
  Heading,
  Loader,
  Table,
  Textarea,
  ToggleGroup,
  VStack,
} from '@navikt/ds-react';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ReferralDetailView, ReferralListItem } from '../../../../shared/api/referral-views';
import { HASTEGRAD, REFERRAL_PURPOSES, type ReferralListFilter } from '../../../../shared/schemas/referral.schema';
import { errorMessage } from '../../api/api-call-error';
import { downloadBase64File } from '../../ui/files/download-file';
import { formatDate } from '../../ui/format-date';
import { formatDateTime } from '../../ui/format-date-time';
import { RoomPage } from '../../ui/room-page';
import { usePatientContext } from '../patients/patient-context';
import { recipientName } from './recipient-picker';
import { referralPaths } from './referral-paths';
import { ReferralShortcuts } from './referral-shortcuts';
import { RegisterImportSection } from './register-import.section';
import { OverdueTags, ReferralStatusTag } from './referral-status.tag';
import { useCancelReferral, useReferral, useReferralLetter, useReferralList } from './use-referrals';
import './referrals.css';

const FILTERS: { value: ReferralListFilter; label: string }[] = [
  { value: 'aktive', label: 'Venter på svar' },
  { value: 'forsinket', label: 'Forsinket' },
  { value: 'utkast', label: 'Utkast' },
  { value: 'avsluttet', label: 'Avsluttet' },
  { value: 'alle', label: 'Alle' },
];

/** Henvisninger: the clinic's referrals with their status and overdue flags; open one to see its history. */
export function ReferralsRoom() {
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<ReferralListFilter>('alle');
  const [mine, setMine] = useState(false);
  const selected = params.get('valgt');
  const list = useReferralList({ filter, mine });
  const { patientId } = usePatientContext();
  const navigate = useNavigate();
  return (
    <RoomPage title="Henvisninger">
      <ReferralShortcuts enabled />
      <HStack gap="space-16" align="end" wrap>
        <ToggleGroup size="small" value={filter} onChange={(v) => setFilter(v as ReferralListFilter)} label="Vis">
          {FILTERS.map((f) => (
            <ToggleGroup.Item key={f.value} value={f.value}>
              {f.label}
            </ToggleGroup.Item>
          ))}
        </ToggleGroup>
        <Checkbox size="small" checked={mine} onChange={(e) => setMine(e.target.checked)}>
          Bare mine
        </Checkbox>
        {patientId && (
          <Button size="small" variant="secondary" onClick={() => void navigate(referralPaths.compose(patientId))}>
            Ny henvisning for pasienten (Alt+I)
          </Button>
        )}
      </HStack>
      {list.isPending && <Loader title="Henter henvisninger …" />}
      {list.isError && <Alert variant="error">{errorMessage(list.error)}</Alert>}
      {list.data && list.data.length === 0 && <BodyShort>Ingen henvisninger her.</BodyShort>}
      {list.data && list.data.length > 0 && (
        <ReferralTable items={list.data} selected={selected} onOpen={(id) => setParams(id ? { valgt: id } : {})} />
      )}
      {selected && <ReferralDetail id={selected} />}
      <RegisterImportSection />
    </RoomPage>
  );
}

function ReferralTable({
  items,
  selected,
  onOpen,
}: {
  items: readonly ReferralListItem[];
  selected: string | null;
  onOpen: (id: string) => void;
}) {
  return (
    <Table size="small" data-testid="referral-list">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Pasient</Table.HeaderCell>
          <Table.HeaderCell>Mottaker</Table.HeaderCell>
          <Table.HeaderCell>Hastegrad</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Sendt</Table.HeaderCell>
          <Table.HeaderCell>Vurderes innen / frist</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((r) => (
          <Table.Row
            key={r.id}
            selected={r.id === selected}
            className={r.id === selected ? 'referral-row--selected' : undefined}
          >
            <Table.DataCell>
              <Button variant="tertiary" size="xsmall" onClick={() => onOpen(r.id)}>
                {r.patient.name}
              </Button>
            </Table.DataCell>
            <Table.DataCell>{r.recipient ? recipientName(r.recipient) : '–'}</Table.DataCell>
            <Table.DataCell>{r.hastegrad ? HASTEGRAD[r.hastegrad] : '–'}</Table.DataCell>
            <Table.DataCell>
              <HStack gap="space-4" wrap>
                <ReferralStatusTag status={r.status} />
                <OverdueTags overdue={r.overdue} />
              </HStack>
            </Table.DataCell>
            <Table.DataCell>{r.sentAt ? formatDateTime(r.sentAt) : '–'}</Table.DataCell>
            <Table.DataCell>
              {r.frist
                ? `Frist ${formatDate(r.frist)}`
                : r.overdue.assessmentDue
                  ? formatDate(r.overdue.assessmentDue)
                  : '–'}
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function ReferralDetail({ id }: { id: string }) {
  const referral = useReferral(id);
  if (referral.isPending) return <Loader title="Henter henvisningen …" />;
  if (referral.isError) return <Alert variant="error">{errorMessage(referral.error)}</Alert>;
  return <ReferralDetailBody r={referral.data} />;
}

function ReferralDetailBody({ r }: { r: ReferralDetailView }) {
  const navigate = useNavigate();
  const letter = useReferralLetter();
  const cancel = useCancelReferral();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <VStack gap="space-12" data-testid="referral-detail" className="referral-detail">
      <Heading level="2" size="medium">
        {r.patient.name} – {r.recipient ? recipientName(r.recipient) : 'uten mottaker'}
      </Heading>
      <HStack gap="space-8" wrap>
        <ReferralStatusTag status={r.status} />
        <OverdueTags overdue={r.overdue} />
      </HStack>
      {r.rejectionReason && <Alert variant="error">Avvist: {r.rejectionReason}</Alert>}
      <BodyShort>
        {r.hastegrad ? HASTEGRAD[r.hastegrad] : ''} {r.purpose ? `· ${REFERRAL_PURPOSES[r.purpose]}` : ''} · Henvist av{' '}
        {r.authorName}
      </BodyShort>
      <BodyShort>{r.content.problemstilling}</BodyShort>
      {r.overdue.assessmentDue && !r.frist && (
        <Detail>Skal være vurdert innen {formatDate(r.overdue.assessmentDue)} (10 virkedager etter mottak).</Detail>
      )}
      {r.frist && <Detail>Frist for nødvendig helsehjelp: {formatDate(r.frist)}</Detail>}
      {r.appointmentAt && <Detail>Time hos spesialisten: {formatDateTime(r.appointmentAt)}</Detail>}
      {r.cancelReason && <Detail>Trukket tilbake: {r.cancelReason}</Detail>}
      <Heading level="3" size="xsmall">
        Historikk
      </Heading>
      <ol className="referral-events" data-testid="referral-events">
        {r.events.map((e) => (
          <li key={`${e.kind}-${e.at}`}>
            {e.at.length === 10 ? formatDate(e.at) : formatDateTime(e.at)}: {e.label}
            {e.detail ? ` – ${e.detail}` : ''}
          </li>
        ))}
      </ol>
      <HStack gap="space-8">
        <Button
          size="small"
          variant="secondary"
          loading={letter.isPending}
          onClick={() =>
            letter.mutate(r.id, {
              onSuccess: ({ fileName, pdfBase64 }) => downloadBase64File(fileName, pdfBase64, 'application/pdf'),
            })
          }
        >
          Last ned som brev (PDF)
        </Button>
        {r.status === 'utkast' && (
          <Button size="small" onClick={() => void navigate(`${referralPaths.compose(r.patient.id)}?utkast=${r.id}`)}>
            Fortsett utkastet
          </Button>
        )}
        {['sendt', 'mottatt', 'vurdert', 'avvist'].includes(r.status) && !cancelling && (
          <Button
            size="small"
            variant="secondary"
            onClick={() => void navigate(`${referralPaths.compose(r.patient.id)}?endre=${r.id}`)}
          >
            Endre
          </Button>
        )}
        {['sendt', 'mottatt', 'vurdert', 'avvist'].includes(r.status) && !cancelling && (
          <Button size="small" variant="danger" onClick={() => setCancelling(true)}>
            Trekk tilbake
          </Button>
        )}
      </HStack>
      {cancelling && (
        <VStack gap="space-8">
          <Textarea
            label="Hvorfor trekkes henvisningen tilbake?"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={cancel.isError ? errorMessage(cancel.error) : undefined}
          />
          <HStack gap="space-8">
            <Button
              size="small"
              variant="danger"
              loading={cancel.isPending}
              onClick={() => cancel.mutate({ referralId: r.id, reason }, { onSuccess: () => setCancelling(false) })}
            >
              Send annullering
            </Button>
            <Button size="small" variant="tertiary" onClick={() => setCancelling(false)}>
              Avbryt
            </Button>
          </HStack>
        </VStack>
      )}
    </VStack>
  );
}
