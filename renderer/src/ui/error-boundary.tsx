import { ArrowCirclepathIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the route), a caught error is forgotten and the children get a new try. */
  resetKey?: string;
  /** Injected in tests; reloads the window by default. The session lives in main, so a reload keeps it. */
  onReload?: () => void;
}

interface State {
  failed: boolean;
  resetKey: string | undefined;
}

/**
 * A crash in one room must not blank the whole window. Error boundaries are still class-only in React 19.
 * Nothing is logged from here yet: the contract has no call that carries a renderer error to main's logger.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const reload = this.props.onReload ?? (() => window.location.reload());
    return (
      <Alert variant="error" role="alert" className="error-boundary">
        <VStack gap="space-12" align="start">
          <Heading level="2" size="small">
            Noe gikk galt i denne delen av Allmenn
          </Heading>
          <BodyLong>
            Last inn på nytt for å fortsette. Du blir ikke logget ut av det. Kontakt IT-ansvarlig om feilen gjentar seg.
          </BodyLong>
          <Button size="small" icon={<ArrowCirclepathIcon aria-hidden />} onClick={reload}>
            Last inn på nytt
          </Button>
        </VStack>
      </Alert>
    );
  }
}
