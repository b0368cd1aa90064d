import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';
import { parseYaml, splitFrontmatter } from '../src/lib/frontmatter';
import { plainText } from '../src/lib/math';
import { seedTalks, talkFrontmatter, talkSlugs } from './support/seed';
import { expect, test } from './support/test';

const CONTENT = join(import.meta.dirname, '..', 'content');

function frontmatter(path: string): Record<string, unknown> {
  const source = splitFrontmatter(readFileSync(join(CONTENT, path), 'utf8'));
  const parsed = source ? parseYaml(source.yaml) : undefined;
  if (!parsed?.ok) throw new Error(`cannot read ${path}`);
  return parsed.data as Record<string, unknown>;
}

const conference = parseYaml(readFileSync(join(CONTENT, 'conference.yaml'), 'utf8'));
if (!conference.ok) throw new Error('cannot read conference.yaml');
const { venue, siteUrl } = conference.data as { venue: string; siteUrl: string };
const site = process.env.BOOKLET_SITE || siteUrl;
const sessionIds = readdirSync(join(CONTENT, 'sessions')).map((name) => name.replace(/\.mdx$/, ''));
const slugs = talkSlugs();

/** What the content says each talk's event must be. */
const expected = new Map(
  slugs.map((slug) => {
    const talk = talkFrontmatter(slug);
    const session = frontmatter(`sessions/${talk.session}.mdx`);
    return [
      `${slug}@${new URL(site).host}`,
      {
        start: new Date(String(talk.start ?? session.start)).toISOString(),
        end: new Date(String(talk.end ?? session.end)).toISOString(),
        summary: plainText(String(talk.title)),
        location: `${session.room}, ${venue}`,
        url: new URL(`/talks/${slug}/`, site).href,
        session: String(talk.session),
      },
    ];
  }),
);

/** The events of a calendar file as a real iCalendar parser (ical.js) reads them. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      summary: event.summary,
      location: event.location,
      url: vevent.getFirstPropertyValue('url'),
      description: event.description,
    };
  });
}

/** Fetches a calendar file over HTTP, as a calendar app subscribing to it would, and reads its events. */
async function readCalendar(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toMatch(/^text\/calendar/);
  // RFC 5545 §3.1: lines end with CRLF and are folded at 75 octets; a parser forgives what a strict app may not.
  const text = await response.text();
  expect(text.endsWith('\r\n'), path).toBe(true);
  expect(text.replaceAll('\r\n', ''), path).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n').slice(0, -1);
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), `${path}: ${line}`).toBeLessThanOrEqual(75);
  return parseEvents(text);
}

const files = [
  ...slugs.map((slug) => ({ path: `/talks/${slug}.ics`, talks: [slug] })),
  ...sessionIds.map((id) => ({
    path: `/sessions/${id}.ics`,
    talks: slugs.filter((slug) => expected.get(`${slug}@${new URL(site).host}`)?.session === id),
  })),
  { path: '/program.ics', talks: slugs },
];

for (const file of files) {
  test(`${file.path} parses and its ${file.talks.length} events match the content`, async ({ request }) => {
    const events = await readCalendar(request, file.path);
    expect(events.map((event) => event.uid).sort()).toEqual(
      file.talks.map((slug) => `${slug}@${new URL(site).host}`).sort(),
    );
    for (const event of events) {
      const { session: _, ...want } = expected.get(event.uid)!;
      expect({
        start: event.start,
        end: event.end,
        summary: event.summary,
        location: event.location,
        url: event.url,
      }).toEqual(want);
    }
  });
}

test('the events keep the seed programme’s times and give authors and abstract', async ({ request }) => {
  const events = await readCalendar(request, '/program.ics');
  const seed = seedTalks();
  // The scraped programme gives times in PDT: each event starts at one of them, to the minute.
  const pdt = (iso: string) =>
    new Date(iso).toLocaleTimeString('en-GB', { timeZone: 'America/Los_Angeles', hour: '2-digit', minute: '2-digit' });
  expect(events.map((event) => pdt(event.start)).sort()).toEqual(
    seed.map((talk) => talk.start.padStart(5, '0')).sort(),
  );
  expect(events.map((event) => pdt(event.end)).sort()).toEqual(seed.map((talk) => talk.end.padStart(5, '0')).sort());
  const mnpo = events.find((event) => event.uid.startsWith('multiplayer-nash-preference-optimization@'))!;
  expect(mnpo.summary).toContain('Multiplayer Nash Preference Optimization');
  expect(mnpo.description).toContain('Fang Wu');
  expect(mnpo.description).toContain('n-player');
  expect(mnpo.description).not.toMatch(/<|\$/);
});

test('talk pages, the session overview and the home page link their calendar files', async ({ page, request }) => {
  for (const [path, name, href] of [
    ['/talks/troll/', 'Add this talk to your calendar', '/talks/troll.ics'],
    ['/sessions/oral-5c/', 'Add the session’s talks to your calendar', '/sessions/oral-5c.ics'],
    ['/', 'Add the whole programme to your calendar', '/program.ics'],
  ]) {
    await page.goto(path);
    const link = page.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', href);
    expect((await readCalendar(request, href)).length).toBeGreaterThan(0);
  }
});

test('clicking a talk’s Add to calendar link gets that talk’s event', async ({ page }) => {
  await page.goto('/talks/troll/');
  // Chromium does not display text/calendar: following the link saves the file, as for a reader.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Add this talk to your calendar' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('troll.ics');
  const events = parseEvents(readFileSync(await download.path(), 'utf8'));
  expect(events.map((event) => event.uid)).toEqual([`troll@${new URL(site).host}`]);
  expect(events[0].summary).toBe(expected.get(events[0].uid)?.summary);
});
