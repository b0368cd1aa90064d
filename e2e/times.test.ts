import type { Page } from '@playwright/test';
import { seedTalks } from './support/seed';
import { expect, test } from './support/test';

const SESSION = '/sessions/oral-5c/';
const TROLL = '/talks/troll/';
const seed = seedTalks();

/** The time ranges of a session overview's talks, as the reader sees them. */
function talkTimes(page: Page): Promise<string[]> {
  return page.locator('.talk-summary .time-range').allInnerTexts();
}

/** `6:30` as the booklet writes clock times: `06:30`. */
const clock = (time: string) => time.padStart(5, '0');

test.describe('a reader in California', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('sees the venue’s time first, then their own on “Show my time”: the scraped programme’s PDT times', async ({
    page,
  }) => {
    await page.goto(SESSION);
    const toggle = page.getByRole('button', { name: 'Show my time' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect((await talkTimes(page))[0]).toBe('10:30–10:40 (Rio de Janeiro, UTC−3)');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => talkTimes(page)).toEqual(seed.map((talk) => `${clock(talk.start)}–${clock(talk.end)} PDT`));
    // The session's own time in its header switches too, and the <time> elements keep the exact instant.
    await expect(page.locator('.page-header .time-range')).toHaveText('06:30–08:00 PDT');
    await expect(page.locator('.page-header .time-range time').first()).toHaveAttribute(
      'datetime',
      '2026-04-25T10:30:00-03:00',
    );

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect((await talkTimes(page))[0]).toBe('10:30–10:40 (Rio de Janeiro, UTC−3)');
  });

  test('keeps the choice on other pages and after a reload', async ({ page }) => {
    await page.goto(TROLL);
    await page.getByRole('button', { name: 'Show my time' }).click();
    await expect(page.locator('.facts .time-range')).toHaveText('06:42–06:52 PDT');

    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Show my time' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.session-item .time-range')).toHaveText('06:30–08:00 PDT');
    await expect(page.locator('[data-time-note]')).toHaveText('Times are in your time (America/Los_Angeles).');

    await page.getByRole('button', { name: 'Show my time' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Show my time' })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.session-item .time-range')).toHaveText('10:30–12:00 (Rio de Janeiro, UTC−3)');
  });
});

test.describe('a reader in Kathmandu', () => {
  test.use({ timezoneId: 'Asia/Kathmandu' });

  test('sees their own time at UTC+5:45', async ({ page }) => {
    await page.goto(TROLL);
    await page.getByRole('button', { name: 'Show my time' }).click();
    // 10:42 in Rio on Saturday is 19:27 in Kathmandu, the same Saturday.
    await expect(page.locator('.facts .time-range')).toHaveText('19:27–19:37 UTC+5:45');
  });
});

test.describe('a reader in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('sees the talk at 22:42 the same day', async ({ page }) => {
    await page.goto(TROLL);
    await page.getByRole('button', { name: 'Show my time' }).click();
    await expect(page.locator('.facts .time-range')).toHaveText('22:42–22:52 UTC+9');
  });
});

test.describe('a reader on Kiritimati', () => {
  test.use({ timezoneId: 'Pacific/Kiritimati' });

  test('sees the talk on their Sunday, with the day named, as it is Saturday at the venue', async ({ page }) => {
    await page.goto(TROLL);
    await page.getByRole('button', { name: 'Show my time' }).click();
    // 10:42 in Rio on Saturday 25 April is 13:42Z, 03:42 on Sunday at UTC+14.
    await expect(page.locator('.facts .time-range')).toHaveText('Sun 26 Apr 03:42–03:52 UTC+14');
  });
});

test('pages without times to switch, and printable booklets, offer no “Show my time”', async ({ page }) => {
  for (const path of ['/search/?q=TROLL', '/booklet/', '/sessions/oral-5c/booklet/', '/no-such-page/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-time-toggle]'), path).toHaveCount(0);
  }
  await page.goto(TROLL);
  await expect(page.getByRole('button', { name: 'Show my time' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, timezoneId: 'America/Los_Angeles' });

  test('the venue’s time shows and there is no button to switch', async ({ page }) => {
    await page.goto(TROLL);
    await expect(page.locator('.facts .time-range')).toHaveText('10:42–10:52 (Rio de Janeiro, UTC−3)');
    await expect(page.getByRole('button', { name: 'Show my time' })).toHaveCount(0);
    await page.goto(SESSION);
    await expect(page.locator('[data-now]')).toHaveCount(0);
  });
});

test.describe('now and next', () => {
  test('?now= marks the talk that is on as now and the one after it as next', async ({ page }) => {
    // 13:45Z is 06:45 PDT: TROLL (06:42–06:52) is on, the Nash preference talk (06:54) is next.
    await page.goto(`${SESSION}?now=2026-04-25T13:45:00Z`);
    const now = page.locator('[data-now="now"]');
    const next = page.locator('[data-now="next"]');
    await expect(now).toHaveCount(1);
    await expect(now.locator('.talk-heading a')).toHaveAttribute('href', TROLL);
    await expect(now).toContainText('Now');
    await expect(next).toHaveCount(1);
    await expect(next.locator('.talk-heading a')).toHaveAttribute(
      'href',
      '/talks/multiplayer-nash-preference-optimization/',
    );
    await expect(next).toContainText('Next');
  });

  test('between two talks marks none as now, and the coming one as next', async ({ page }) => {
    await page.goto(`${SESSION}?now=2026-04-25T13:41:00Z`);
    await expect(page.locator('[data-now="now"]')).toHaveCount(0);
    await expect(page.locator('[data-now="next"] .talk-heading a')).toHaveAttribute('href', TROLL);
  });

  test('the home page marks the session that is on, and before it starts, the session as next', async ({ page }) => {
    await page.goto('/?now=2026-04-25T13:45:00Z');
    await expect(page.locator('.session-item[data-now="now"]')).toContainText('Oral Session 5C');
    await page.goto('/?now=2026-04-25T12:00:00Z');
    await expect(page.locator('.session-item[data-now="next"]')).toContainText('Next');
    await expect(page.locator('[data-now="now"]')).toHaveCount(0);
  });

  test('marks nothing before or after the conference day', async ({ page }) => {
    for (const moment of ['2026-04-24T13:45:00Z', '2026-04-25T16:00:00Z']) {
      await page.goto(`${SESSION}?now=${moment}`);
      await expect(page.locator('.talk-list')).toBeVisible();
      await expect(page.locator('[data-now]')).toHaveCount(0);
    }
  });
});
