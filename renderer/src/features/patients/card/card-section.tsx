import { Box, HStack, Heading, VStack } from '@navikt/ds-react';
import { useId, type ReactNode } from 'react';

/** One part of the patient card: a titled box, with its actions beside the title. */
export function CardSection({
  title,
  actions,
  children,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const headingId = useId();
  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      background="raised"
      borderColor="neutral-subtle"
      borderWidth="1"
      borderRadius="8"
      padding="space-16"
      data-testid={testId}
    >
      <VStack gap="space-12">
        <HStack justify="space-between" align="center" gap="space-8">
          <Heading level="2" size="small" id={headingId}>
            {title}
          </Heading>
          {actions && <HStack gap="space-8">{actions}</HStack>}
        </HStack>
        {children}
      </VStack>
    </Box>
  );
}
