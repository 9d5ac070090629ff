import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, BodyLong, Button, Modal, Textarea, VStack } from '@navikt/ds-react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { reasonSchema } from '../../../../../shared/schemas/journal.schema';
import { errorMessage } from '../../../api/api-call-error';
import { autofocusRef } from '../../../ui/forms/dialog-autofocus';

type ReasonInput = z.input<typeof reasonSchema>;
type ReasonOutput = z.output<typeof reasonSchema>;

/**
 * Asks why, before a signed note is corrected or marked feilregistrert: the reason is required (the same schema
 * main checks) and stays with the version for good. Ctrl+Enter or the button sends it.
 */
export function ReasonModal({
  noteId,
  heading,
  explanation,
  submitLabel,
  danger = false,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  noteId: string;
  heading: string;
  explanation: string;
  submitLabel: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ReasonOutput) => void;
  onClose: () => void;
}) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ReasonInput, unknown, ReasonOutput>({
    resolver: zodResolver(reasonSchema),
    defaultValues: { noteId, reason: '' },
  });
  const reason = register('reason');
  const formId = `reason-form-${noteId}`;
  const submit = handleSubmit(onSubmit);

  return (
    <Modal open onClose={onClose} header={{ heading }} width="medium">
      <Modal.Body>
        <form
          id={formId}
          noValidate
          onSubmit={(event) => void submit(event)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.ctrlKey) {
              event.preventDefault();
              // Stops the editor's Ctrl+Enter (sign) behind the dialog from running too.
              event.stopPropagation();
              void submit();
            }
          }}
        >
          <VStack gap="space-16">
            <BodyLong size="small">{explanation}</BodyLong>
            <Textarea
              label="Begrunnelse"
              description="Påkrevd. Blir stående i journalen sammen med endringen."
              minRows={3}
              error={errors.reason?.message}
              {...reason}
              ref={autofocusRef(reason.ref)}
            />
            {error !== null && error !== undefined && (
              <Alert variant="error" size="small" role="alert">
                {errorMessage(error)}
              </Alert>
            )}
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form={formId} loading={pending} variant={danger ? 'danger' : 'primary'}>
          {submitLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
