import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';
import { resultPaths } from './support/search';
import { expect, test } from './support/test';

const TALK = '/talks/troll/';
const SESSION = '/sessions/oral-5c/';
const MNPO = '/talks/multiplayer-nash-preference-optimization/';

/** Types into the header's search box and waits for the result count. */
async function searchFromHeader(page: Page, query: string) {
  await page.getByRole('searchbox', { name: 'Search the booklet' }).first().fill(query);
  const status = page.locator('[data-site-search] [role="status"]');
  await expect(status).toContainText(query);
  return page.locator('#site-search-results .search-hit');
}

test.describe('the header search box', () => {
  for (const [what, query, expected] of [
    ['a title word', 'TROLL', '/talks/troll/'],
    ['an author surname', 'Leskovec', MNPO],
    ['an abstract phrase', 'clip objective', '/talks/troll/'],
    ['a term next to math', 'n-player', MNPO],
    ['another author', 'Gopalan', '/talks/why-dpo-is-a-misspecified-estimator-and-how-to-fix-it/'],
  ] as const) {
    test(`finds the right talk first by ${what} (“${query}”)`, async ({ page }) => {
      await page.goto(TALK);
      const hits = await searchFromHeader(page, query);
      await expect(hits.first()).toBeVisible();
      expect((await resultPaths(page, '#site-search-results'))[0]).toBe(expected);
    });
  }

  test('shows the plain-text title, authors, session and time of a result, never KaTeX’s letters', async ({ page }) => {
    await page.goto(TALK);
    const hit = (await searchFromHeader(page, 'n-player')).first();
    await expect(hit.locator('.search-hit-title')).toHaveText('Multiplayer Nash Preference Optimization');
    await expect(hit).toContainText('Fang Wu, Xu Huang, Weihao Xuan et al.');
    await expect(hit).toContainText('Oral Session 5C: Reinforcement learning II');
    await expect(hit).toContainText('Sat 25 Apr, 10:54–11:04 (Rio de Janeiro, UTC−3), room 202 A/B');
    await expect(hit.locator('mark')).toHaveText(['n-player']);
    await expect(hit).toContainText('an n-player game');
    for (const garble of ['nnn', 'n\nn']) expect(await hit.textContent()).not.toContain(garble);
  });

  test('announces the number of results to screen readers', async ({ page }) => {
    await page.goto(TALK);
    await searchFromHeader(page, 'preference');
    await expect(page.locator('[data-site-search] [role="status"]')).toHaveText('4 results for “preference”.');
    await searchFromHeader(page, 'zebrafish');
    await expect(page.locator('[data-site-search] [role="status"]')).toHaveText('No results for “zebrafish”.');
    // and shows it to those who read the screen
    await expect(page.locator('#site-search-results')).toHaveText('No results for “zebrafish”.');
    await expect(page.locator('#site-search-results .search-hit')).toHaveCount(0);
  });

  test('a click on a result follows it, and a click elsewhere closes the results', async ({ page }) => {
    await page.goto(TALK);
    await searchFromHeader(page, 'preference');
    const panel = page.locator('#site-search-results');
    // a click on the page below the panel (it covers at most 70% of the height, on the right)
    const { height } = page.viewportSize()!;
    await page.mouse.click(8, height - 8);
    await expect(panel).toBeHidden();
    await page.getByRole('searchbox', { name: 'Search the booklet' }).first().click();
    await expect(panel).toBeVisible();
    const first = panel.locator('.search-hit-title').first();
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('shows five results and links the rest on the search page', async ({ page }) => {
    await page.goto(TALK);
    await searchFromHeader(page, 'learning');
    const status = page.locator('[data-site-search] [role="status"]');
    const total = Number(/^(\d+) results/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(5);
    await expect(page.locator('#site-search-results .search-hit')).toHaveCount(5);
    const all = page.getByRole('link', { name: `All ${total} results` });
    await expect(all).toHaveAttribute('href', '/search/?q=learning');
    await all.click();
    await expect(page.locator('[data-search-hits] .search-hit')).toHaveCount(total);
  });

  test('answers without waiting on a timer: no debounce between typing and results', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-04-25T12:59:00Z') });
    await page.goto(TALK);
    await searchFromHeader(page, 'TROLL'); // Pagefind loads (it polls for its engine on a timer)
    // With the page's clock stopped, a timer-based debounce would never fire and no result would show.
    await page.clock.pauseAt(new Date('2026-04-25T13:00:00Z'));
    await page.getByRole('searchbox', { name: 'Search the booklet' }).first().fill('Leskovec');
    await expect(page.locator('#site-search-results .search-hit-title').first()).toHaveAttribute('href', MNPO);
  });

  test('requests no search file before the reader reaches for the box', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(TALK, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(requested.filter((path) => /pagefind|search-ui/.test(path))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search the booklet' }).first()).toBeFocused();
    await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('the booklet’s own search code adds under 4 KB of compressed JavaScript to Pagefind’s', async ({ page }) => {
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() === 'script' && path.startsWith('/_astro/')) scripts.add(request.url());
    });
    await page.goto(TALK, { waitUntil: 'networkidle' });
    const before = new Set(scripts);
    await searchFromHeader(page, 'Leskovec');
    const added = [...scripts].filter((url) => !before.has(url));
    expect(
      added.some((url) => url.includes('search-ui')),
      'the search code loads on first use',
    ).toBe(true);
    const sizes = await Promise.all(added.map(async (url) => gzipSize(await (await page.request.get(url)).body())));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total, `scripts of ${sizes.join(' + ')} bytes`).toBeLessThan(4096);
  });

  test('every kind of page runs under 4 KB of compressed JavaScript before interaction', async ({ page }) => {
    const visits: [what: string, path: string, times?: 'reader'][] = [
      ['home', '/'],
      ['session overview', SESSION],
      ['talk page', TALK],
      ['page not found', '/no-such-page/'],
      // a reader who chose their own time: the script that rewrites the times loads at once
      ['talk page in the reader’s time', TALK, 'reader'],
    ];
    for (const [what, path, times] of visits) {
      if (times) await page.evaluate((value) => localStorage.setItem('booklet-times', value), times);
      // Every script the page loads, whether the browser fetched it again or took it from its cache.
      const loaded = new Set<string>();
      const onRequest = (request: Request) => {
        if (request.resourceType() === 'script') loaded.add(request.url());
      };
      page.on('request', onRequest);
      await page.goto(path, { waitUntil: 'networkidle' });
      page.off('request', onRequest);
      if (times) await expect(page.locator('[data-time-toggle]')).toHaveAttribute('aria-pressed', 'true');
      const files = await Promise.all([...loaded].map(async (url) => (await page.request.get(url)).body()));
      const inline = await page
        .locator('script:not([src])')
        .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
      const sizes = [...files, ...inline.map((text) => Buffer.from(text))].map(gzipSize);
      const total = sizes.reduce((sum, size) => sum + size, 0);
      expect(sizes.length, `${what} runs its search box loader`).toBeGreaterThan(0);
      expect(total, `${what}: scripts of ${sizes.join(' + ')} bytes`).toBeLessThan(4096);
    }
  });

  test('works from the keyboard alone: / to focus, arrows through results, Escape to close', async ({ page }) => {
    await page.goto(TALK);
    await page.keyboard.press('/');
    await page.keyboard.type('preference');
    const panel = page.locator('#site-search-results');
    await expect(panel.locator('.search-hit')).toHaveCount(4);
    await page.keyboard.press('ArrowDown');
    await expect(panel.locator('.search-hit-title').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(panel.locator('.search-hit-title').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search the booklet' }).first()).toBeFocused();
    await page.keyboard.press('ArrowDown'); // the panel stays closed until the reader types again
    await page.keyboard.type(' optimization');
    await expect(panel).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const first = panel.locator('.search-hit-title').first();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('Enter opens the search page with the query', async ({ page }) => {
    await page.goto(TALK);
    await page.keyboard.press('/');
    await page.keyboard.type('preference');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=preference$/);
    await expect(page.locator('.search-status')).toHaveText('4 results for “preference”.');
  });
});

test.describe('the search page', () => {
  test('runs the query in its address, so a search can be linked', async ({ page }) => {
    await page.goto('/search/?q=n-player');
    await expect(page.getByRole('searchbox', { name: 'Search the booklet' }).last()).toHaveValue('n-player');
    await expect(page.locator('.search-status')).toHaveText('1 result for “n-player”.');
    expect(await resultPaths(page, '[data-search-hits]')).toEqual([MNPO]);
  });

  test('narrows results by author, session and room, and keeps them in the address', async ({ page }) => {
    await page.goto('/search/?q=optimization');
    await expect(page.locator('.search-status')).toContainText('results for “optimization”');
    const all = await resultPaths(page, '[data-search-hits]');
    expect(all.length).toBeGreaterThan(2);

    await page.getByLabel('Author').fill('Fang Wu');
    await expect(page.locator('.search-status')).toHaveText('1 result for “optimization” with these filters.');
    expect(await resultPaths(page, '[data-search-hits]')).toEqual([MNPO]);
    await expect(page).toHaveURL(/author=Fang\+Wu/);

    await page.getByLabel('Author').fill('');
    await page.getByLabel('Room').selectOption('202 A/B');
    await page.getByLabel('Session').selectOption('Oral Session 5C: Reinforcement learning II');
    await expect(page.locator('.search-status')).toHaveText(
      `${all.length} results for “optimization” with these filters.`,
    );

    await page.getByLabel('Author').fill('Nobody Atall');
    await expect(page.locator('.search-status')).toHaveText('No results for “optimization” with these filters.');
  });

  test('lists a filter’s talks without words, in time order, and sorts by start time on request', async ({ page }) => {
    /** Each result's start as the list shows it. */
    const clocks = async () => {
      const hits = await page.locator('[data-search-hits] .search-hit').allTextContents();
      return hits.map((text) => /(\d\d:\d\d)–/.exec(text)?.[1] ?? '');
    };
    await page.goto('/search/?author=Fang+Wu');
    await expect(page.locator('.search-status')).toHaveText('1 result with these filters.');
    // a room's talks (and its session's overview), from the first to the last
    await page.goto(`/search/?room=${encodeURIComponent('202 A/B')}`);
    await expect(page.locator('.search-status')).toHaveText('8 results with these filters.');
    expect(await clocks()).toEqual(['10:30', '10:30', '10:42', '10:54', '11:06', '11:18', '11:30', '11:42']);

    // by relevance, “reinforcement” finds the seven talks and their session out of time order…
    await page.goto('/search/?q=reinforcement');
    await expect(page.locator('.search-status')).toHaveText('8 results for “reinforcement”.');
    const byRelevance = await clocks();
    expect(byRelevance).not.toEqual([...byRelevance].sort());
    // …and by start time, in it
    await page.getByLabel('Order').selectOption('start');
    await expect(page).toHaveURL(/sort=start/);
    await expect.poll(clocks).toEqual([...byRelevance].sort());
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form opens the search page, which says search needs JavaScript', async ({ page }) => {
    await page.goto(TALK);
    await page.getByRole('searchbox', { name: 'Search the booklet' }).fill('n-player');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=n-player$/);
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'programme' })).toHaveAttribute('href', '/');
  });
});

function gzipSize(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length;
}
