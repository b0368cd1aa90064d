import { describe, expect, test } from 'vitest';
import { isFiltered, queryFromParams, searchPageUrl } from './search-query';

describe('searchPageUrl', () => {
  test('links a query with only what is set', () => {
    expect(searchPageUrl({ text: '  n-player ', filters: {}, sort: 'relevance' })).toBe('/search/?q=n-player');
    expect(searchPageUrl({ text: '', filters: {}, sort: 'relevance' })).toBe('/search/');
  });

  test('keeps filters and the order, escaped', () => {
    const url = searchPageUrl({ text: 'dpo', filters: { room: '202 A/B', author: 'Fang Wu' }, sort: 'start' });
    expect(url).toBe('/search/?q=dpo&room=202+A%2FB&author=Fang+Wu&sort=start');
  });
});

describe('queryFromParams', () => {
  test('reads back what searchPageUrl wrote', () => {
    const query = {
      text: 'dpo',
      filters: { session: 'Oral Session 5C: RL & more', room: '202 A/B' },
      sort: 'start' as const,
    };
    const url = new URL(searchPageUrl(query), 'https://example.org');
    expect(queryFromParams(url.searchParams)).toEqual(query);
  });

  test('ignores unknown parameters, blank filters and unknown orders', () => {
    const query = queryFromParams(new URLSearchParams('q=x&room=%20&sort=sideways&now=2026-04-25T13:45:00Z'));
    expect(query).toEqual({ text: 'x', filters: {}, sort: 'relevance' });
    expect(isFiltered(query)).toBe(false);
    expect(isFiltered(queryFromParams(new URLSearchParams('author=Fang+Wu')))).toBe(true);
  });
});
