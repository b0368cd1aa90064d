import type { Page } from '@playwright/test';
import { seedTalks, talkFrontmatter, talkSlugs } from './support/seed';
import { expect, test } from './support/test';

const SESSION = '/sessions/oral-5c/';
const slugs = talkSlugs();
const seed = seedTalks();

/** The slug whose entry starts at the seed talk's PDT time: entries are matched to the seed by time. */
function slugAt(start: string): string {
  const iso = `2026-04-25T${start.padStart(5, '0')}:00-07:00`;
  const slug = slugs.find((candidate) => talkFrontmatter(candidate).start === iso);
  if (!slug) throw new Error(`no talk entry starts at ${iso}`);
  return slug;
}

/** The text of an element with each KaTeX formula put back as its `$TeX$` source. */
function textWithTex(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const formula of copy.querySelectorAll('.katex')) {
        const tex = formula.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '';
        formula.replaceWith(`$${tex}$`);
      }
      return (copy.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
    });
}

test('the booklet has a page for each of the seed’s 7 talks', () => {
  expect(seed).toHaveLength(7);
  expect(slugs).toHaveLength(7);
});

for (const talk of seed) {
  test(`the talk page of “${talk.title}” shows its title, authors, time and abstract as the programme gave them`, async ({
    page,
  }) => {
    await page.goto(`/talks/${slugAt(talk.start)}/`);
    await expect(page.locator('h1')).toHaveText(talk.title);
    await expect(page).toHaveTitle(`${talk.title} · ICLR 2026`);
    await expect(page.locator('header .authors .author-name')).toHaveText(talk.authors);
    expect(await textWithTex(page, '.abstract')).toBe(talk.abstract);
    // 6:30 PDT (UTC−7) is 10:30 in Rio de Janeiro (UTC−3).
    const [hours, minutes] = talk.start.split(':').map(Number);
    const rio = `${String(hours + 4).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
    const time = page.locator('.facts time').nth(1);
    await expect(time).toHaveText(rio);
    await expect(time).toHaveAttribute('datetime', `2026-04-25T${rio}:00-03:00`);
    await expect(page.locator('.facts')).toContainText('Saturday, 25 April 2026');
    await expect(page.locator('.facts')).toContainText('(Rio de Janeiro, UTC\u22123)');
    await expect(page.locator('.facts')).toContainText('202 A/B');
    await expect(page.locator('.eyebrow a')).toHaveAttribute('href', SESSION);
  });
}

test('the session overview lists the 7 talks in time order with their abstracts', async ({ page }) => {
  await page.goto(SESSION);
  await expect(page.locator('h1')).toHaveText('Reinforcement learning II');
  await expect(page.locator('.eyebrow')).toHaveText('Oral Session 5C');
  await expect(page.locator('.page-header .facts')).toContainText('10:30–12:00 (Rio de Janeiro, UTC\u22123)');
  const items = page.locator('.talk-summary');
  await expect(items.locator('.talk-heading')).toHaveText(seed.map((talk) => talk.title));
  await expect(items.locator('.talk-heading a')).toHaveCount(7);
  for (const [index, talk] of seed.entries()) {
    await expect(items.nth(index).locator('.talk-heading a')).toHaveAttribute('href', `/talks/${slugAt(talk.start)}/`);
    await expect(items.nth(index).locator('.author-name')).toHaveText(talk.authors);
    expect(await textWithTex(page, `.talk-summary:nth-child(${index + 1}) .abstract`)).toBe(talk.abstract);
  }
  const starts = await items
    .locator('.talk-slot time:first-child')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(starts).toEqual([...starts].sort());
});

test('the home page lists the day and its session', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toContainText('ICLR 2026');
  await expect(page.locator('.program-day h2')).toHaveText('Saturday, 25 April 2026');
  const session = page.locator('.session-item');
  await expect(session).toHaveCount(1);
  await expect(session).toContainText('Oral Session 5C');
  await expect(session).toContainText('Reinforcement learning II');
  await expect(session.locator('.session-meta')).toHaveText('Room 202 A/B · 7 talks');
  await expect(session).toContainText('10:30–12:00 (Rio de Janeiro, UTC\u22123)');
  await session.getByRole('link').click();
  await expect(page).toHaveURL(SESSION);
});

test('math is rendered by KaTeX at build time and no raw $ is left in the text', async ({ page }) => {
  for (const path of ['/', SESSION, ...slugs.map((slug) => `/talks/${slug}/`)]) {
    await page.goto(path);
    expect(await page.locator('body').innerText(), path).not.toContain('$');
    await expect(page.locator('.katex-error'), path).toHaveCount(0);
  }
  await page.goto(`/talks/${slugAt('6:54')}/`);
  const formula = page.locator('.abstract .katex');
  await expect(formula).toHaveCount(1);
  await expect(formula.locator('annotation')).toHaveText('n');
  await expect(formula.locator('.katex-html')).toBeVisible();
});

test('LaTeX text commands from the source show as a link and a no-break space', async ({ page }) => {
  await page.goto(`/talks/${slugAt('6:54')}/`);
  const link = page.locator('.abstract a[href="https://github.com/smiles724/MNPO"]');
  await expect(link).toHaveText('https://github.com/smiles724/MNPO');
  const text = (await page.locator('.abstract').textContent()) ?? '';
  expect(text).toContain('Code is available at\u00a0https://github.com/smiles724/MNPO.');
  expect(text).not.toMatch(/\\url|~/);
});

test('pages without math download no KaTeX stylesheet or fonts; a page with math only the fonts it uses', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`/talks/${slugAt('6:42')}/`);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((url) => /katex/i.test(url))).toEqual([]);
  await page.goto(`/talks/${slugAt('6:54')}/`);
  await page.waitForLoadState('networkidle');
  const fonts = requested.filter((url) => /KaTeX_.*\.woff2$/.test(url));
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.length).toBeLessThanOrEqual(4);
});

test('talk pages link the talks before and after in the session', async ({ page }) => {
  const first = slugAt(seed[0].start);
  const second = slugAt(seed[1].start);
  await page.goto(`/talks/${first}/`);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(`/talks/${second}/`);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/talks/${first}/`);
  await page.goto(`/talks/${slugAt(seed[6].start)}/`);
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});

test('every page ends with the date the booklet was built', async ({ page }) => {
  await page.goto('/');
  const built = page.locator('.site-footer time');
  await expect(built).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('.site-footer')).toContainText('Built on');
});

test('an unknown path gets the booklet’s 404 page', async ({ page }) => {
  const response = await page.goto('/talks/no-such-talk/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the programme' }).click();
  await expect(page).toHaveURL('/');
});

test('the keyboard reaches the content first through the skip link', async ({ page }) => {
  await page.goto(`/talks/${slugs[0]}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('printing leaves out the header, footer and navigation', async ({ page }) => {
  await page.goto(`/talks/${slugAt('6:30')}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.talk-pager')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});
