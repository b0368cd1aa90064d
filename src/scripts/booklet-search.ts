/**
 * Search in the browser, over the Pagefind index the build wrote. Loaded only when a reader starts to
 * search (the header box's focus, `/`, or the search page), never with a page.
 */
import { isFiltered, type SearchQuery } from '../lib/search-query';
import { excerptParts, resultCountText } from '../lib/search-text';

/** The part of Pagefind's browser API the booklet uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: { excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindSearchOptions {
  filters?: Record<string, string | undefined>;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindResult {
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

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind (its script, then its wasm and index entry) once per page. */
export function loadSearch(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const loading = (async () => {
    const url = new URL(`${import.meta.env.BASE_URL}pagefind/pagefind.js`, location.href).href;
    const api: Pagefind = await import(/* @vite-ignore */ url);
    // Pagefind's worker would cost another script (~14 KB) before the first result; a booklet's index
    // answers in a few ms on the main thread.
    await api.options({ excerptLength: 24, noWorker: true });
    await api.init();
    return api;
  })();
  // A failed load (no index under `astro dev`, or offline before a first visit) may succeed later.
  loading.catch(() => {
    if (pagefind === loading) pagefind = undefined;
  });
  pagefind = loading;
  return loading;
}

/** Runs a query. Without words, the filters alone list what they match. */
export async function runSearch(query: SearchQuery): Promise<SearchAnswer> {
  const api = await loadSearch();
  const filters = Object.fromEntries(Object.entries(query.filters).filter(([, value]) => Boolean(value)));
  const options: PagefindSearchOptions = { filters };
  if (query.sort === 'start' || !query.text.trim()) options.sort = { start: 'asc' };
  const { results } = await api.search(query.text.trim() || null, options);
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
