import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Modal, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { osloDate } from '../../../../../shared/rules/dates';
import { caveAddSchema, type CaveAddInput } from '../../../../../shared/schemas/cave.schema';
import { useAddCave } from '../../../api/use-cave';
import { applyServerErrors } from '../../../ui/forms/field-errors';
import { useToast } from '../../../ui/toasts/toast-context';
import { CaveFields } from './cave-fields';

type CaveAddOutput = z.output<typeof caveAddSchema>;

const SERVER_FIELDS = [
  'allergenAtc',
  'allergenText',
  'reaction',
  'severity',
  'certainty',
  'source',
  'notedOn',
] as const satisfies readonly (keyof CaveAddInput)[];

function emptyEntry(patientId: string): Partial<CaveAddInput> {
  return { patientId, allergenText: '', reaction: '', notedOn: osloDate(new Date()) };
}

/** Registers a new CAVE entry (doctors only; main checks). The banner shows it as soon as main answers. */
export function CaveAddModal({ patientId, open, onClose }: { patientId: string; open: boolean; onClose: () => void }) {
  const add = useAddCave();
  const toast = useToast();
  const [failure, setFailure] = useState('');
  const form = useForm<CaveAddInput, unknown, CaveAddOutput>({
    resolver: zodResolver(caveAddSchema),
    defaultValues: emptyEntry(patientId),
  });
  const { handleSubmit, setError, setFocus, reset } = form;

  useEffect(() => {
    if (open) setFocus('allergenText');
  }, [open, setFocus]);

  const close = () => {
    reset(emptyEntry(patientId));
    setFailure('');
    onClose();
  };

  const onValid = (values: CaveAddOutput) => {
    setFailure('');
    add.mutate(values, {
      onSuccess: () => {
        toast.show({ variant: 'success', message: `CAVE registrert: ${values.allergenText || values.allergenAtc}` });
        close();
      },
      onError: (error) => setFailure(applyServerErrors(error, setError, SERVER_FIELDS)),
    });
  };

  return (
    <Modal open={open} onClose={close} header={{ heading: 'Legg til CAVE' }} width="medium">
      <Modal.Body>
        <FormProvider {...form}>
          <form id="cave-add-form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
            <VStack gap="space-16">
              {failure && (
                <Alert variant="error" size="small" role="alert">
                  {failure}
                </Alert>
              )}
              <CaveFields />
            </VStack>
          </form>
        </FormProvider>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="cave-add-form" loading={add.isPending}>
          Lagre CAVE
        </Button>
        <Button type="button" variant="secondary" onClick={close}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
