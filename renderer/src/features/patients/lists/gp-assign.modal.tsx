import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, BodyShort, Button, Modal, Select, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { PatientCard } from '../../../../../shared/api/views';
import { osloDate } from '../../../../../shared/rules/dates';
import { assignToListSchema } from '../../../../../shared/schemas/lists.schema';
import { errorMessage, isApiCallError } from '../../../api/api-call-error';
import { useAddToWaitingList, useAssignToList, useListOverview, useRemoveFromList } from '../../../api/use-lists';
import { DateField } from '../../../ui/forms/date-field';
import { useToast } from '../../../ui/toasts/toast-context';
import { fullName } from '../patient-names';
import { listRoomText } from './doctor-option-label';

type AssignValues = z.input<typeof assignToListSchema>;
type AssignOutput = z.output<typeof assignToListSchema>;

/**
 * Puts the patient on a doctor's list from a date, or on the doctor's venteliste when the list is full; or takes
 * the patient off the list. The national register decides switches; this records what it decided.
 */
export function GpAssignModal({
  patient,
  open,
  onClose,
}: {
  patient: PatientCard;
  open: boolean;
  onClose: () => void;
}) {
  const overview = useListOverview(open);
  const assign = useAssignToList();
  const wait = useAddToWaitingList();
  const remove = useRemoveFromList();
  const toast = useToast();
  const [failure, setFailure] = useState('');
  const waitButton = useRef<HTMLButtonElement>(null);
  const today = osloDate(new Date());
  const {
    register,
    control,
    handleSubmit,
    reset,
    setFocus,
    getValues,
    formState: { errors },
  } = useForm<AssignValues, unknown, AssignOutput>({
    resolver: zodResolver(assignToListSchema),
    defaultValues: { patientId: patient.id, doctorId: '', fromDate: today },
  });

  useEffect(() => {
    if (open) setFocus('doctorId');
  }, [open, setFocus]);

  const close = () => {
    reset({ patientId: patient.id, doctorId: '', fromDate: today });
    setFailure('');
    onClose();
  };
  const doctorName = (id: string) => overview.data?.find((d) => d.doctorId === id)?.doctorName ?? 'legen';
  const onError = (error: unknown) => {
    setFailure(errorMessage(error));
    if (isApiCallError(error) && error.code === 'LIST_FULL') waitButton.current?.focus();
  };

  const onAssign = (values: AssignOutput) => {
    setFailure('');
    assign.mutate(values, {
      onSuccess: () => {
        toast.show({
          variant: 'success',
          message: `${fullName(patient)} står nå på listen til ${doctorName(values.doctorId)}.`,
        });
        close();
      },
      onError,
    });
  };
  const onWait = (values: AssignOutput) => {
    setFailure('');
    wait.mutate(
      { patientId: values.patientId, doctorId: values.doctorId },
      {
        onSuccess: () => {
          toast.show({
            variant: 'success',
            message: `${fullName(patient)} står på ventelisten til ${doctorName(values.doctorId)}.`,
          });
          close();
        },
        onError,
      },
    );
  };
  const onRemove = () => {
    setFailure('');
    remove.mutate(
      { patientId: patient.id, toDate: getValues('fromDate') || today },
      {
        onSuccess: () => {
          toast.show({ variant: 'success', message: `${fullName(patient)} er meldt ut av listen.` });
          close();
        },
        onError,
      },
    );
  };

  return (
    <Modal open={open} onClose={close} header={{ heading: 'Fastlegeliste' }} width="medium">
      <Modal.Body>
        <form id="gp-assign-form" noValidate onSubmit={(event) => void handleSubmit(onAssign)(event)}>
          <VStack gap="space-16">
            <BodyShort>
              {fullName(patient)} har{' '}
              {patient.fastlege ? `${patient.fastlege.doctorName} som fastlege` : 'ingen fastlege her'}.
            </BodyShort>
            {failure && (
              <Alert variant="error" size="small" role="alert">
                {failure}
              </Alert>
            )}
            {overview.isError && (
              <Alert variant="error" size="small">
                {errorMessage(overview.error)}
              </Alert>
            )}
            <Select id="gp-assign-doctor" label="Lege" error={errors.doctorId && 'Velg lege'} {...register('doctorId')}>
              <option value="">Velg lege</option>
              {overview.data?.map((d) => (
                <option key={d.doctorId} value={d.doctorId}>
                  {d.doctorName} ({listRoomText(d)})
                </option>
              ))}
            </Select>
            <Controller
              control={control}
              name="fromDate"
              render={({ field, fieldState }) => (
                <DateField
                  id="gp-assign-from"
                  label="Fra dato"
                  description="Dagen endringen gjelder fra, slik Fastlegeregisteret har bestemt"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="gp-assign-form" loading={assign.isPending}>
          Sett på listen
        </Button>
        <Button
          ref={waitButton}
          type="button"
          variant="secondary"
          loading={wait.isPending}
          onClick={() => void handleSubmit(onWait)()}
        >
          Sett på venteliste
        </Button>
        {patient.fastlege && (
          <Button type="button" variant="tertiary" loading={remove.isPending} onClick={onRemove}>
            Meld ut av listen
          </Button>
        )}
        <Button type="button" variant="tertiary" onClick={close}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
