import { BodyShort, Button, HStack, Table, Tag, VStack } from '@navikt/ds-react';
import type { PrescriptionView } from '../../../../shared/api/prescription-views';
import { hjemmelOfCode } from '../../../../shared/rules/prescription-rules';
import { formatDate } from '../../ui/format-date';
import { formatDateTime } from '../../ui/format-date-time';
import { PrescriptionStatusTag } from './prescription-status.tag';

/** The view carries the 7427 code ('200'); the doctor reads the paragraph (§ 2). */
function blaHjemmel(code: string | undefined): string {
  if (!code) return '';
  const paragraph = hjemmelOfCode(code);
  return paragraph ? `§ ${paragraph}` : code;
}

const CAN_REVOKE = new Set(['klar', 'sendt', 'registrert']);

/** One prescription in the legemiddelliste: what, how, status with RF's answer, last dispensing, actions. */
export function PrescriptionRow({
  prescription: p,
  onRenew,
  onRevoke,
}: {
  prescription: PrescriptionView;
  onRenew: () => void;
  onRevoke: () => void;
}) {
  const revocable = p.current && CAN_REVOKE.has(p.status) && p.revokeRequestedAt === null;
  return (
    <Table.Row data-testid="prescription-row" data-prescription-id={p.id}>
      <Table.DataCell>
        <VStack gap="space-4">
          <BodyShort size="small" weight="semibold">
            {p.drug.nameFormStrength}
          </BodyShort>
          <BodyShort size="small" textColor="subtle">
            {[
              p.drug.packSize ? `${p.drug.packSize} ${p.drug.packUnit ?? ''}`.trim() : null,
              p.packages !== null ? `${p.packages} pakn.` : null,
              p.reit > 0 ? `reit ${p.reit}` : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </BodyShort>
        </VStack>
      </Table.DataCell>
      <Table.DataCell>
        <BodyShort size="small">{p.dssn}</BodyShort>
        {p.bruksomrade && (
          <BodyShort size="small" textColor="subtle">
            {p.bruksomrade}
          </BodyShort>
        )}
      </Table.DataCell>
      <Table.DataCell>
        <HStack gap="space-4">
          <Tag size="xsmall" variant={p.kind === 'bla' ? 'alt1' : 'neutral'}>
            {p.kind === 'bla' ? `Blå ${blaHjemmel(p.refund?.hjemmel)}` : 'Hvit'}
          </Tag>
          {p.refund?.code && (
            <Tag size="xsmall" variant="neutral">
              {p.refund.code.system} {p.refund.code.code}
            </Tag>
          )}
          {p.locked && (
            <Tag size="xsmall" variant="warning" data-testid="prescription-locked">
              Låst{p.referenceNumber ? `: ref.nr. ${p.referenceNumber}` : ''}
            </Tag>
          )}
          {p.noSubstitution && (
            <Tag size="xsmall" variant="neutral">
              Ikke bytte
            </Tag>
          )}
        </HStack>
      </Table.DataCell>
      <Table.DataCell>
        <VStack gap="space-4">
          <PrescriptionStatusTag status={p.status} label={p.statusLabel} />
          {p.rejectionReason && (
            <BodyShort size="small" data-testid="prescription-rejection">
              Reseptformidleren: {p.rejectionReason}
            </BodyShort>
          )}
          {p.revokeRequestedAt && !p.revokedAt && (
            <BodyShort size="small" textColor="subtle">
              Tilbakekalling sendt {formatDateTime(p.revokeRequestedAt)}
            </BodyShort>
          )}
        </VStack>
      </Table.DataCell>
      <Table.DataCell>
        <BodyShort size="small" data-testid="prescription-dispensed">
          {p.lastDispensedAt ? formatDateTime(p.lastDispensedAt) : 'Ikke utlevert'}
        </BodyShort>
      </Table.DataCell>
      <Table.DataCell>
        <BodyShort size="small">{formatDate(p.expiresOn)}</BodyShort>
      </Table.DataCell>
      <Table.DataCell>
        <HStack gap="space-4" wrap={false}>
          <Button type="button" size="xsmall" variant="secondary" onClick={onRenew}>
            Forny
          </Button>
          {revocable && (
            <Button type="button" size="xsmall" variant="danger" onClick={onRevoke}>
              Tilbakekall
            </Button>
          )}
        </HStack>
      </Table.DataCell>
    </Table.Row>
  );
}
