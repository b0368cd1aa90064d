/**
 * Print: each talk page on one sheet of A4 and of US Letter, with its running head, address and QR code;
 * the booklets printed to PDF by the build that `npm run pdf` runs.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { parseYaml } from '../src/lib/frontmatter';
import { plainText } from '../src/lib/math';
import { serveDirectory } from '../src/node/static-server';
import { astroBuild, ROOT } from '../src/node/astro-build';
import { seedTalks, talkFrontmatter, talkSlugs } from './support/seed';
import { expect, test } from './support/test';

const conference = parseYaml(readFileSync(join(ROOT, 'content', 'conference.yaml'), 'utf8'));
if (!conference.ok) throw new Error('cannot read conference.yaml');
const SITE = process.env.BOOKLET_SITE || String((conference.data as { siteUrl: string }).siteUrl);

const run = promisify(execFile);

/** Words on screen that must never reach paper: navigation, search, buttons, footer. */
const SCREEN_ONLY = [
  'Skip to content',
  'Search the booklet',
  'Show my time',
  'Add this talk to your calendar',
  'Printable booklet',
  'Previous talk',
  'Next talk',
  'Built on',
];

/** A PDF's pages as text, whitespace collapsed (lines of a wrapped title join with a space). */
async function pdfPages(data: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    pages.push(text.replace(/\s+/g, ' ').trim());
  }
  await pdf.destroy();
  return pages;
}

/** The fonts a PDF carries inside it: each font descriptor that has a font file, by name without subset tag. */
function embeddedFonts(pdf: Buffer): string[] {
  const descriptors = pdf.toString('latin1').match(/<<[^>]*\/Type \/FontDescriptor[^>]*>>/g) ?? [];
  return descriptors
    .filter((descriptor) => /\/FontFile[23]? /.test(descriptor))
    .map((descriptor) => descriptor.match(/\/FontName \/(?:[A-Z]{6}\+)?([\w-]+)/)?.[1] ?? '');
}

