/** Reading search results off a page, for the tests of search. */
import type { Page } from '@playwright/test';

/** The result links of a list (`#site-search-results`, `[data-search-hits]`), as paths, in order. */
export function resultPaths(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(`${selector} .search-hit-title`)
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}
