import { ArrowCirclepathIcon } from '@navikt/aksel-icons';
import { Alert, Button, Loader, VStack } from '@navikt/ds-react';

/** While the first answers from main are on their way; local IPC, so this is normally not seen. */
export function StartupScreen() {
  return (
    <main className="centered-page">
      <Loader size="2xlarge" title="Starter Allmenn …" />
    </main>
  );
}

/** Main could not answer the first questions (setup status, session); nothing else can work without them. */
export function StartupError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <main className="centered-page">
      <Alert variant="error" role="alert">
        <VStack gap="space-12" align="start">
          {message}
          <Button size="small" icon={<ArrowCirclepathIcon aria-hidden />} onClick={onRetry}>
            Prøv igjen
          </Button>
        </VStack>
      </Alert>
    </main>
  );
}
