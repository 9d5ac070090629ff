import { BodyLong, Box, Heading, List, VStack } from '@navikt/ds-react';
import { RoomPage } from './room-page';

/** A room that is not built yet, saying plainly what will come, so nobody mistakes it for a broken screen. */
export function PlaceholderRoom({
  title,
  summary,
  coming,
}: {
  title: string;
  summary: string;
  coming: readonly string[];
}) {
  return (
    <RoomPage title={title}>
      <Box background="sunken" padding="space-24" borderRadius="8" className="placeholder-room">
        <VStack gap="space-12">
          <BodyLong>{summary}</BodyLong>
          <Heading level="2" size="xsmall">
            Kommer:
          </Heading>
          <List as="ul" size="small">
            {coming.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        </VStack>
      </Box>
    </RoomPage>
  );
}