/** Text as it reads in a PDF's text layer: one space between words, whatever the lines. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('a printed talk page', () => {
  for (const slug of talkSlugs()) {
    const entry = talkFrontmatter(slug);
    const title = plainText(String(entry.title));
    const authors = entry.authors as (string | { name: string })[];
    const firstAuthor = typeof authors[0] === 'string' ? authors[0] : authors[0].name;

    for (const format of ['A4', 'Letter'] as const) {
      test(`“${title.slice(0, 40)}…” prints on one ${format} page with its title, first author and address`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: 'dark' }); // paper is black on white whatever the screen's scheme
        await page.goto(`/talks/${slug}/`);
        const [text, ...more] = await pdfPages(new Uint8Array(await page.pdf({ format })));
        expect(more, 'pages after the first').toEqual([]);
        const url = new URL(`/talks/${slug}/`, SITE).href;
        expect(text).toContain(words(title));
        expect(text).toContain(firstAuthor);
        // The address may wrap across lines; its characters stay in order.
        expect(text.replace(/\s/g, '')).toContain(url);
        expect(text).toContain('ICLR 2026 · Oral Session 5C: Reinforcement learning II · Saturday, 25 April 2026');
        expect(text).toContain('(Rio de Janeiro, UTC−3), room 202 A/B');
        for (const screenOnly of SCREEN_ONLY) expect(text).not.toContain(screenOnly);
      });
    }
  }

  test('prints math in KaTeX’s own fonts, embedded in the PDF', async ({ page }) => {
    await page.goto('/talks/multiplayer-nash-preference-optimization/');
    await expect(page.locator('.katex').first()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const fonts = embeddedFonts(pdf);
    expect(fonts).toContain('KaTeX_Math-Italic'); // the n of “n-player”
    // and every font on the sheet travels with it
    expect(pdf.toString('latin1').match(/\/Type \/FontDescriptor/g)).toHaveLength(fonts.length);
  });

  test('a printed search page lists the results, without the form', async ({ page }) => {
    await page.goto('/search/?q=preference');
    await expect(page.locator('.search-status')).toHaveText('4 results for “preference”.');
    const text = (await pdfPages(new Uint8Array(await page.pdf({ format: 'A4' })))).join(' ');
    expect(text).toContain('4 results for “preference”.');
    expect(text).toContain('Multiplayer Nash Preference Optimization');
    for (const screenOnly of [...SCREEN_ONLY, 'All sessions', 'All rooms', 'Order'])
      expect(text).not.toContain(screenOnly);
  });

  test('prints black on white even in the dark scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.goto('/talks/troll/');
    const colors = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return { body: style('body').backgroundColor, text: style('h1').color };
    });
    expect(colors).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
  });

  test('carries a QR code, named for screen readers, that leads back to the page', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/talks/troll/');
    const qr = page.getByRole('img', { name: /^QR code/ });
    await expect(qr).toHaveAttribute('aria-label', `QR code for ${new URL('/talks/troll/', SITE).href}`);
    const png = PNG.sync.read(await qr.screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(new URL('/talks/troll/', SITE).href);
  });
});

test.describe('a talk too long for one sheet', () => {
  /**
   * A talk whose abstract runs over a sheet: `lines` one-line paragraphs, a heading with its paragraph, a
   * few more lines, a sentence leading into a three-line displayed formula, and enough text after it for
   * a second sheet. Talks
   * with 0, 1, 2, … leading lines move the heading and the formula down a line at a time, so one of them
   * meets the foot of the page wherever it falls. Each author has an affiliation and the talk has links,
   * which the seed's talks do not.
   */
  const longTalk = (lines: number) => `---
title: Long abstract ${lines}
authors:
  - { name: Ada Lovelace, affiliation: Analytical Society }
  - Charles Babbage
session: posters
code: https://example.org/long-${lines}/code
paper: https://example.org/long-${lines}.pdf
---

${Array.from({ length: lines }, (_, n) => `Opening line ${n + 1}.`).join('\n\n')}

### Zebra heading

Quokka paragraph under the heading, long enough to take a few lines of the sheet, with words that wrap
from one line to the next and then to a third line of text before it ends here, well after the heading.

${Array.from({ length: 6 }, (_, n) => `Middle line ${n + 1}.`).join('\n\n')}

Which leads into the formula:

$$
\\begin{aligned} a &= \\text{Formulatop} \\\\ b &= \\text{Formulamid} \\\\ c &= \\text{Formulabottom} \\end{aligned}
$$

${Array.from({ length: 40 }, (_, n) => `Closing line ${n + 1}.`).join('\n\n')}
`;
  const VARIANTS = 36;
  let work: string;
  // One build for both papers: the two tests run in order in one worker.
  test.describe.configure({ mode: 'default' });

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    work = mkdtempSync(join(tmpdir(), 'booklet-long-'));
    const content = join(work, 'content');
    mkdirSync(join(content, 'sessions'), { recursive: true });
    mkdirSync(join(content, 'talks'));
    cpSync(join(ROOT, 'content', 'conference.yaml'), join(content, 'conference.yaml'));
    writeFileSync(
      join(content, 'sessions', 'posters.mdx'),
      '---\ntitle: Long abstracts\nlabel: Poster Session 1\nkind: poster\nroom: Hall A\nstart: "2026-04-25T10:00:00-03:00"\nend: "2026-04-25T12:00:00-03:00"\n---\n',
    );
    for (let lines = 0; lines < VARIANTS; lines++)
      writeFileSync(join(content, 'talks', `long-${lines}.mdx`), longTalk(lines));
    const built = await astroBuild(content, join(work, 'dist'));
    expect(built.code, built.output).toBe(0);
  });

  test.afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const format of ['A4', 'Letter'] as const) {
    test(`flows onto a second ${format} sheet, a formula kept whole with its lead-in, a heading with its text`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const server = await serveDirectory(join(work, 'dist'));
      try {
        for (let lines = 0; lines < VARIANTS; lines++) {
          await page.goto(`${server.url}/talks/long-${lines}/`);
          await page.evaluate(() => document.fonts.ready);
          const pages = await pdfPages(new Uint8Array(await page.pdf({ format })));
          const on = (text: string) => pages.findIndex((page) => page.includes(text));
          const variant = `${lines} opening lines: sheets ${JSON.stringify(pages.map((text) => text.slice(-60)))}`;
          expect(pages.length, variant).toBeGreaterThanOrEqual(2);
          expect(on('Zebra heading'), variant).toBe(on('Quokka paragraph'));
          expect(on('Formulatop'), variant).toBe(on('Formulabottom'));
          expect(on('leads into the formula'), variant).toBe(on('Formulatop'));
          expect(on('This page online'), variant).toBe(pages.length - 1);
        }
        // Affiliations, and links written out as addresses: the seed's talks have neither.
        const sheets = await pdfPages(new Uint8Array(await page.pdf({ format })));
        expect(sheets[0]).toContain('Ada Lovelace (Analytical Society)');
        const all = sheets.join('').replace(/\s/g, '');
        expect(all).toContain(`https://example.org/long-${VARIANTS - 1}/code`);
        expect(all).toContain(`https://example.org/long-${VARIANTS - 1}.pdf`);
      } finally {
        await server.close();
      }
    });
  }
});

