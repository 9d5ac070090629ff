import { zodResolver } from '@hookform/resolvers/zod';
import { EnterIcon } from '@navikt/aksel-icons';
import { Alert, BodyShort, Box, Button, Heading, TextField, VStack } from '@navikt/ds-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { loginSchema, type LoginInput } from '../../../../shared/schemas/clinic.schema';
import { errorMessage } from '../../api/api-call-error';
import { useLogin } from '../../api/use-auth';
import type { SessionNotice } from './session-notice';

type LoginOutput = z.output<typeof loginSchema>;

/**
 * Logg inn. A refused login shows the service's message (it does not say whether the username or the password
 * was wrong) and puts the cursor back in an emptied password field: the likely next keystrokes.
 */
export function LoginScreen({ notice }: { notice: SessionNotice | null }) {
  const login = useLogin();
  const [failure, setFailure] = useState('');
  const {
    register,
    handleSubmit,
    setFocus,
    setValue,
    formState: { errors },
  } = useForm<LoginInput, unknown, LoginOutput>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: '', password: '' },
  });

  useEffect(() => setFocus('username'), [setFocus]);

  const onValid = (values: LoginOutput) => {
    setFailure('');
    login.mutate(values, {
      onError: (error) => {
        setFailure(errorMessage(error));
        setValue('password', '');
        setFocus('password');
      },
    });
  };

  return (
    <main className="centered-page">
      <Box background="raised" padding="space-32" borderRadius="12" shadow="dialog" className="login-card">
        <form noValidate onSubmit={(event) => void handleSubmit(onValid)(event)}>
          <VStack gap="space-20">
            <VStack gap="space-4">
              <Heading level="1" size="large">
                Logg inn
              </Heading>
              <BodyShort textColor="subtle">Allmenn journalsystem</BodyShort>
            </VStack>

            {notice && !failure && (
              <Alert variant={notice.variant} size="small">
                {notice.message}
              </Alert>
            )}
            {failure && (
              <Alert variant="error" size="small" role="alert" data-testid="login-error">
                {failure}
              </Alert>
            )}

            <TextField
              id="login-username"
              label="Brukernavn"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              error={errors.username?.message}
              {...register('username')}
            />
            <TextField
              id="login-password"
              label="Passord"
              type="password"
              autoComplete="current-password"
              error={errors.password?.message}
              {...register('password')}
            />
            <Button type="submit" loading={login.isPending} icon={<EnterIcon aria-hidden />} iconPosition="right">
              Logg inn
            </Button>
          </VStack>
        </form>
      </Box>
    </main>
  );
}
