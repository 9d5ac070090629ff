import { zodResolver } from '@hookform/resolvers/zod';
import { PersonPlusIcon } from '@navikt/aksel-icons';
import { Alert, Button, Modal, Select, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { newUserSchema, type NewUserInput } from '../../../../shared/schemas/clinic.schema';
import { ROLE_LABELS, ROLES } from '../../../../shared/schemas/roles';
import { useCreateUser } from '../../api/use-users';
import { applyServerErrors } from '../../ui/forms/field-errors';
import { useToast } from '../../ui/toasts/toast-context';

type NewUserOutput = z.output<typeof newUserSchema>;

const FORM_FIELDS = ['username', 'displayName', 'role', 'hprNumber', 'password'] as const;
const EMPTY: NewUserInput = { username: '', displayName: '', role: 'helsesekretaer', hprNumber: '', password: '' };

/** Create a user. The same schema as the service; a taken username comes back from the service onto its field. */
export function NewUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const createUser = useCreateUser();
  const toast = useToast();
  const [formError, setFormError] = useState('');
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    reset,
    formState: { errors },
  } = useForm<NewUserInput, unknown, NewUserOutput>({
    resolver: zodResolver(newUserSchema),
    defaultValues: EMPTY,
  });

  useEffect(() => {
    if (open) setFocus('displayName');
  }, [open, setFocus]);

  const close = () => {
    reset(EMPTY);
    setFormError('');
    createUser.reset();
    onClose();
  };

  const onValid = (values: NewUserOutput) => {
    setFormError('');
    createUser.mutate(values, {
      onSuccess: (user) => {
        toast.show({ variant: 'success', message: `Bruker opprettet: ${user.displayName} (${user.username})` });
        close();
      },
      onError: (error) => setFormError(applyServerErrors(error, setError, FORM_FIELDS)),
    });
  };

  return (
    <Modal
      open={open}
      onClose={close}
      header={{ heading: 'Ny bruker', icon: <PersonPlusIcon aria-hidden /> }}
      width="medium"
    >
      <Modal.Body>
        <form id="new-user-form" noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
          <VStack gap="space-16">
            {formError && (
              <Alert variant="error" size="small" role="alert">
                {formError}
              </Alert>
            )}
            <TextField
              id="new-user-name"
              label="Fullt navn"
              autoComplete="off"
              error={errors.displayName?.message}
              {...register('displayName')}
            />
            <TextField
              id="new-user-username"
              label="Brukernavn"
              description="Små bokstaver a–z, tall, punktum, bindestrek eller understrek"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              error={errors.username?.message}
              {...register('username')}
            />
            <Select id="new-user-role" label="Rolle" error={errors.role?.message} {...register('role')}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </Select>
            <TextField
              id="new-user-hpr"
              label="HPR-nummer"
              description="Påkrevd for leger. Fra Helsepersonellregisteret."
              inputMode="numeric"
              autoComplete="off"
              htmlSize={12}
              error={errors.hprNumber?.message}
              {...register('hprNumber')}
            />
            <TextField
              id="new-user-password"
              label="Passord"
              description="Minst 10 tegn"
              type="password"
              autoComplete="new-password"
              error={errors.password?.message}
              {...register('password')}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="new-user-form" loading={createUser.isPending}>
          Opprett bruker
        </Button>
        <Button type="button" variant="secondary" onClick={close}>
          Avbryt
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
