import { PencilIcon, XMarkOctagonIcon } from '@navikt/aksel-icons';
import { Button, HStack } from '@navikt/ds-react';
import { useState } from 'react';
import type { NoteDetail } from '../../../../../shared/api/views';
import { useMarkEnteredInError, useStartCorrection } from '../../../api/use-journal';
import { useShortcut } from '../../../ui/shortcuts/use-shortcut';
import { useToast } from '../../../ui/toasts/toast-context';
import { ReasonModal } from './reason.modal';

/** What can be done with a signed note: correct it (a new version with a reason) or mark it feilregistrert. */
export function NoteActions({ note }: { note: NoteDetail }) {
  const [asking, setAsking] = useState<'correct' | 'error' | null>(null);
  const correct = useStartCorrection();
  const markError = useMarkEnteredInError();
  const toast = useToast();
  const signed = (note.status === 'signert' || note.status === 'rettet') && note.draft === null;

  useShortcut(
    {
      id: 'journal:correct',
      keys: ['Alt+R'],
      description: 'Rett det åpne notatet (spør om begrunnelse)',
      group: 'Journal',
      run: () => setAsking('correct'),
    },
    signed,
  );

  if (!signed) return null;
  return (
    <>
      <HStack gap="space-8">
        <Button
          type="button"
          size="small"
          variant="secondary"
          icon={<PencilIcon aria-hidden />}
          onClick={() => setAsking('correct')}
          aria-keyshortcuts="Alt+R"
        >
          Rett notat (Alt+R)
        </Button>
        <Button
          type="button"
          size="small"
          variant="tertiary"
          icon={<XMarkOctagonIcon aria-hidden />}
          onClick={() => setAsking('error')}
        >
          Feilregistrer
        </Button>
      </HStack>
      {asking === 'correct' && (
        <ReasonModal
          noteId={note.id}
          heading="Rett notat"
          explanation="Rettingen blir en ny versjon av notatet. Den signerte teksten endres ikke og blir stående synlig i historikken."
          submitLabel="Start retting (Ctrl+Enter)"
          pending={correct.isPending}
          error={correct.error}
          onClose={() => {
            correct.reset();
            setAsking(null);
          }}
          onSubmit={(input) =>
            correct.mutate(input, {
              onSuccess: () => setAsking(null),
            })
          }
        />
      )}
      {asking === 'error' && (
        <ReasonModal
          noteId={note.id}
          heading="Feilregistrer notat"
          explanation="Bruk dette når notatet er skrevet i feil pasient eller ikke skulle vært skrevet. Notatet slettes ikke, men merkes tydelig som feilregistrert."
          submitLabel="Feilregistrer (Ctrl+Enter)"
          danger
          pending={markError.isPending}
          error={markError.error}
          onClose={() => {
            markError.reset();
            setAsking(null);
          }}
          onSubmit={(input) =>
            markError.mutate(input, {
              onSuccess: () => {
                setAsking(null);
                toast.show({ variant: 'info', message: 'Notatet er merket som feilregistrert.' });
              },
            })
          }
        />
      )}
    </>
  );
}
