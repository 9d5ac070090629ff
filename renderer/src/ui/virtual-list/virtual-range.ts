/** The arithmetic of a fixed-row-height window over a long list; pure, so it is tested without a browser. */

export interface WindowInput {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Rows drawn beyond each edge, so a fast scroll or an arrow key never shows a blank row. */
  overscan: number;
}

/** The rows to draw: from `start` (inclusive) to `end` (exclusive). */
export function visibleRange({ count, rowHeight, scrollTop, viewportHeight, overscan }: WindowInput): {
  start: number;
  end: number;
} {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible; null when it is in view. */
export function scrollTopToShow(index: number, rowHeight: number, scrollTop: number, viewportHeight: number) {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return null;
}
