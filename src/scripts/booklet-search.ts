/**
 * Search in the browser, over the Pagefind index the build wrote. Loaded only when a reader starts to
 * search (the header box's focus, `/`, or the search page), never with a page.
 */
import { SEARCH_INDEX_DIR } from '../lib/paths';
import { isFiltered, type SearchQuery } from '../lib/search-query';
import { excerptParts, resultCountText } from '../lib/search-text';
import { START_ORDER_FILE, sortByStart } from '../lib/start-order';

/** The part of Pagefind's browser API the booklet uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindSearchOptions {
  filters?: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

/** The answer: how many pages match, and a way to read them a page of results at a time. */
export interface SearchAnswer {
  total: number;
  read(from: number, count: number): Promise<SearchHit[]>;
}

/** One result as the list shows it. */
export interface SearchHit {
  url: string;
  title: string;
  authors?: string;
  session?: string;
  when?: string;
  excerpt: string;
}

/** A file of the search index, by its name in the index's folder. */
const indexFile = (name: string) =>
  new URL(`${import.meta.env.BASE_URL}${SEARCH_INDEX_DIR}/${name}`, location.href).href;

/**
 * Loads something once per page; a failed load (no index under `astro dev`, or offline before a first
 * visit) is tried again on the next call.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    if (loaded) return loaded;
    const loading = load();
    loading.catch(() => {
      if (loaded === loading) loaded = undefined;
    });
    loaded = loading;
    return loading;
  };
}

/** Loads Pagefind: its script, then its wasm and index entry. */
export const loadSearch = once(async (): Promise<Pagefind> => {
  const api: Pagefind = await import(/* @vite-ignore */ indexFile('pagefind.js'));
  // Pagefind's worker would cost another script (~14 KB) before the first result; a booklet's index
  // answers in a few ms on the main thread.
  await api.options({ excerptLength: 24, noWorker: true });
  await api.init();
  return api;
});

/** The pages' ids in order of start time, loaded only when results are wanted in that order. */
const loadStartOrder = once(async (): Promise<string[]> => {
  const response = await fetch(indexFile(START_ORDER_FILE));
  if (!response.ok) throw new Error(`${START_ORDER_FILE}: ${response.status}`);
  return response.json();
});

/** Runs a query. Without words, the filters alone list what they match. */
export async function runSearch(query: SearchQuery): Promise<SearchAnswer> {
  const api = await loadSearch();
  const filters = Object.fromEntries(Object.entries(query.filters).filter(([, value]) => Boolean(value)));
  const byStart = query.sort === 'start' || !query.text.trim();
  const [found, order] = await Promise.all([
    api.search(query.text.trim() || null, { filters }),
    byStart ? loadStartOrder() : undefined,
  ]);
  const results = order ? sortByStart(found.results, order) : found.results;
  return {
    total: results.length,
    read: (from, count) =>
      Promise.all(
        results.slice(from, from + count).map(async (result) => {
          const { url, excerpt, meta } = await result.data();
          return { url, excerpt, title: meta.title ?? url, ...meta };
        }),
      ),
  };
}

/** The values each filter can take, with how many pages have them. */
export async function filterValues(): Promise<Record<string, Record<string, number>>> {
  return (await loadSearch()).filters();
}

/** The count a status region announces. */
export function describeAnswer(answer: SearchAnswer, query: SearchQuery): string {
  return resultCountText(answer.total, query.text, isFiltered(query));
}

/** Builds a result as list item: title link, authors, session and time, excerpt with highlights. */
export function hitItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const link = item.appendChild(document.createElement('a'));
  link.href = hit.url;
  link.className = 'search-hit-title';
  link.textContent = hit.title;
  for (const line of [hit.authors, [hit.session, hit.when].filter(Boolean).join(' · ')]) {
    if (!line) continue;
    const meta = item.appendChild(document.createElement('p'));
    meta.className = 'search-hit-meta';
    meta.textContent = line;
  }
  const excerpt = item.appendChild(document.createElement('p'));
  excerpt.className = 'search-hit-excerpt';
  for (const part of excerptParts(hit.excerpt)) {
    const node = part.highlighted ? document.createElement('mark') : document.createTextNode(part.text);
    if (part.highlighted) node.textContent = part.text;
    excerpt.append(node);
  }
  return item;
}
