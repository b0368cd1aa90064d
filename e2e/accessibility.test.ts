import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { talkSlugs } from './support/seed';
import { expect, test } from './support/test';

/** What axe finds wrong on the page as it is now: each rule with the elements that break it. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const pages = {
  home: '/',
  'session overview': '/sessions/oral-5c/',
  'talk page': `/talks/${talkSlugs()[0]}/`,
  'talk page with math': '/talks/multiplayer-nash-preference-optimization/',
  '404 page': '/no-such-page/',
  'search page with results': '/search/?q=preference',
  'session booklet': '/sessions/oral-5c/booklet/',
  'programme booklet': '/booklet/',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`axe finds no violations on the ${kind} in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(page.locator('[data-search-hits] .search-hit')).toHaveCount(4);
      expect(await violations(page)).toEqual([]);
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the header's open search results in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(pages['talk page with math']);
    await page.getByRole('searchbox', { name: 'Search the booklet' }).fill('n-player');
    await expect(page.locator('#site-search-results .search-hit')).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
    // and when the panel says there is nothing
    await page.getByRole('searchbox', { name: 'Search the booklet' }).fill('zebrafish');
    await expect(page.locator('#site-search-results')).toHaveText('No results for “zebrafish”.');
    expect(await violations(page)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the reader's time and the now/next marks shown in the ${scheme} scheme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${pages['session overview']}?now=2026-04-25T13:45:00Z`);
    await page.getByRole('button', { name: 'Show my time' }).click();
    await expect(page.getByRole('button', { name: 'Show my time' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.now-marker')).toHaveCount(2);
    expect(await violations(page)).toEqual([]);
  });
}
