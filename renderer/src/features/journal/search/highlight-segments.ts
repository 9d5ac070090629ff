/**
 * Cuts a search excerpt into plain and highlighted pieces from main's [start, end) ranges, so the hits can be drawn
 * with <mark> as React elements; the excerpt is journal text and is never handed to the DOM as HTML.
 */
export interface Segment {
  text: string;
  hit: boolean;
}

export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  // Clamp, drop empty ranges and merge overlapping ones, so a sloppy range never repeats or loses text.
  const sorted = ranges
    .map(([s, e]): [number, number] => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) segments.push({ text: text.slice(at, s), hit: false });
    segments.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) segments.push({ text: text.slice(at), hit: false });
  return segments;
}
