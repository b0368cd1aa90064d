/**
 * The booklet as an offline app: after one visit its service worker has kept it, so pages open and search
 * answers with the network off; a newly built booklet is announced on an open page and taken on reload.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { astroBuild, ROOT } from '../src/node/astro-build';
import { serveDirectory } from '../src/node/static-server';
import { expect, test } from './support/test';

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has kept the booklet and controls the page. */
async function keptOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test('after one visit, talk pages open and search answers with the network off', async ({ page, context }) => {
  await page.goto('/talks/troll/');
  await keptOffline(page);
  await context.setOffline(true);

  await page.goto('/talks/safedpo/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SafeDPO');

  await page.keyboard.press('/');
  await page.keyboard.type('n-player');
  await expect(page.locator('#site-search-results .search-hit-title').first()).toHaveText(
    'Multiplayer Nash Preference Optimization',
  );

  // Addresses with a query are the same page, kept once.
  await page.goto('/search/?q=Leskovec');
  await expect(page.locator('.search-status')).toHaveText('1 result for “Leskovec”.');
  await page.goto('/sessions/oral-5c/?now=2026-04-25T13:45:00Z');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reinforcement learning II');
});

/** Writes a new title into a talk's file. */
function retitle(content: string, slug: string, title: string) {
  const talk = join(content, 'talks', `${slug}.mdx`);
  writeFileSync(talk, readFileSync(talk, 'utf8').replace(/^title: .*$/m, `title: '${title}'`));
}

/** Has an open page look for a newer booklet, as it does when shown again (a phone taken out of a pocket). */
async function lookForUpdate(page: Page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByText('A newer booklet is available')).toBeVisible({ timeout: 30_000 });
}

test('a large booklet keeps pages as they are read, saves the rest on request, and a new build replaces them', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'booklet-large-'));
  const content = join(dir, 'content');
  const site = join(dir, 'site');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  // The seed is small; a limit below its size makes the build plan it as a large booklet.
  const large = { BOOKLET_OFFLINE_WHOLE_MB: '0.2' };
  const build = await astroBuild(content, site, large);
  expect(build.code, build.output).toBe(0);
  expect(build.output).toContain('its shell; 10 pages');
  const server = await serveDirectory(site);
  try {
    await page.goto(`${server.url}/`);
    await keptOffline(page);
    await page.goto(`${server.url}/talks/safedpo/`);
    await page.goto(`${server.url}/talks/troll/`);
    await context.setOffline(true);
    await page.goto(`${server.url}/talks/safedpo/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('SafeDPO');
    await page.goto(`${server.url}/`);

    await expect(page.locator('[data-save-offline]')).toHaveAttribute('data-plan', 'shell');
    const save = page.getByRole('button', { name: /^Save the whole booklet for offline \(10 pages, 0\.\d MB\)$/ });
    await expect(save).toBeVisible();
    await context.setOffline(false);
    await save.click();
    await expect(page.getByText('Saved: all 10 pages of the booklet can be read offline.')).toBeVisible();

    await context.setOffline(true);
    await page.goto(`${server.url}/talks/to-infinity-and-beyond/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('To Infinity and Beyond');
    await page.goto(`${server.url}/sessions/oral-5c/?now=2026-04-25T13:45:00Z`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reinforcement learning II');
    await page.keyboard.press('/');
    await page.keyboard.type('Leskovec');
    await expect(page.locator('#site-search-results .search-hit-title')).toHaveText([
      'Multiplayer Nash Preference Optimization',
    ]);

    // A new build: the TROLL page read and saved before must not come back from the old copy.
    await context.setOffline(false);
    await page.goto(`${server.url}/`);
    const renamed = 'TROLL: Trust Regions Improve Reinforcement Learning for Very Large Language Models';
    retitle(content, 'troll', renamed);
    const rebuild = await astroBuild(content, site, large);
    expect(rebuild.code, rebuild.output).toBe(0);
    await lookForUpdate(page);
    await page.getByRole('button', { name: 'reload' }).click();
    await expect(page.getByText('A newer booklet is available')).toBeHidden();
    await save.click();
    await expect(page.getByText('Saved: all 10 pages of the booklet can be read offline.')).toBeVisible();
    await context.setOffline(true);
    await page.goto(`${server.url}/talks/troll/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames.filter((name) => name.startsWith('booklet-pages-'))).toHaveLength(1);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a small booklet is kept whole and offers no button to save it', async ({ page }) => {
  await page.goto('/');
  await keptOffline(page);
  const offer = page.locator('[data-save-offline]');
  await expect(offer).toHaveAttribute('data-plan', 'whole');
  await expect(offer).toBeHidden();
});

test('a newly built booklet is announced on the open page, and reloading shows it', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'booklet-update-'));
  const content = join(dir, 'content');
  const site = join(dir, 'site');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const first = await astroBuild(content, site);
  expect(first.code, first.output).toBe(0);
  const server = await serveDirectory(site);
  try {
    await page.goto(`${server.url}/talks/troll/`);
    await keptOffline(page);
    await expect(page.getByText('A newer booklet is available')).toBeHidden();

    const renamed = 'TROLL: Trust Regions Improve Reinforcement Learning for Very Large Language Models';
    retitle(content, 'troll', renamed);
    const second = await astroBuild(content, site);
    expect(second.code, second.output).toBe(0);

    await lookForUpdate(page);
    const notice = page.getByText('A newer booklet is available');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(renamed);

    await page.getByRole('button', { name: 'reload' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
    await expect(notice).toBeHidden();
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('registers its service worker only after the page has loaded', async ({ page }) => {
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as unknown as { registeredWhen: string }).registeredWhen = document.readyState;
      return register.apply(this, args);
    };
  });
  await page.goto('/talks/troll/');
  await keptOffline(page);
  expect(await page.evaluate(() => (window as unknown as { registeredWhen: string }).registeredWhen)).toBe('complete');
});

test.describe('where service workers are unavailable', () => {
  test('the booklet reads and searches as before, without errors', async ({ page }) => {
    await page.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
    await page.goto('/talks/troll/');
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    await page.keyboard.press('/');
    await page.keyboard.type('n-player');
    await expect(page.locator('#site-search-results .search-hit-title').first()).toHaveText(
      'Multiplayer Nash Preference Optimization',
    );
    await page.goto('/');
    await expect(page.locator('[data-save-offline]')).toBeHidden();
  });
});
