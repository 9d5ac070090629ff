import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, BodyShort, Button, Modal, Select, Textarea, VStack } from '@navikt/ds-react';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { CaveEntryView } from '../../../../../shared/api/views';
import {
  CAVE_CERTAINTIES,
  CAVE_LABELS,
  CAVE_SEVERITIES,
  CAVE_SOURCES,
  CAVE_STATUSES,
  caveReviseSchema,
  type CaveReviseInput,
} from '../../../../../shared/schemas/cave.schema';
import { useReviseCave } from '../../../api/use-cave';
import { autofocusRef } from '../../../ui/forms/dialog-autofocus';
import { applyServerErrors } from '../../../ui/forms/field-errors';
import { formatDateTime } from '../../../ui/format-date-time';
import { useToast } from '../../../ui/toasts/toast-context';
import { isOneOf } from './cave-labels';
import { CaveFields } from './cave-fields';

type CaveReviseOutput = z.output<typeof caveReviseSchema>;

const SERVER_FIELDS = [
  'allergenAtc',
  'allergenText',
  'reaction',
  'severity',
  'certainty',
  'source',
  'notedOn',
  'status',
  'reason',
] as const satisfies readonly (keyof CaveReviseInput)[];

function fromEntry(entry: CaveEntryView): Partial<CaveReviseInput> {
  return {
    entryId: entry.entryId,
    allergenAtc: entry.allergenAtc ?? undefined,
    allergenText: entry.allergenText,
    reaction: entry.reaction ?? '',
    notedOn: entry.notedOn,
    reason: '',
    ...(isOneOf(CAVE_SEVERITIES, entry.severity) && { severity: entry.severity }),
    ...(isOneOf(CAVE_CERTAINTIES, entry.certainty) && { certainty: entry.certainty }),
    ...(isOneOf(CAVE_SOURCES, entry.source) && { source: entry.source }),
    ...(isOneOf(CAVE_STATUSES, entry.status) && { status: entry.status }),
  };
}

/**
 * A new version of a CAVE entry: corrected, no longer in force (inaktiv) or registered in error (feilregistrert).
 * Nothing is deleted; the reason is required and kept with the version.
 */
export function CaveReviseModal({ entry, onClose }: { entry: CaveEntryView; onClose: () => void }) {
  const revise = useReviseCave();
  const toast = useToast();
  const [failure, setFailure] = useState('');
  const form = useForm<CaveReviseInput, unknown, CaveReviseOutput>({
    resolver: zodResolver(caveReviseSchema),
    defaultValues: fromEntry(entry),
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = form;
  const statusField = register('status');

  const onValid = (values: CaveReviseOutput) => {
    setFailure('');
    revise.mutate(values, {
      onSuccess: () => {
        toast.show({
          variant: 'success',
          message: `CAVE endret: ${values.allergenText || entry.allergenText} (${CAVE_LABELS.status[values.status].toLowerCase()})`,
        });
        onClose();
      },
      onError: (error) => setFailure(applyServerErrors(error, setError, SERVER_FIELDS)),
    });
  };

  const versions = entry.version === 1 ? '1 versjon' : `${entry.version} versjoner`;
  return (
    <Modal open onClose={onClose} header={{ heading: 'Endre CAVE' }} width="medium">
      <Modal.Body>
        <FormProvider {...form}>
          <form id="cave-revise-form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
            <VStack gap="space-16">
              <BodyShort size="small" textColor="subtle" data-testid="cave-versions">
                {versions}. Sist endret {formatDateTime(entry.recordedAt)} av {entry.recordedBy}.
              </BodyShort>
              {failure && (
                <Alert variant="error" size="small" role="alert">
                  {failure}
                </Alert>
              )}
              <Select
                id="cave-status"
                label="Status"
                description="Inaktiv: gjelder ikke lenger. Feilregistrert: opplysningen var feil."
                error={errors.status?.message}
                {...statusField}
                ref={autofocusRef(statusField.ref)}
              >
                {CAVE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {CAVE_LABELS.status[s]}
                  </option>
                ))}
              </Select>
              <Textarea
                id="cave-reason"
                label="Begrunnelse for endringen"
                minRows={2}
                error={errors.reason?.message}
                {...register('reason')}
              />
              <CaveFields />
            </VStack>
          </form>
        </FormProvider>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="cave-revise-form" loading={revise.isPending}>
          Lagre ny versjon
        </Button>
        <Button type="button" variant="secondary" onClick={onClose}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
