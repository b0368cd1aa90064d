/**
 * Search results in order of start time. Pagefind can sort by itself, but it keeps a sort as a list of
 * every page in the metadata that each reader loads before a first result (about 11 KB at 5,000 talks).
 * The build writes the order beside the index instead (`pagefind/start-order.json`), and the browser
 * loads it only when a reader asks for results by time.
 */

/** The order's file, in the index's folder. */
export const START_ORDER_FILE = 'start-order.json';

/** A page in the index: Pagefind's id for it (the one its results carry), its address and start. */
export interface IndexedPage {
  id: string;
  url: string;
  /** A UTC ISO instant, so that string order is time order; absent for a page with no time. */
  start?: string;
}

/** The pages' ids from the earliest start to the latest; the same start by address; pages without one last. */
export function startOrder(pages: IndexedPage[]): string[] {
  const key = (page: IndexedPage) => page.start ?? '\uffff';
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...pages].sort((a, b) => compare(key(a), key(b)) || compare(a.url, b.url)).map((page) => page.id);
}

/** Sorts results by an order `startOrder` wrote; a result the order does not know goes last. */
export function sortByStart<T extends { id: string }>(results: T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  const of = (result: T) => rank.get(result.id) ?? order.length;
  return [...results].sort((a, b) => of(a) - of(b));
}
