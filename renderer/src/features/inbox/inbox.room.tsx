import { Alert, BodyShort, Heading, HGrid, HStack, Loader, ToggleGroup, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { InboxItemView } from '../../../../shared/api/inbox-views';
import { may } from '../../../../shared/schemas/roles';
import { errorMessage } from '../../api/api-call-error';
import { useCurrentUser } from '../../api/use-auth';
import { RoomPage } from '../../ui/room-page';
import { useShortcut, useShortcutHelp } from '../../ui/shortcuts/use-shortcut';
import { useToast } from '../../ui/toasts/toast-context';
import { NoAccess } from '../shell/no-access';
import { InboxDocument } from './inbox-document';
import { INBOX_LIST_ID, InboxList } from './inbox-list';
import { MatchPatientModal } from './match-patient.modal';
import { useFileDocument, useInboxDocument, useInboxList, useInboxLiveUpdates } from './use-inbox';
import './inbox.css';

type View = 'aktive' | 'arkivert' | 'alle';

/** The queue first (what a person must sort out), then what waits for a clinician, then the rest. */
const ORDER: Record<InboxItemView['status'], number> = { uavklart: 0, ugyldig: 1, til_behandling: 2, arkivert: 3 };

/**
 * Innboks for the fastlege: documents from other services (epikrise, dialogmelding, svar) matched to patient and
 * henvisning, read as text and filed into the journal with a signature that they were read. Unmatched documents
 * wait at the top with the reason, for a clinician to pick the patient. Keyboard: ↑/↓ walk the list, Enter opens,
 * Alt+G files the open document, Alt+U picks the patient of an unmatched one.
 */
export function InboxRoom() {
  const user = useCurrentUser();
  const canUse = user !== null && may(user.role, 'clinicalInbox');
  useInboxLiveUpdates();
  const [view, setView] = useState<View>('aktive');
  const list = useInboxList(view, canUse);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [matching, setMatching] = useState(false);
  const doc = useInboxDocument(openId);
  const file = useFileDocument();
  const toast = useToast();

  const items = [...(list.data?.items ?? [])].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const queued = items.filter((i) => i.status === 'uavklart').length;

  const fileOpen = (comment = '') => {
    const current = doc.data;
    if (!current || current.status !== 'til_behandling' || file.isPending) return;
    file.mutate(
      { documentId: current.id, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      {
        onSuccess: (filed) => {
          toast.show({
            variant: 'success',
            message: `${filed.kindLabel} er arkivert i journalen til ${filed.patient?.name ?? 'pasienten'}.`,
          });
          document.getElementById(INBOX_LIST_ID)?.focus();
        },
      },
    );
  };

  useShortcut(
    {
      id: 'inbox:file',
      keys: ['Alt+G'],
      description: 'Signer lest og arkiver det åpne dokumentet i journalen',
      group: 'Innboks',
      run: () => fileOpen(),
    },
    canUse && doc.data?.status === 'til_behandling',
  );
  useShortcut(
    {
      id: 'inbox:match',
      keys: ['Alt+U'],
      description: 'Velg pasient for det åpne, uavklarte dokumentet',
      group: 'Innboks',
      run: () => setMatching(true),
    },
    canUse && doc.data?.status === 'uavklart',
  );
  useShortcutHelp(
    { id: 'inbox:walk', keys: ['↓', '↑', 'Enter'], description: 'Gå i listen og åpne dokumentet', group: 'Innboks' },
    canUse,
  );

  if (!canUse) return <NoAccess title="Innboks" />;

  return (
    <RoomPage title="Innboks">
      <HStack justify="space-between" align="end" gap="space-16">
        <BodyShort size="small" data-testid="inbox-summary">
          {list.data
            ? `${list.data.counts.til_behandling} til behandling · ${list.data.counts.uavklart} uavklart · ${list.data.counts.ugyldig} ugyldig`
            : ' '}
        </BodyShort>
        <ToggleGroup size="small" label="Vis" value={view} onChange={(value) => setView(value as View)}>
          <ToggleGroup.Item value="aktive">Til behandling</ToggleGroup.Item>
          <ToggleGroup.Item value="arkivert">Arkivert</ToggleGroup.Item>
          <ToggleGroup.Item value="alle">Alle</ToggleGroup.Item>
        </ToggleGroup>
      </HStack>
      {list.isError && (
        <Alert variant="error" size="small">
          {errorMessage(list.error)}
        </Alert>
      )}
      <HGrid columns={{ xs: 1, lg: 'minmax(18rem, 2fr) 3fr' }} gap="space-24" align="start">
        <VStack gap="space-8" as="section" aria-label="Dokumenter">
          {queued > 0 && (
            <Alert variant="warning" size="small" data-testid="inbox-queue-notice">
              {queued === 1 ? 'Ett dokument' : `${queued} dokumenter`} venter på at noen velger pasient.
            </Alert>
          )}
          {list.isPending ? (
            <Loader size="small" title="Henter innboksen …" />
          ) : items.length === 0 ? (
            <BodyShort textColor="subtle">
              {view === 'aktive' ? 'Ingenting venter i innboksen.' : 'Ingen dokumenter her.'}
            </BodyShort>
          ) : (
            <InboxList items={items} activeId={activeId} openId={openId} onActivate={setActiveId} onOpen={setOpenId} />
          )}
        </VStack>
        <VStack as="section" aria-label="Dokumentet" className="inbox-room__reader">
          {openId === null ? (
            <BodyShort textColor="subtle">Velg et dokument i listen (↓ og Enter).</BodyShort>
          ) : doc.isPending ? (
            <Loader size="small" title="Åpner dokumentet …" />
          ) : doc.isError ? (
            <Alert variant="error" size="small">
              {errorMessage(doc.error)}
            </Alert>
          ) : (
            <>
              <Heading level="2" size="xsmall" visuallyHidden>
                Åpent dokument
              </Heading>
              <InboxDocument
                key={doc.data.id}
                doc={doc.data}
                filing={file.isPending}
                fileError={file.error}
                onFile={fileOpen}
                onMatch={() => setMatching(true)}
              />
            </>
          )}
        </VStack>
      </HGrid>
      {matching && doc.data && <MatchPatientModal doc={doc.data} onClose={() => setMatching(false)} />}
    </RoomPage>
  );
}
