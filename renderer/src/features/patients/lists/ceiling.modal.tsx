import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Modal, TextField, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { DoctorListView } from '../../../../../shared/api/views';
import { setCeilingSchema } from '../../../../../shared/schemas/lists.schema';
import { useSetCeiling } from '../../../api/use-lists';
import { autofocusRef } from '../../../ui/forms/dialog-autofocus';
import { applyServerErrors } from '../../../ui/forms/field-errors';
import { useToast } from '../../../ui/toasts/toast-context';

type CeilingValues = z.input<typeof setCeilingSchema>;

/** A number field's empty or non-numeric text is no number; the schema's own message would be zod's English. */
function toNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.trim() === '' ? undefined : Number(value);
}

/** Listetak for one doctor, as agreed with the kommune. Administrators only (main checks). */
export function CeilingModal({ doctor, onClose }: { doctor: DoctorListView; onClose: () => void }) {
  const setCeiling = useSetCeiling();
  const toast = useToast();
  const [failure, setFailure] = useState('');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CeilingValues>({
    resolver: zodResolver(setCeilingSchema),
    defaultValues: {
      doctorId: doctor.doctorId,
      ...(doctor.listCeiling !== null && { listCeiling: doctor.listCeiling }),
    },
  });

  const ceilingField = register('listCeiling', { setValueAs: toNumber });

  const onValid = (values: CeilingValues) => {
    setFailure('');
    setCeiling.mutate(values, {
      onSuccess: () => {
        toast.show({ variant: 'success', message: `Listetaket til ${doctor.doctorName} er ${values.listCeiling}.` });
        onClose();
      },
      onError: (error) => setFailure(applyServerErrors(error, setError, ['listCeiling'])),
    });
  };

  const error = errors.listCeiling;
  return (
    <Modal open onClose={onClose} header={{ heading: `Listetak for ${doctor.doctorName}` }} width="small">
      <Modal.Body>
        <form id="ceiling-form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
          <VStack gap="space-16">
            {failure && (
              <Alert variant="error" size="small" role="alert">
                {failure}
              </Alert>
            )}
            <TextField
              id="ceiling-value"
              label="Listetak"
              description={`Listen har ${doctor.listLength} pasienter nå.`}
              inputMode="numeric"
              autoComplete="off"
              htmlSize={8}
              error={error && (error.type === 'invalid_type' ? 'Skriv listetaket som et helt tall' : error.message)}
              {...ceilingField}
              ref={autofocusRef(ceilingField.ref)}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="ceiling-form" loading={setCeiling.isPending}>
          Lagre listetak
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
