import { Textarea, TextField, VStack } from '@navikt/ds-react';
import type { KeyboardEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import type { SnippetView } from '../../../../../shared/api/views';
import type { NoteFields } from '../../../../../shared/schemas/journal.schema';
import { FIELD_LABELS, TEXT_FIELDS, type NoteFormValues } from './note-form-values';
import { expandSnippet, SNIPPET_KEYS } from './snippet-expansion';

const DESCRIPTIONS: Partial<Record<keyof NoteFields, string>> = {
  reasonForContact: 'Hvorfor pasienten tok kontakt, med pasientens egne ord',
};

/** The element id of a text field, for focus and labels. */
export function noteFieldId(field: keyof NoteFields): string {
  return `note-field-${field}`;
}

/**
 * Kontaktårsak and the four SOAP fields. Typing `.kortnavn` followed by Tab or Space puts in the doctor's frase;
 * Tab moves on as usual when nothing is to be expanded.
 */
export function NoteTextFields({ snippets, onChange }: { snippets: readonly SnippetView[]; onChange: () => void }) {
  const { register, setValue } = useFormContext<NoteFormValues>();

  const expandOnKey = (field: keyof NoteFields) => (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
    if (!(SNIPPET_KEYS as readonly string[]).includes(event.key)) return;
    const element = event.currentTarget;
    const caret = element.selectionStart ?? element.value.length;
    if (caret !== (element.selectionEnd ?? caret)) return;
    const expansion = expandSnippet(element.value, caret, snippets, event.key);
    if (!expansion) return;
    event.preventDefault();
    setValue(`fields.${field}`, expansion.text, { shouldDirty: true });
    element.setSelectionRange(expansion.caret, expansion.caret);
    onChange();
  };

  return (
    <VStack gap="space-12">
      {TEXT_FIELDS.map((field) =>
        field === 'reasonForContact' ? (
          <TextField
            key={field}
            id={noteFieldId(field)}
            label={FIELD_LABELS[field]}
            description={DESCRIPTIONS[field]}
            autoComplete="off"
            maxLength={500}
            {...register(`fields.${field}`, { onChange })}
            onKeyDown={expandOnKey(field)}
          />
        ) : (
          <Textarea
            key={field}
            id={noteFieldId(field)}
            label={FIELD_LABELS[field]}
            minRows={3}
            resize="vertical"
            {...register(`fields.${field}`, { onChange })}
            onKeyDown={expandOnKey(field)}
          />
        ),
      )}
    </VStack>
  );
}
