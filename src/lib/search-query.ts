/** A reader's search as data, and as the search page's address, so that a search can be linked and reopened. */
import { SEARCH_PATH } from './paths';

/** The filters search offers, named as in the pages' `data-pagefind-filter` attributes. */
export const SEARCH_FILTERS = ['session', 'room', 'author'] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** What a reader asks: words, filters, and an order. */
export interface SearchQuery {
  text: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: 'relevance' | 'start';
}

/** `/search/?q=n-player&room=202+A%2FB`: only what is set. */
export function searchPageUrl(query: SearchQuery): string {
  const params = new URLSearchParams();
  if (query.text.trim()) params.set('q', query.text.trim());
  for (const name of SEARCH_FILTERS) {
    const value = query.filters[name];
    if (value) params.set(name, value);
  }
  if (query.sort === 'start') params.set('sort', 'start');
  const search = params.toString();
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}

/** The search a page address asks for (`?q=…&author=…&sort=start`); unknown parameters are ignored. */
export function queryFromParams(params: URLSearchParams): SearchQuery {
  const filters: SearchQuery['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { text: params.get('q') ?? '', filters, sort: params.get('sort') === 'start' ? 'start' : 'relevance' };
}

/** Whether any filter narrows the search. */
export function isFiltered(query: SearchQuery): boolean {
  return SEARCH_FILTERS.some((name) => Boolean(query.filters[name]));
}
