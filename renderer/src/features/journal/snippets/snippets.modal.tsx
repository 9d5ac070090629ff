import { zodResolver } from '@hookform/resolvers/zod';
import { TrashIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Button, HStack, Modal, Textarea, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { snippetSchema } from '../../../../../shared/schemas/journal.schema';
import { errorMessage } from '../../../api/api-call-error';
import { useRemoveSnippet, useSaveSnippet, useSnippets } from '../../../api/use-snippets';
import { autofocusRef } from '../../../ui/forms/dialog-autofocus';

type SnippetInput = z.input<typeof snippetSchema>;
type SnippetOutput = z.output<typeof snippetSchema>;

/**
 * Fraser: the doctor's own snippets. A keyword saved again replaces its text. In a note, `.kortnavn` followed by Tab
 * or Space puts the text in.
 */
export function SnippetsModal({ onClose }: { onClose: () => void }) {
  const snippets = useSnippets();
  const saveSnippet = useSaveSnippet();
  const removeSnippet = useRemoveSnippet();
  const [failure, setFailure] = useState('');
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<SnippetInput, unknown, SnippetOutput>({
    resolver: zodResolver(snippetSchema),
    defaultValues: { keyword: '', body: '' },
  });
  const keyword = register('keyword');

  const onValid = (values: SnippetOutput) => {
    setFailure('');
    saveSnippet.mutate(values, {
      onSuccess: () => reset({ keyword: '', body: '' }),
      onError: (error) => setFailure(errorMessage(error)),
    });
  };

  return (
    <Modal open onClose={onClose} header={{ heading: 'Fraser' }} width="medium">
      <Modal.Body>
        <VStack gap="space-16">
          <BodyShort size="small">
            Skriv punktum og kortnavnet i et tekstfelt i notatet, f.eks. <kbd>.lunge</kbd>, og trykk <kbd>Tab</kbd>{' '}
            eller mellomrom: frasen settes inn.
          </BodyShort>
          {snippets.data && snippets.data.length > 0 ? (
            <ul className="snippet-list" aria-label="Dine fraser">
              {snippets.data.map((s) => (
                <li key={s.id} className="snippet-list__item">
                  <BodyShort size="small" weight="semibold">
                    .{s.keyword}
                  </BodyShort>
                  <BodyShort size="small" className="snippet-list__body">
                    {s.body}
                  </BodyShort>
                  <Button
                    type="button"
                    size="xsmall"
                    variant="tertiary"
                    icon={<TrashIcon aria-hidden />}
                    aria-label={`Slett .${s.keyword}`}
                    loading={removeSnippet.isPending && removeSnippet.variables === s.id}
                    onClick={() => removeSnippet.mutate(s.id, { onError: (e) => setFailure(errorMessage(e)) })}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <BodyShort size="small" textColor="subtle">
              {snippets.isPending ? 'Henter frasene …' : 'Du har ingen fraser ennå.'}
            </BodyShort>
          )}
          <form id="snippet-form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
            <VStack gap="space-12">
              <HStack gap="space-12" align="start">
                <TextField
                  label="Kortnavn"
                  description="2–20 bokstaver eller tall, uten punktum"
                  size="small"
                  htmlSize={16}
                  autoComplete="off"
                  error={errors.keyword?.message}
                  {...keyword}
                  ref={autofocusRef(keyword.ref)}
                />
              </HStack>
              <Textarea label="Tekst" size="small" minRows={3} error={errors.body?.message} {...register('body')} />
              {failure && (
                <Alert variant="error" size="small" role="alert">
                  {failure}
                </Alert>
              )}
            </VStack>
          </form>
        </VStack>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="snippet-form" loading={saveSnippet.isPending}>
          Lagre frase
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Ferdig
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
