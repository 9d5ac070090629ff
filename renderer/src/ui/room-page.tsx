import { Heading, VStack } from '@navikt/ds-react';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One room (Pasienter, Timebok, ...). On arrival focus goes to the heading, so a screen reader says where you
 * are and Tab continues from the top of the room; rooms with an obvious first field focus that instead.
 */
export function RoomPage({
  title,
  children,
  focusHeading = true,
}: {
  title: string;
  children: ReactNode;
  focusHeading?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <VStack gap="space-24" className="room-page">
      <Heading level="1" size="large" ref={heading} tabIndex={-1} className="room-page__heading">
        {title}
      </Heading>
      {children}
    </VStack>
  );
}
