import { Alert, BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { NoteDetail, NoteVersionView } from '../../../../../shared/api/views';
import { errorMessage, unwrap } from '../../../api/api-call-error';
import { useApi } from '../../../api/api-context';
import { usePatchTimelineEntry, useSignNote } from '../../../api/use-journal';
import { useSnippets } from '../../../api/use-snippets';
import type { ShortcutEvent } from '../../../ui/shortcuts/shortcut-registry';
import { useShortcut, useShortcutHelp } from '../../../ui/shortcuts/use-shortcut';
import { useToast } from '../../../ui/toasts/toast-context';
import { contactTypeLabel, formatNoteTime } from '../journal-format';
import { SnippetsModal } from '../snippets/snippets.modal';
import { AutosaveStatusLine } from './autosave-status';
import { DiagnosesFields } from './diagnoses-fields';
import { DiscardDraftModal } from './discard-draft.modal';
import { MeasurementsFields } from './measurements-fields';
import {
  formValuesFromVersion,
  measurementProblems,
  TEXT_FIELDS,
  timelinePatch,
  toDraftInput,
  type NoteFormValues,
} from './note-form-values';
import { noteFieldId, NoteTextFields } from './note-text-fields';
import { useAutosave } from './use-autosave';

/**
 * Where the next keystroke belongs: Kontaktårsak in a new note; in a draft taken up again (after a crash, say), the
 * end of the last field with text, where the doctor most likely left off.
 */
function focusWhereLeftOff(values: NoteFormValues): void {
  const last = [...TEXT_FIELDS].reverse().find((f) => values.fields[f].trim() !== '');
  const element = document.getElementById(noteFieldId(last ?? 'reasonForContact'));
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
  element.focus();
  element.setSelectionRange(element.value.length, element.value.length);
}

/** Ctrl+Enter in a dialog over the editor (fraser, forkast) belongs to that dialog, never to signing behind it. */
function outsideDialogs(event: ShortcutEvent): boolean {
  return !(event.target instanceof Element && event.target.closest('dialog, [role="dialog"]'));
}

/**
 * Writing a note, keyboard first: the text fields, diagnoses and measurements are saved continuously (autosave);
 * Ctrl+Enter signs, after which the note is read-only. A correction is written here too, with its reason shown.
 */
export function NoteEditor({ note, draft }: { note: NoteDetail; draft: NoteVersionView }) {
  const api = useApi();
  const toast = useToast();
  const headingId = useId();
  const form = useForm<NoteFormValues>({ defaultValues: formValuesFromVersion(draft) });
  const { getValues } = form;
  const snippets = useSnippets();
  const sign = useSignNote();
  const [signError, setSignError] = useState<string | null>(null);
  const [discarding, setDiscarding] = useState(false);
  const [editingSnippets, setEditingSnippets] = useState(false);
  const correction = draft.kind === 'retting';

  const patchTimeline = usePatchTimelineEntry();
  // A note never signed is shown in the timeline by its draft; a correction's draft waits until it is signed.
  const showsInTimeline = note.current.id === draft.id;
  const save = useCallback(async () => {
    const values = getValues();
    const { savedAt } = await unwrap(api.journal.saveDraft(toDraftInput(note.id, draft.id, values)));
    if (showsInTimeline) patchTimeline(note.patientId, note.id, timelinePatch(values));
    return savedAt;
  }, [api, note.id, note.patientId, draft.id, getValues, showsInTimeline, patchTimeline]);
  const { scheduler, status } = useAutosave(save, draft.savedAt);
  const touch = useCallback(() => scheduler.touch(), [scheduler]);

  useEffect(() => focusWhereLeftOff(getValues()), [getValues]);

  // Set at once, before the flush is awaited: a second Ctrl+Enter must not start a second signing.
  const signing = useRef(false);
  const signNow = async () => {
    if (signing.current) return;
    signing.current = true;
    try {
      await flushAndSign();
    } finally {
      signing.current = false;
    }
  };
  const flushAndSign = async () => {
    setSignError(null);
    if (Object.keys(measurementProblems(getValues().measurements)).length > 0) {
      setSignError('Rett målingene som er utenfor gyldig område før du signerer.');
      return;
    }
    if (!(await scheduler.flush())) {
      setSignError('Utkastet er ikke lagret, så det kan ikke signeres ennå. Prøv igjen om litt.');
      return;
    }
    // Awaited rather than mutate's callbacks: a signed note replaces this editor, and callbacks of an unmounted
    // component never run.
    try {
      await sign.mutateAsync({ noteId: note.id, versionId: draft.id });
      toast.show({ variant: 'success', message: correction ? 'Rettingen er signert.' : 'Notatet er signert.' });
    } catch (error) {
      setSignError(errorMessage(error));
    }
  };

  useShortcut({
    id: 'journal:sign',
    keys: ['Ctrl+Enter'],
    description: 'Signer notatet',
    group: 'Journal',
    when: outsideDialogs,
    run: () => void signNow(),
  });
  useShortcut({
    id: 'journal:save',
    keys: ['Ctrl+S'],
    description: 'Lagre utkastet nå (det lagres også av seg selv)',
    group: 'Journal',
    run: () => void scheduler.flush(),
  });
  useShortcutHelp({
    id: 'journal:snippet',
    keys: ['Tab', 'Mellomrom'],
    description: 'Etter .kortnavn i et tekstfelt (f.eks. .lunge): sett inn frasen',
    group: 'Journal',
  });
  useShortcutHelp({
    id: 'journal:code',
    keys: ['↓', '↑', 'Enter'],
    description: 'I ICPC-2 og ICD-10: velg kode fra forslagene',
    group: 'Journal',
  });

  return (
    <FormProvider {...form}>
      <form
        className="note-editor"
        aria-labelledby={headingId}
        noValidate
        onSubmit={(event) => event.preventDefault()}
        data-testid="note-editor"
      >
        <VStack gap="space-16">
          <HStack justify="space-between" align="start" gap="space-8" wrap={false} className="note-editor__header">
            <VStack gap="space-4">
              <Heading level="2" size="small" id={headingId}>
                {correction ? 'Retting av notat' : 'Nytt notat'}: {contactTypeLabel(note.contactType)}{' '}
                {formatNoteTime(note.occurredAt)}
              </Heading>
              <BodyShort size="small" textColor="subtle">
                Utkast, ikke signert. Skrives av {draft.authorName}.
              </BodyShort>
            </VStack>
            <VStack gap="space-4" align="end">
              <AutosaveStatusLine status={status} />
              <Button
                type="button"
                size="small"
                className="note-editor__sign"
                loading={sign.isPending}
                onClick={() => void signNow()}
                aria-keyshortcuts="Control+Enter"
              >
                Signer (Ctrl+Enter)
              </Button>
            </VStack>
          </HStack>
          {correction && (
            <Alert variant="info" size="small">
              Du retter et signert notat. Begrunnelse: «{draft.changeReason}». Den signerte teksten blir stående i
              historikken.
            </Alert>
          )}
          <NoteTextFields snippets={snippets.data ?? []} onChange={touch} />
          <DiagnosesFields onChange={touch} />
          <MeasurementsFields onChange={touch} />
          {signError && (
            <Alert variant="error" size="small" role="alert">
              {signError}
            </Alert>
          )}
          <HStack gap="space-8" align="center">
            <Button type="button" variant="secondary" onClick={() => setEditingSnippets(true)}>
              Fraser
            </Button>
            <Button type="button" variant="tertiary" onClick={() => setDiscarding(true)}>
              Forkast utkast
            </Button>
          </HStack>
        </VStack>
      </form>
      {discarding && (
        <DiscardDraftModal
          noteId={note.id}
          correction={correction}
          beforeDiscard={() => scheduler.flush()}
          onClose={() => setDiscarding(false)}
        />
      )}
      {editingSnippets && <SnippetsModal onClose={() => setEditingSnippets(false)} />}
    </FormProvider>
  );
}
