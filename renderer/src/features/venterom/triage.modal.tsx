import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Modal, Radio, RadioGroup, TextField, VStack } from '@navikt/ds-react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { TRIAGE_LABELS, type QueueEntryView } from '../../../../shared/api/queue-views';
import { changeTriageSchema, TRIAGE_LEVELS } from '../../../../shared/schemas/queue.schema';
import { errorMessage } from '../../api/api-call-error';
import { autofocusRef } from '../../ui/forms/dialog-autofocus';
import { useChangeTriage } from './use-queue';

type TriageValues = z.input<typeof changeTriageSchema>;
type TriageOutput = z.output<typeof changeTriageSchema>;

/** A new hastegrad for a waiting patient, with the reason kept in the queue's history. */
export function TriageModal({ entry, onClose }: { entry: QueueEntryView; onClose: () => void }) {
  const change = useChangeTriage();
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<TriageValues, unknown, TriageOutput>({
    resolver: zodResolver(changeTriageSchema),
    defaultValues: { entryId: entry.id, triage: entry.triage ?? 'vanlig', reason: '' },
  });
  const reason = register('reason');
  return (
    <Modal open onClose={onClose} header={{ heading: `Hastegrad for ${entry.patientName}` }} width="small">
      <Modal.Body>
        <form
          id="triage-form"
          noValidate
          onSubmit={(event) => void handleSubmit((values) => change.mutate(values, { onSuccess: onClose }))(event)}
        >
          <VStack gap="space-16">
            {change.isError && (
              <Alert variant="error" size="small" role="alert">
                {errorMessage(change.error)}
              </Alert>
            )}
            <Controller
              control={control}
              name="triage"
              render={({ field }) => (
                <RadioGroup legend="Hastegrad" value={field.value} onChange={(v: string) => field.onChange(v)}>
                  {TRIAGE_LEVELS.map((level) => (
                    <Radio key={level} value={level}>
                      {TRIAGE_LABELS[level]}
                    </Radio>
                  ))}
                </RadioGroup>
              )}
            />
            <TextField
              label="Begrunnelse"
              description="Kort og administrativt; lagres i køens historikk."
              autoComplete="off"
              error={errors.reason?.message}
              {...reason}
              ref={autofocusRef(reason.ref)}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="triage-form" loading={change.isPending}>
          Lagre hastegrad
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