test.describe('the printable booklets', () => {
  test('a session’s booklet opens with a cover naming the session, its date and room, then its schedule', async ({
    page,
  }) => {
    await page.goto('/sessions/oral-5c/booklet/');
    const cover = page.locator('.booklet-cover');
    for (const text of [
      'ICLR 2026',
      'Oral Session 5C',
      'Reinforcement learning II',
      'Saturday, 25 April 2026',
      '202 A/B',
    ])
      await expect(cover).toContainText(text);
    const rows = page.locator('.booklet-schedule table tbody tr');
    await expect(rows).toHaveCount(seedTalks().length);
    await expect(rows.first()).toContainText('10:30–10:40');
    await expect(rows.first()).toContainText(seedTalks()[0].title);
  });

  for (const [page, booklet, of] of [
    ['/', '/booklet/', 'the whole programme'],
    ['/sessions/oral-5c/', '/sessions/oral-5c/booklet/', 'this session'],
  ]) {
    test(`${page} links its booklet page, and no PDF where the build printed none`, async ({ page: tab }) => {
      await tab.goto(page);
      await expect(tab.getByRole('link', { name: `Printable booklet of ${of}` })).toHaveAttribute('href', booklet);
      await expect(tab.locator('a[href$=".pdf"]')).toHaveCount(0);
      const response = await tab.goto(booklet);
      expect(response?.status()).toBe(200);
      await expect(tab.locator('.printed-talk')).toHaveCount(seedTalks().length);
    });
  }
});

test.describe('npm run pdf', () => {
  test('prints the booklets: cover, schedule and a page per talk, numbered, on A4 or Letter', async () => {
    test.setTimeout(120_000);
    const out = mkdtempSync(join(tmpdir(), 'booklet-pdf-'));
    try {
      for (const [paper, width] of [
        ['a4', 595.92],
        ['letter', 612],
      ] as const) {
        const { stdout } = await run('node', ['scripts/pdf.ts', '--paper', paper, '--out', out], { cwd: ROOT });
        expect(stdout).toContain(`pdf: built and printed into ${out}`);
        for (const file of ['booklet.pdf', 'sessions/oral-5c/booklet.pdf']) {
          const pages = await pdfPages(new Uint8Array(readFileSync(join(out, file))));
          expect(pages.length, file).toBeGreaterThanOrEqual(9);
          pages.forEach((text, i) => expect(text, `${file} page ${i + 1}`).toContain(`${i + 1} / ${pages.length}`));
          // Cover, schedule (every talk's title), then each talk on its own sheet, ending with its address.
          const squeezed = pages.map((text) => text.replace(/\s/g, ''));
          for (const talk of seedTalks()) {
            const title = talk.title.replace(/\s/g, '');
            expect(squeezed[0], `${file}: the cover lists no talk`).not.toContain(title);
            expect(squeezed[1], `${file}: the schedule lists “${talk.title}”`).toContain(title);
          }
          expect(pages.slice(2).map((text) => text.includes('This page online'))).toEqual(seedTalks().map(() => true));
          const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(out, file))) }).promise;
          const [, , pageWidth] = (await pdf.getPage(1)).view;
          expect(pageWidth).toBeCloseTo(width, 0);
          await pdf.destroy();
        }
        // The build that printed them links them.
        expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/booklet.pdf"');
        const session = readFileSync(join(out, 'sessions', 'oral-5c', 'index.html'), 'utf8');
        expect(session).toContain('href="/sessions/oral-5c/booklet.pdf"');
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('says clearly when there is no Chromium, and when the paper is unknown, and fails', () => {
    const noChromium = spawnSync('node', ['scripts/pdf.ts'], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(noChromium.status).toBe(1);
    expect(noChromium.stderr).toContain('pdf: Printing needs Chromium, and none could be started');
    const legal = spawnSync('node', ['scripts/pdf.ts', '--paper', 'legal'], { cwd: ROOT, encoding: 'utf8' });
    expect(legal.status).toBe(1);
    expect(legal.stderr).toContain('The paper must be "a4" or "letter", not "legal".');
  });

  test('without an address for the booklet, the build says so once and prints paths without QR codes, browser or not', async () => {
    test.setTimeout(120_000);
    const work = mkdtempSync(join(tmpdir(), 'booklet-no-site-'));
    try {
      const content = join(work, 'content');
      cpSync(join(ROOT, 'content'), content, { recursive: true });
      const yaml = readFileSync(join(content, 'conference.yaml'), 'utf8');
      writeFileSync(join(content, 'conference.yaml'), yaml.replace(/^siteUrl:.*$/m, ''));
      // and a plain build needs no browser: a Chromium that cannot start does not stop it
      const built = await astroBuild(content, join(work, 'dist'), {
        BOOKLET_SITE: '',
        CHROMIUM_PATH: '/nonexistent/chromium',
      });
      expect(built.code, built.output).toBe(0);
      expect(built.output.match(/The booklet has no address/g)).toHaveLength(1);
      const html = readFileSync(join(work, 'dist', 'talks', 'troll', 'index.html'), 'utf8');
      expect(html).toContain('<span class="printed-url">/talks/troll/</span>');
      expect(html).not.toContain('QR code');
      expect(existsSync(join(work, 'dist', 'booklet.pdf'))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
