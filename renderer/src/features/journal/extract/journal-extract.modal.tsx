import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, BodyLong, Button, HStack, Modal, VStack } from '@navikt/ds-react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { calls } from '../../../../../shared/api/contract';
import { errorMessage } from '../../../api/api-call-error';
import { useJournalExtract } from '../../../api/use-journal';
import { DateField } from '../../../ui/forms/date-field';
import { downloadBase64File } from '../../../ui/files/download-file';
import { useToast } from '../../../ui/toasts/toast-context';

/** An empty date means no limit (the whole journal); the rest is the contract's own input schema. */
const extractFormSchema = z
  .object({ patientId: z.string(), from: z.string(), to: z.string() })
  .transform(({ patientId, from, to }) => ({ patientId, ...(from && { from }), ...(to && { to }) }))
  .pipe(calls['journal.extract'].input);
type ExtractForm = z.input<typeof extractFormSchema>;
type ExtractInput = z.output<typeof extractFormSchema>;

/**
 * Journalutskrift: the signed notes with their corrections as a PDF made in main, for the patient's right of access
 * or for a new fastlege. The whole journal, or a period.
 */
export function JournalExtractModal({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const extract = useJournalExtract();
  const toast = useToast();
  const { control, handleSubmit } = useForm<ExtractForm, unknown, ExtractInput>({
    resolver: zodResolver(extractFormSchema),
    defaultValues: { patientId, from: '', to: '' },
  });

  const onValid = (values: ExtractInput) =>
    extract.mutate(values, {
      onSuccess: ({ fileName, pdfBase64 }) => {
        downloadBase64File(fileName, pdfBase64, 'application/pdf');
        toast.show({ variant: 'success', message: `Journalutskriften er laget: ${fileName}` });
        onClose();
      },
    });

  return (
    <Modal open onClose={onClose} header={{ heading: 'Journalutskrift (PDF)' }} width="small">
      <Modal.Body>
        <form id="journal-extract-form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
          <VStack gap="space-16">
            <BodyLong size="small">
              Signerte notater med rettinger og feilregistreringer. La datoene stå tomme for hele journalen.
            </BodyLong>
            <HStack gap="space-12">
              <Controller
                control={control}
                name="from"
                render={({ field, fieldState }) => (
                  <DateField
                    label="Fra dato"
                    size="small"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={control}
                name="to"
                render={({ field, fieldState }) => (
                  <DateField
                    label="Til dato"
                    size="small"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    inputRef={field.ref}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </HStack>
            {extract.isError && (
              <Alert variant="error" size="small" role="alert">
                {errorMessage(extract.error)}
              </Alert>
            )}
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="journal-extract-form" loading={extract.isPending}>
          Lag PDF
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
