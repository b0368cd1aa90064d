/**
 * A programme of more than one session, in more than one room: the seed has one of each, so its filters
 * cannot narrow by session or room, nor its home page tell the session that is on from the next one, nor
 * its programme booklet show one session following another.
 * The seed plus an afternoon session in another room, built once for this file.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { astroBuild, ROOT } from '../src/node/astro-build';
import { serveDirectory } from '../src/node/static-server';
import { resultPaths } from './support/search';
import { expect, test } from './support/test';

const AFTERNOON = 'Oral Session 6A: Optimization theory';
/** What the afternoon adds that “optimization” finds: its overview (by its title) and its two talks. */
const AFTERNOON_PAGES = [
  '/sessions/oral-6a/',
  '/talks/convex-preference-optimization/',
  '/talks/second-order-policy-optimization/',
];

let work: string;
let server: Awaited<ReturnType<typeof serveDirectory>>;

// One build for the file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = mkdtempSync(join(tmpdir(), 'booklet-two-sessions-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(
    join(content, 'sessions', 'oral-6a.mdx'),
    '---\ntitle: Optimization theory\nlabel: Oral Session 6A\nkind: oral\nroom: Room 204\nstart: "2026-04-25T13:00:00-03:00"\nend: "2026-04-25T14:00:00-03:00"\n---\n',
  );
  const talk = (title: string, author: string, start: string, end: string) =>
    `---\ntitle: ${title}\nauthors: [${author}]\nsession: oral-6a\nstart: "2026-04-25T${start}:00-03:00"\nend: "2026-04-25T${end}:00-03:00"\n---\n\nAn abstract about optimization.\n`;
  mkdirSync(join(content, 'talks'), { recursive: true });
  writeFileSync(
    join(content, 'talks', 'convex-preference-optimization.mdx'),
    talk('Convex Preference Optimization', 'Grace Hopper', '13:00', '13:10'),
  );
  writeFileSync(
    join(content, 'talks', 'second-order-policy-optimization.mdx'),
    talk('Second-Order Policy Optimization', 'Alan Turing', '13:12', '13:22'),
  );
  const built = await astroBuild(content, join(work, 'dist'));
  expect(built.code, built.output).toBe(0);
  server = await serveDirectory(join(work, 'dist'));
});

test.afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The search page's result links, as paths. */
const results = (page: Page) => resultPaths(page, '[data-search-hits]');

test('the search page narrows a query to one session, and to one room', async ({ page }) => {
  await page.goto(`${server.url}/search/?q=optimization`);
  const status = page.locator('.search-status');
  await expect(status).toContainText('results for “optimization”.');
  const all = await results(page);
  expect(all).toEqual(expect.arrayContaining(AFTERNOON_PAGES));
  const morning = all.filter((path) => !AFTERNOON_PAGES.includes(path));
  expect(morning.length).toBeGreaterThan(2);

  await page.getByLabel('Session').selectOption(AFTERNOON);
  await expect(status).toHaveText('3 results for “optimization” with these filters.');
  expect((await results(page)).sort()).toEqual(AFTERNOON_PAGES);
  await expect(page).toHaveURL(/session=/);

  await page.getByLabel('Session').selectOption('');
  await page.getByLabel('Room').selectOption('202 A/B');
  await expect(status).toHaveText(`${morning.length} results for “optimization” with these filters.`);
  expect((await results(page)).sort()).toEqual([...morning].sort());
  await expect(page).toHaveURL(/room=202/);

  // both at once: a session in another room has nothing there
  await page.getByLabel('Session').selectOption(AFTERNOON);
  await expect(status).toHaveText('No results for “optimization” with these filters.');
});

test('the home page marks the session that is on as now and the one after it as next', async ({ page }) => {
  const marked = async (instant: string) => {
    await page.goto(`${server.url}/?now=${instant}`);
    await expect(page.locator('.session-item').first()).toBeVisible();
    const label = (which: string) =>
      page
        .locator(`.session-item[data-now="${which}"]`)
        .evaluateAll((items) => items.map((item) => (item.textContent ?? '').match(/Oral Session \d+[A-Z]/)?.[0]));
    return { now: await label('now'), next: await label('next') };
  };
  // during 5C (10:30–12:00 in Rio, UTC−3)
  expect(await marked('2026-04-25T14:00:00Z')).toEqual({ now: ['Oral Session 5C'], next: ['Oral Session 6A'] });
  // at lunch, between the two
  expect(await marked('2026-04-25T15:30:00Z')).toEqual({ now: [], next: ['Oral Session 6A'] });
  // during 6A (13:00–14:00), the last
  expect(await marked('2026-04-25T16:05:00Z')).toEqual({ now: ['Oral Session 6A'], next: [] });
});

test('the whole programme’s booklet holds each session, in order, each with its schedule and talks', async ({
  page,
}) => {
  await page.goto(`${server.url}/booklet/`);
  await expect(page.locator('.booklet-cover')).toContainText('2 sessions, 9 talks.');
  const sessions = page.locator('.booklet-session');
  await expect(sessions).toHaveCount(2);
  await expect(sessions.nth(0).locator('h2')).toHaveText('Oral Session 5C: Reinforcement learning II');
  await expect(sessions.nth(1).locator('h2')).toHaveText(AFTERNOON);
  await expect(sessions.nth(1).locator('table tbody tr')).toHaveCount(2);
  await expect(sessions.nth(1).locator('.printed-talk')).toHaveCount(2);
  // each session starts a sheet of its own
  await page.emulateMedia({ media: 'print' });
  await expect(sessions.nth(1)).toHaveCSS('break-before', 'page');
});
