import { BodyShort, Detail, HStack, Tag, VStack } from '@navikt/ds-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { InboxItemView, InboxStatus } from '../../../../shared/api/inbox-views';
import { formatIdentityNumber } from '../../ui/format-identity-number';
import { moveSelection, SELECTION_STEPS } from '../patients/search/search-selection';
import { documentHeadline, shownDay } from './inbox-format';

export const INBOX_LIST_ID = 'inbox-list';

const STATUS_VARIANT: Record<InboxStatus, 'warning' | 'info' | 'success' | 'error'> = {
  uavklart: 'warning',
  til_behandling: 'info',
  arkivert: 'success',
  ugyldig: 'error',
};

export function optionId(id: string): string {
  return `inbox-item-${id}`;
}

/**
 * The documents as one listbox: ↑/↓ (and PgUp/PgDn) move the mark, Enter opens the marked one. The list keeps
 * focus while the document shows beside it, so the next keystroke goes on walking.
 */
export function InboxList({
  items,
  activeId,
  openId,
  onActivate,
  onOpen,
}: {
  items: readonly InboxItemView[];
  activeId: string | null;
  openId: string | null;
  onActivate: (id: string | null) => void;
  onOpen: (id: string) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const ids = items.map((i) => i.id);
  useEffect(() => {
    if (activeId) document.getElementById(optionId(activeId))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = SELECTION_STEPS[event.key];
    if (step !== undefined) {
      event.preventDefault();
      onActivate(moveSelection(ids, activeId, step));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = activeId ?? ids[0];
      if (target) onOpen(target);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      onActivate((event.key === 'Home' ? ids[0] : ids.at(-1)) ?? null);
    }
  };

  return (
    <ul
      id={INBOX_LIST_ID}
      ref={list}
      role="listbox"
      aria-label="Dokumenter i innboksen"
      tabIndex={0}
      aria-activedescendant={activeId ? optionId(activeId) : undefined}
      className="inbox-list"
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (!activeId && ids[0]) onActivate(ids[0]);
      }}
    >
      {items.map((item) => (
        <li
          key={item.id}
          id={optionId(item.id)}
          role="option"
          aria-selected={item.id === activeId}
          data-open={item.id === openId ? 'true' : undefined}
          className="inbox-list__item"
          onClick={() => {
            onActivate(item.id);
            onOpen(item.id);
          }}
        >
          <VStack gap="space-2">
            <HStack justify="space-between" gap="space-8" wrap={false}>
              <BodyShort weight="semibold" truncate>
                {item.patient
                  ? `${item.patient.name} (${formatIdentityNumber(item.patient.identityNumber)})`
                  : `Ukjent pasient${item.patientInMessage.name ? `: ${item.patientInMessage.name}` : ''}`}
              </BodyShort>
              <Tag size="xsmall" variant={STATUS_VARIANT[item.status]}>
                {item.statusLabel}
              </Tag>
            </HStack>
            <BodyShort size="small" truncate>
              {documentHeadline(item.kindLabel, item.title)}
            </BodyShort>
            <Detail textColor="subtle" truncate>
              {item.sender.name} · {shownDay(item.documentDate ?? item.receivedAt)}
            </Detail>
          </VStack>
        </li>
      ))}
    </ul>
  );
}
