/**
 * Everything search does in the browser, as one chunk that pages import on first use: a single file with
 * no dependencies of its own keeps the loader on every page down to a few hundred bytes.
 */
export { attachHeaderSearch } from './header-search';
export { attachSearchPage } from './search-page';
