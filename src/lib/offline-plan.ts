/**
 * What the service worker keeps for offline reading. A small booklet is kept whole on the first visit; a
 * large one keeps its shell (home, search, styles, scripts, fonts) and the search index, and caches pages
 * as they are read, with a button to save every page; its calendar files and PDFs stay online.
 */

/** Up to this many megabytes the whole booklet is precached on the first visit (`BOOKLET_OFFLINE_WHOLE_MB`). */
export const WHOLE_BOOKLET_MB = 5;

/** The limit in bytes, from a setting in megabytes (`BOOKLET_OFFLINE_WHOLE_MB`); a bad setting is an error. */
export function wholeBookletLimit(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return WHOLE_BOOKLET_MB * 1024 * 1024;
  const megabytes = Number(setting);
  if (!Number.isFinite(megabytes) || megabytes < 0)
    throw new Error(`BOOKLET_OFFLINE_WHOLE_MB must be a number of megabytes (0 or more), not "${setting}".`);
  return Math.round(megabytes * 1024 * 1024);
}

/** The service worker's file under the site root; pages register it from here. */
export const SERVICE_WORKER_PATH = 'sw.js';

/** A script the service worker imports: it drops the pages an earlier build left in the cache. */
export const PAGES_CLEANUP_PATH = 'sw-pages-cleanup.js';

/** What every pages cache's name starts with, whatever build made it. */
export const PAGES_CACHE_PREFIX = 'booklet-pages-';

/**
 * The cache that holds pages read (or saved) outside the precache; the service worker and the page share
 * it. Its name carries the build's pages (`version`, a hash of them), so a new build starts an empty one
 * and pages read under the old build are never served as current.
 */
export function pagesCacheName(version: string): string {
  return `${PAGES_CACHE_PREFIX}${version}`;
}

/** Where the build writes the plan for pages to read: what is precached, and the pages that are not. */
export const OFFLINE_PLAN_PATH = 'offline.json';

/** A file of the built site: its path under the site root (`talks/troll/index.html`) and size. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** The plan: precached paths, and the pages a reader can save on demand. */
export interface OfflinePlan {
  mode: 'whole' | 'shell';
  /** Paths under the site root the service worker precaches. */
  precache: string[];
  /** Bytes precached. */
  precacheBytes: number;
  /** Page URLs (`/talks/troll/`) not precached: saved by "Save the whole booklet for offline". */
  pages: string[];
  /** Bytes of those pages. */
  pageBytes: number;
}

/** Pages of the shell, precached in every booklet. */
const SHELL_PAGES = new Set(['index.html', 'search/index.html', '404.html']);

/** Pagefind's search engine, one file per language it ships (`pagefind/wasm.en.pagefind`, `wasm.unknown…`). */
const PAGEFIND_WASM = /^pagefind\/wasm\.([\w-]+)\.pagefind$/;

/**
 * Files no browser fetches: KaTeX's fonts in the formats older than woff2 (every browser that runs a
 * service worker reads woff2), the service worker's own scripts (fetched to install it, never from a
 * cache), and, when `searchWasm` names the search engines the index uses (`pagefind-entry.json`), the others.
 */
export function isNeverFetched(path: string, searchWasm?: readonly string[]): boolean {
  const wasm = PAGEFIND_WASM.exec(path);
  if (wasm && searchWasm) return !searchWasm.includes(wasm[1]);
  return /KaTeX_[^/]*\.(ttf|woff)$/.test(path) || path === SERVICE_WORKER_PATH || path === PAGES_CLEANUP_PATH;
}

/** The URL a page is read at: `talks/troll/index.html` → `/talks/troll/`. */
export function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Plans the offline copy of a built booklet; `searchWasm` as for `isNeverFetched`. */
export function planOffline(files: BuiltFile[], limit: number, searchWasm?: readonly string[]): OfflinePlan {
  const wanted = files.filter((file) => !isNeverFetched(file.path, searchWasm));
  const total = wanted.reduce((sum, file) => sum + file.bytes, 0);
  const sum = (list: BuiltFile[]) => list.reduce((bytes, file) => bytes + file.bytes, 0);
  if (total <= limit)
    return { mode: 'whole', precache: wanted.map((f) => f.path), precacheBytes: total, pages: [], pageBytes: 0 };
  const isLaterPage = (file: BuiltFile) => file.path.endsWith('.html') && !SHELL_PAGES.has(file.path);
  // Calendar files and PDFs are downloads, for a calendar app or a printer, done online; at 5,000 talks
  // they would double what a reader saves. A large booklet leaves them to the network.
  const isDownload = (file: BuiltFile) => /\.(ics|pdf)$/.test(file.path);
  const shell = wanted.filter((file) => !isLaterPage(file) && !isDownload(file));
  const later = wanted.filter(isLaterPage);
  return {
    mode: 'shell',
    precache: shell.map((file) => file.path),
    precacheBytes: sum(shell),
    pages: later.map((file) => pageUrl(file.path)),
    pageBytes: sum(later),
  };
}
