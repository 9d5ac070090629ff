import { Alert, Checkbox, HStack, Loader, Select, ToggleGroup, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import {
  REQUEST_KIND_LABELS,
  REQUEST_KINDS,
  type RequestKindCode,
  type RequestList as RequestListFilter,
} from '../../../../shared/schemas/requests.schema';
import { errorMessage } from '../../api/api-call-error';
import { useCurrentUser } from '../../api/use-auth';
import { RoomPage } from '../../ui/room-page';
import { useShortcutHelp } from '../../ui/shortcuts/use-shortcut';
import { RequestDetailView } from './request-detail';
import { RequestList } from './request-list';
import { SmsSettingsPanel } from './sms-settings.panel';
import { useRequest, useRequestList, useRequestsLive } from './use-requests';
import './requests.css';

type StatusFilter = 'open' | 'closed' | 'all';

/**
 * Henvendelser: what patients sent (Helsenorge-like requests and booking SMS), by kind and status; open one,
 * match an SMS to a patient, answer and close. Reception sees the administrative ones whole and only that a
 * fornye-resept request exists and for whom; the doctor reads and answers those. Keyboard: ↑/↓ and Enter in the
 * list, Alt+B to the answer, Ctrl+Enter sends, Alt+T opens the timebok for the patient.
 */
export function RequestsPage() {
  const user = useCurrentUser();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [kind, setKind] = useState<RequestKindCode | ''>('');
  const [mine, setMine] = useState(false);
  const [selected, setSelected] = useState<{ id: string; focus: boolean } | null>(null);
  useRequestsLive();
  const filter: RequestListFilter = {
    ...(status !== 'all' && { status }),
    ...(kind !== '' && { kind }),
    ...(mine && { mine: true }),
  };
  const list = useRequestList(filter);
  const detail = useRequest(selected?.id ?? null);
  const isDoctor = user?.role === 'lege';
  useShortcutHelp({
    id: 'requests:list',
    keys: ['↓', '↑', 'Enter'],
    description: 'Flytt i listen over henvendelser og åpne en',
    group: 'Henvendelser',
  });

  return (
    <RoomPage title="Henvendelser">
      <HStack gap="space-16" align="end" wrap>
        <ToggleGroup label="Status" size="small" value={status} onChange={(value) => setStatus(value as StatusFilter)}>
          <ToggleGroup.Item value="open" label="Åpne" />
          <ToggleGroup.Item value="closed" label="Besvarte" />
          <ToggleGroup.Item value="all" label="Alle" />
        </ToggleGroup>
        <Select
          label="Type"
          size="small"
          value={kind}
          onChange={(event) => setKind(event.target.value as RequestKindCode | '')}
        >
          <option value="">Alle typer</option>
          {REQUEST_KINDS.map((k) => (
            <option key={k} value={k}>
              {REQUEST_KIND_LABELS[k]}
            </option>
          ))}
        </Select>
        {isDoctor && (
          <Checkbox size="small" checked={mine} onChange={(event) => setMine(event.target.checked)}>
            Bare sendt til meg
          </Checkbox>
        )}
      </HStack>
      <div className="requests__layout">
        <VStack gap="space-8" className="requests__list">
          {list.isPending && <Loader size="small" title="Henter henvendelser" />}
          {list.isError && (
            <Alert variant="error" size="small" role="alert">
              {errorMessage(list.error)}
            </Alert>
          )}
          {list.data && (
            <RequestList
              requests={list.data}
              selectedId={selected?.id ?? null}
              onOpen={(id, focus) => setSelected({ id, focus })}
            />
          )}
        </VStack>
        <div className="requests__detail">
          {detail.isError && (
            <Alert variant="error" size="small" role="alert">
              {errorMessage(detail.error)}
            </Alert>
          )}
          {selected && detail.isPending && <Loader size="small" title="Åpner henvendelsen" />}
          {detail.data && (
            <RequestDetailView key={detail.data.id} request={detail.data} focusOnOpen={selected?.focus ?? false} />
          )}
        </div>
      </div>
      <SmsSettingsPanel canEdit={user?.role === 'helsesekretaer'} />
    </RoomPage>
  );
}
