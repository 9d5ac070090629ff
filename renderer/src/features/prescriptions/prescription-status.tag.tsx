import { Tag } from '@navikt/ds-react';
import type { PrescriptionStatusView } from '../../../../shared/api/prescription-views';

const VARIANT: Record<PrescriptionStatusView, 'neutral' | 'info' | 'success' | 'error' | 'warning' | 'alt1'> = {
  klar: 'neutral',
  sendt: 'info',
  registrert: 'alt1',
  avvist: 'error',
  utlevert: 'success',
  tilbakekalt: 'warning',
  utlopt: 'neutral',
};

/** The prescription's status in the words main gives (PRESCRIPTION_STATUS_LABELS). */
export function PrescriptionStatusTag({ status, label }: { status: PrescriptionStatusView; label: string }) {
  return (
    <Tag
      size="small"
      variant={VARIANT[status]}
      className="prescription-status"
      data-testid="prescription-status"
      data-status={status}
    >
      {label}
    </Tag>
  );
}
