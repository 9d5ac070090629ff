import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, parseNorwegianDate } from '../../renderer/src/ui/format-date';
import { formatIdentityNumber } from '../../renderer/src/ui/format-identity-number';
import { placeName } from '../../renderer/src/ui/format-place-name';
import { VirtualList } from '../../renderer/src/ui/virtual-list/virtual-list';
import { scrollTopToShow, visibleRange } from '../../renderer/src/ui/virtual-list/virtual-range';
import { moveSelection } from '../../renderer/src/features/patients/search/search-selection';

afterEach(cleanup);

describe('windowing arithmetic', () => {
  it('draws the rows in view plus the overscan, clamped to the list', () => {
    expect(visibleRange({ count: 1000, rowHeight: 50, scrollTop: 0, viewportHeight: 500, overscan: 3 })).toEqual({
      start: 0,
      end: 13,
    });
    expect(visibleRange({ count: 1000, rowHeight: 50, scrollTop: 5000, viewportHeight: 500, overscan: 3 })).toEqual({
      start: 97,
      end: 113,
    });
    expect(visibleRange({ count: 5, rowHeight: 50, scrollTop: 0, viewportHeight: 500, overscan: 3 })).toEqual({
      start: 0,
      end: 5,
    });
    expect(visibleRange({ count: 0, rowHeight: 50, scrollTop: 0, viewportHeight: 500, overscan: 3 })).toEqual({
      start: 0,
      end: 0,
    });
  });

  it('scrolls as little as possible to show a row, and not at all when it is in view', () => {
    expect(scrollTopToShow(3, 50, 0, 500)).toBeNull();
    expect(scrollTopToShow(12, 50, 0, 500)).toBe(150);
    expect(scrollTopToShow(2, 50, 400, 500)).toBe(100);
  });

  it('renders only a window of a long list', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `rad ${i}`);
    render(
      <VirtualList
        role="listbox"
        aria-label="Rader"
        items={items}
        rowHeight={40}
        activeIndex={-1}
        getKey={(item) => item}
        renderRow={(item) => (
          <div role="option" aria-selected={false}>
            {item}
          </div>
        )}
      />,
    );
    expect(screen.getAllByRole('option').length).toBeLessThan(30);
  });
});

describe('result selection', () => {
  const ids = ['a', 'b', 'c'];
  it('starts at the top, stops at the ends, and goes back to the box above the first', () => {
    expect(moveSelection(ids, null, 1)).toBe('a');
    expect(moveSelection(ids, 'c', 1)).toBe('c');
    expect(moveSelection(ids, 'a', -1)).toBeNull();
    expect(moveSelection(ids, null, 10)).toBe('c');
    expect(moveSelection(ids, 'gone', 1)).toBe('a');
    expect(moveSelection([], null, 1)).toBeNull();
  });
});

describe('formatting for people', () => {
  it('writes dates as dd.mm.åååå and reads what people type', () => {
    expect(formatDate('1985-12-24')).toBe('24.12.1985');
    expect(parseNorwegianDate('24.12.1985')).toBe('1985-12-24');
    expect(parseNorwegianDate('1.2.2001')).toBe('2001-02-01');
    expect(parseNorwegianDate('24121985')).toBe('1985-12-24');
    expect(parseNorwegianDate('31.02.1985')).toBeNull();
    expect(parseNorwegianDate('24.12.85')).toBeNull();
  });

  it('splits an identity number 6+5 and writes kommune names as names', () => {
    expect(formatIdentityNumber('03856200034')).toBe('038562 00034');
    expect(formatIdentityNumber('123')).toBe('123');
    expect(placeName('NORDRE FOLLO')).toBe('Nordre Follo');
    expect(placeName('AURSKOG-HØLAND')).toBe('Aurskog-Høland');
    expect(placeName('BØ I TELEMARK')).toBe('Bø i Telemark');
  });
});
