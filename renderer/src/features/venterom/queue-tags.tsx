import { Tag } from '@navikt/ds-react';
import {
  QUEUE_STATUS_LABELS,
  TRIAGE_LABELS,
  type QueueEntryView,
  type QueueStatusView,
} from '../../../../shared/api/queue-views';
import type { TriageLevel } from '../../../../shared/schemas/queue.schema';

const TRIAGE_VARIANT: Record<TriageLevel, 'error' | 'warning' | 'neutral'> = {
  akutt: 'error',
  haster: 'warning',
  vanlig: 'neutral',
};

/** Akutt red, haster orange, vanlig grey; a booked patient nobody triaged shows "Time" instead. */
export function TriageTag({ entry }: { entry: Pick<QueueEntryView, 'triage' | 'source'> }) {
  if (!entry.triage) {
    return (
      <Tag size="small" variant="info" data-testid="triage" data-triage="time">
        Time
      </Tag>
    );
  }
  return (
    <Tag size="small" variant={TRIAGE_VARIANT[entry.triage]} data-testid="triage" data-triage={entry.triage}>
      {TRIAGE_LABELS[entry.triage]}
    </Tag>
  );
}

const STATUS_VARIANT: Record<QueueStatusView, 'alt1' | 'success' | 'neutral' | 'info'> = {
  venter: 'alt1',
  inne: 'info',
  ferdig: 'success',
  gatt: 'neutral',
};

export function QueueStatusTag({ status }: { status: QueueStatusView }) {
  return (
    <Tag size="small" variant={STATUS_VARIANT[status]} data-testid="queue-status" data-status={status}>
      {QUEUE_STATUS_LABELS[status]}
    </Tag>
  );
}
