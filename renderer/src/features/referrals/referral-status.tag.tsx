import { Tag, type TagProps } from '@navikt/ds-react';
import {
  REFERRAL_STATUS_LABELS,
  type ReferralOverdue,
  type ReferralStatusView,
} from '../../../../shared/api/referral-views';

const VARIANTS: Record<ReferralStatusView, TagProps['variant']> = {
  utkast: 'neutral',
  sendt: 'info',
  mottatt: 'info',
  avvist: 'error',
  vurdert: 'success',
  epikrise_mottatt: 'success',
  annullert: 'neutral',
  forkastet: 'neutral',
};

export function ReferralStatusTag({ status }: { status: ReferralStatusView }) {
  return (
    <Tag size="small" variant={VARIANTS[status]}>
      {REFERRAL_STATUS_LABELS[status]}
    </Tag>
  );
}

/** The overdue flags: no AppRec in a day, no assessment in 10 working days. */
export function OverdueTags({ overdue }: { overdue: ReferralOverdue }) {
  return (
    <>
      {overdue.noAppRec && (
        <Tag size="small" variant="warning" data-testid="overdue-apprec">
          Ingen kvittering etter ett døgn
        </Tag>
      )}
      {overdue.noAssessment && (
        <Tag size="small" variant="warning" data-testid="overdue-assessment">
          Ikke vurdert innen 10 virkedager
        </Tag>
      )}
    </>
  );
}
