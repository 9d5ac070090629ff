import { BodyShort, Detail, HStack, Tag } from '@navikt/ds-react';
import { useRef, type KeyboardEvent } from 'react';
import type { RequestSummary } from '../../../../shared/api/requests-views';
import { REQUEST_KIND_LABELS } from '../../../../shared/schemas/requests.schema';
import { formatDate } from '../../ui/format-date';
import { formatDateTime } from '../../ui/format-date-time';
import { SMS_STATUS_LABELS, SMS_STATUS_VARIANTS } from './request-labels';

/**
 * The requests as a keyboard list: ↑/↓ move between them, Enter (or a click) opens one. Each row says which kind,
 * from whom, when, and for an SMS whether a patient was found; a clinical request shows no content here.
 */
export function RequestList({
  requests,
  selectedId,
  onOpen,
}: {
  requests: readonly RequestSummary[];
  selectedId: string | null;
  onOpen: (id: string, focusDetail: boolean) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.request-list__item');
    buttons?.[Math.max(0, Math.min((buttons.length ?? 1) - 1, index + delta))]?.focus();
  };
  if (requests.length === 0) {
    return <BodyShort className="request-list__empty">Ingen henvendelser her.</BodyShort>;
  }
  return (
    <ul className="request-list" ref={list} aria-label="Henvendelser">
      {requests.map((r, index) => (
        <li key={r.id}>
          <button
            type="button"
            className="request-list__item"
            aria-current={r.id === selectedId ? 'true' : undefined}
            data-testid="request-row"
            onClick={() => onOpen(r.id, false)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                onOpen(r.id, true);
              } else move(event, index);
            }}
          >
            <HStack gap="space-8" align="center" wrap={false}>
              <Tag size="xsmall" variant={r.status === 'open' ? 'info' : 'neutral'}>
                {r.status === 'open' ? 'Åpen' : 'Besvart'}
              </Tag>
              <BodyShort weight="semibold" size="small">
                {REQUEST_KIND_LABELS[r.kind]}
              </BodyShort>
              {r.smsStatus && (
                <Tag size="xsmall" variant={SMS_STATUS_VARIANTS[r.smsStatus]}>
                  {SMS_STATUS_LABELS[r.smsStatus]}
                </Tag>
              )}
            </HStack>
            <BodyShort size="small">
              {r.patient ? `${r.patient.name} (${formatDate(r.patient.birthDate)})` : 'Ukjent avsender'}
            </BodyShort>
            <Detail textColor="subtle">
              {formatDateTime(r.receivedAt)}
              {r.doctor ? ` · til ${r.doctor.name}` : ''}
            </Detail>
            {r.restricted ? (
              <Detail textColor="subtle">Klinisk innhold – vises for lege</Detail>
            ) : (
              r.preview && <Detail className="request-list__preview">{r.preview}</Detail>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
