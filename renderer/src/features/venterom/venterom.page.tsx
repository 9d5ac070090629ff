import { Alert, BodyShort, Button, HGrid, HStack, ToggleGroup, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import type { QueueEntryView } from '../../../../shared/api/queue-views';
import { may } from '../../../../shared/schemas/roles';
import { errorMessage } from '../../api/api-call-error';
import { useCurrentUser } from '../../api/use-auth';
import { RoomPage } from '../../ui/room-page';
import { useShortcut } from '../../ui/shortcuts/use-shortcut';
import { useToast } from '../../ui/toasts/toast-context';
import { NoAccess } from '../shell/no-access';
import { ARRIVAL_SEARCH_ID, ArrivalsPanel } from './arrivals.panel';
import { DropInModal } from './drop-in.modal';
import { NEXT_PATIENT_ID, NextPatientButton } from './next-patient.button';
import { QueueTable } from './queue-table';
import { TriageModal } from './triage.modal';
import { useMarkDone, useMarkLeft, useMinuteClock, useQueueLiveUpdates, useQueueToday } from './use-queue';
import './venterom.css';

/**
 * The venterom: the day's queue for reception and doctors, kept in step across windows by 'queue.changed'.
 * Reception registers arrivals, adds drop-in patients with a hastegrad and changes it; a doctor sees their own
 * queue (or everyone's) and takes the next patient.
 */
export function VenteromPage() {
  const user = useCurrentUser();
  useQueueLiveUpdates();
  const isDoctor = user?.role === 'lege';
  const [scope, setScope] = useState<'mine' | 'all'>(isDoctor ? 'mine' : 'all');
  const canUse = user !== null && may(user.role, 'queue');
  const today = useQueueToday(isDoctor && scope === 'mine', canUse);
  const now = useMinuteClock();
  const [dropIn, setDropIn] = useState(false);
  const [triageOf, setTriageOf] = useState<QueueEntryView | null>(null);
  const markDone = useMarkDone();
  const markLeft = useMarkLeft();
  const toast = useToast();
  const isReception = user?.role === 'helsesekretaer';

  useShortcut(
    {
      id: 'venterom:drop-in',
      keys: ['Alt+D'],
      description: 'Ny drop-in-pasient',
      group: 'Venterom',
      run: () => setDropIn(true),
    },
    canUse,
  );
  useShortcut(
    {
      id: 'venterom:arrival',
      keys: ['Alt+A'],
      description: 'Registrer ankomst (søk blant dagens timer)',
      group: 'Venterom',
      run: () => document.getElementById(ARRIVAL_SEARCH_ID)?.focus(),
    },
    canUse,
  );

  // Focus where the next keystroke belongs: the doctor's "Neste pasient", the reception's arrival search.
  useEffect(() => {
    if (!canUse) return;
    document.getElementById(isDoctor ? NEXT_PATIENT_ID : ARRIVAL_SEARCH_ID)?.focus();
  }, [canUse, isDoctor]);

  if (!user || !canUse) return <NoAccess title="Venterom" />;

  const failed = (error: unknown) => toast.show({ variant: 'error', message: errorMessage(error) });
  const entries = today.data?.entries ?? [];
  const waiting = entries.filter((e) => e.status === 'venter').length;
  const inside = entries.filter((e) => e.status === 'inne').length;

  return (
    <RoomPage title="Venterom" focusHeading={false}>
      <HStack gap="space-16" align="end" justify="space-between">
        <HStack gap="space-16" align="end">
          {isDoctor && <NextPatientButton />}
          <Button variant={isDoctor ? 'secondary' : 'primary'} onClick={() => setDropIn(true)}>
            Ny drop-in (Alt+D)
          </Button>
        </HStack>
        {isDoctor && (
          <ToggleGroup
            size="small"
            label="Vis"
            value={scope}
            onChange={(value) => setScope(value === 'all' ? 'all' : 'mine')}
          >
            <ToggleGroup.Item value="mine">Min kø</ToggleGroup.Item>
            <ToggleGroup.Item value="all">Alle</ToggleGroup.Item>
          </ToggleGroup>
        )}
      </HStack>
      <HGrid columns={{ xs: 1, lg: isReception ? '2fr 1fr' : 1 }} gap="space-24">
        <VStack gap="space-12" as="section" aria-label="Dagens kø">
          <BodyShort size="small" data-testid="queue-summary">
            {waiting} venter · {inside} inne
          </BodyShort>
          {today.isError && (
            <Alert variant="error" size="small">
              {errorMessage(today.error)}
            </Alert>
          )}
          {entries.length === 0 && !today.isLoading ? (
            <BodyShort textColor="subtle">Ingen i køen i dag.</BodyShort>
          ) : (
            <QueueTable
              entries={entries}
              now={now}
              canTriage
              onChangeTriage={setTriageOf}
              onLeft={(entry) => markLeft.mutate({ entryId: entry.id }, { onError: failed })}
              onDone={(entry) => markDone.mutate({ entryId: entry.id }, { onError: failed })}
            />
          )}
        </VStack>
        {!isDoctor && <ArrivalsPanel />}
      </HGrid>
      {isDoctor && <ArrivalsPanel />}
      {dropIn && <DropInModal onClose={() => setDropIn(false)} />}
      {triageOf && <TriageModal entry={triageOf} onClose={() => setTriageOf(null)} />}
    </RoomPage>
  );
}
