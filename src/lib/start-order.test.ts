import { describe, expect, test } from 'vitest';
import { sortByStart, startOrder } from './start-order';

const pages = [
  { id: 'en_c', url: '/talks/c/', start: '2026-04-25T13:54:00.000Z' },
  { id: 'en_s', url: '/sessions/oral-5c/', start: '2026-04-25T13:30:00.000Z' },
  { id: 'en_a', url: '/talks/a/', start: '2026-04-25T13:30:00.000Z' },
  { id: 'en_x', url: '/about/' },
  { id: 'en_b', url: '/talks/b/', start: '2026-04-25T13:42:00.000Z' },
];

describe('startOrder', () => {
  test('orders pages by start, the same start by address, pages without a start last', () => {
    expect(startOrder(pages)).toEqual(['en_s', 'en_a', 'en_b', 'en_c', 'en_x']);
  });

  test('compares instants across days and years as strings can', () => {
    const order = startOrder([
      { id: 'late', url: '/l/', start: '2027-01-01T00:00:00.000Z' },
      { id: 'early', url: '/e/', start: '2026-12-31T23:59:00.000Z' },
    ]);
    expect(order).toEqual(['early', 'late']);
  });
});

describe('sortByStart', () => {
  test('puts results in the order, whatever order they came in, and unknown ones last', () => {
    const order = startOrder(pages);
    const results = [{ id: 'en_c' }, { id: 'new' }, { id: 'en_a' }, { id: 'en_b' }];
    expect(sortByStart(results, order).map((result) => result.id)).toEqual(['en_a', 'en_b', 'en_c', 'new']);
  });
});
