import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  BodyShort,
  Button,
  ErrorMessage,
  HStack,
  Modal,
  Radio,
  RadioGroup,
  Select,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { PatientSummary } from '../../../../shared/api/views';
import { TRIAGE_LABELS } from '../../../../shared/api/queue-views';
import { addDropInSchema, TRIAGE_LEVELS } from '../../../../shared/schemas/queue.schema';
import { errorMessage } from '../../api/api-call-error';
import { useClinicians } from '../../api/use-users';
import { useToast } from '../../ui/toasts/toast-context';
import { fullName } from '../patients/patient-names';
import { PatientPicker } from '../patients/search/patient-picker';
import { useAddDropIn } from './use-queue';

type DropInValues = z.input<typeof addDropInSchema>;
type DropInOutput = z.output<typeof addDropInSchema>;

const TRIAGE_HELP: Record<(typeof TRIAGE_LEVELS)[number], string> = {
  akutt: 'Må ses nå, foran alle',
  haster: 'Foran timebestilte',
  vanlig: 'Sjansetime: når det blir ledig',
};

/**
 * A drop-in patient: the reception finds the patient, sets the hastegrad and, if wanted, a short administrative
 * reason and the doctor the patient asks for. Symptoms belong in the journal, not here.
 */
export function DropInModal({ onClose }: { onClose: () => void }) {
  const [patient, setPatient] = useState<PatientSummary | null>(null);
  const clinicians = useClinicians();
  const add = useAddDropIn();
  const toast = useToast();
  const {
    register,
    control,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<DropInValues, unknown, DropInOutput>({
    resolver: zodResolver(addDropInSchema),
    defaultValues: { patientId: '', triage: 'vanlig', reason: '' },
  });

  const pick = (p: PatientSummary) => {
    setPatient(p);
    setValue('patientId', p.id, { shouldValidate: true });
  };

  const onValid = (values: DropInOutput) => {
    add.mutate(
      {
        patientId: values.patientId,
        triage: values.triage,
        ...(values.reason ? { reason: values.reason } : {}),
        ...(values.doctorId ? { doctorId: values.doctorId } : {}),
      },
      {
        onSuccess: (entry) => {
          toast.show({
            variant: 'success',
            message: `${entry.patientName} står i køen som ${TRIAGE_LABELS[values.triage].toLowerCase()}.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <Modal open onClose={onClose} header={{ heading: 'Ny drop-in-pasient' }} width="medium">
      <Modal.Body>
        <form id="drop-in-form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
          <VStack gap="space-16">
            {add.isError && (
              <Alert variant="error" size="small" role="alert">
                {errorMessage(add.error)}
              </Alert>
            )}
            {patient ? (
              <HStack gap="space-8" align="center">
                <BodyShort data-testid="drop-in-patient">
                  <strong>{fullName(patient)}</strong> ({patient.birthDate.split('-').reverse().join('.')})
                </BodyShort>
                <Button type="button" size="xsmall" variant="tertiary" onClick={() => setPatient(null)}>
                  Velg en annen
                </Button>
              </HStack>
            ) : (
              <>
                <PatientPicker label="Pasient" onPick={pick} autoFocus />
                {errors.patientId && <ErrorMessage size="small">Velg en pasient</ErrorMessage>}
              </>
            )}
            <Controller
              control={control}
              name="triage"
              render={({ field }) => (
                <RadioGroup
                  legend="Hastegrad"
                  value={field.value}
                  onChange={(value: string) => field.onChange(value)}
                  error={errors.triage?.message}
                >
                  {TRIAGE_LEVELS.map((level) => (
                    <Radio key={level} value={level} description={TRIAGE_HELP[level]}>
                      {TRIAGE_LABELS[level]}
                    </Radio>
                  ))}
                </RadioGroup>
              )}
            />
            <TextField
              label="Merknad (valgfritt)"
              description="Kort og administrativt, for eksempel «sjansetime». Ikke symptomer."
              autoComplete="off"
              error={errors.reason?.message}
              {...register('reason')}
            />
            <Select
              label="Ønsket lege"
              {...register('doctorId', { setValueAs: (v: string) => (v === '' ? undefined : v) })}
            >
              <option value="">Første ledige lege</option>
              {(clinicians.data ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.displayName}
                </option>
              ))}
            </Select>
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="drop-in-form" loading={add.isPending} disabled={!patient}>
          Sett i køen
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
