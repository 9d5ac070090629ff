import { highlightSegments } from './highlight-segments';

/** An excerpt with the search hits marked. */
export function HighlightedExcerpt({ text, highlights }: { text: string; highlights: readonly [number, number][] }) {
  return (
    <span className="journal-hit__excerpt">
      {highlightSegments(text, highlights).map((segment, index) =>
        // The pieces never move: their position is a stable key.
        segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </span>
  );
}
