import { useEffect, useLayoutEffect, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import { scrollTopToShow, visibleRange } from './virtual-range';

/**
 * A windowed list: only the rows in view (plus a few) are in the DOM, so a search that returns hundreds of
 * patients draws as fast as one that returns three. Rows have one fixed height, which is all a patient list needs;
 * that keeps this to a few lines instead of a dependency. Row positions are set through React's style prop (the
 * CSSOM), which the strict CSP allows.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  activeIndex,
  getKey,
  renderRow,
  fallbackRows = 12,
  overscan = 4,
  onRangeChange,
  className,
  ...containerProps
}: {
  items: readonly T[];
  /** Pixels; must match the row's CSS height. */
  rowHeight: number;
  /** Kept in view when it changes (the keyboard selection); -1 for none. */
  activeIndex: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Rows assumed to fit before the viewport has been measured (first paint, jsdom). */
  fallbackRows?: number;
  overscan?: number;
  /** Told which rows are drawn whenever that changes, e.g. to fetch the next page as the end comes into view. */
  onRangeChange?: (range: { start: number; end: number; count: number }) => void;
} & Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onScroll'>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setViewportHeight(element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const height = viewportHeight > 0 ? viewportHeight : fallbackRows * rowHeight;

  useEffect(() => {
    const element = viewport.current;
    if (!element || activeIndex < 0) return;
    const next = scrollTopToShow(activeIndex, rowHeight, element.scrollTop, height);
    if (next !== null) {
      element.scrollTop = next;
      setScrollTop(next);
    }
  }, [activeIndex, rowHeight, height]);

  const { start, end } = visibleRange({ count: items.length, rowHeight, scrollTop, viewportHeight: height, overscan });
  const rangeListener = useRef(onRangeChange);
  useEffect(() => {
    rangeListener.current = onRangeChange;
  });
  useEffect(() => {
    rangeListener.current?.({ start, end, count: items.length });
  }, [start, end, items.length]);

  const rows: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const item = items[index];
    if (item === undefined) continue;
    rows.push(
      <div
        key={getKey(item)}
        role="presentation"
        className="virtual-list__row"
        style={{ top: index * rowHeight, height: rowHeight }}
      >
        {renderRow(item, index)}
      </div>,
    );
  }

  return (
    <div
      ref={viewport}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      {...containerProps}
    >
      <div className="virtual-list__canvas" role="presentation" style={{ height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
