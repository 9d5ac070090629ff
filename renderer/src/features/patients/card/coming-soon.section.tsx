import { BodyShort, HGrid, Tag } from '@navikt/ds-react';
import { CardSection } from './card-section';

const COMING = [{ title: 'Timeavtaler', text: 'Kommende og tidligere timer.' }] as const;

/** The parts of the card that are not built yet, said plainly so nobody takes an empty space for no data. */
export function ComingSoonSections() {
  return (
    <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
      {COMING.map((part) => (
        <CardSection key={part.title} title={part.title} actions={<Tag size="small">Kommer</Tag>}>
          <BodyShort size="small" textColor="subtle">
            {part.text}
          </BodyShort>
        </CardSection>
      ))}
    </HGrid>
  );
}
