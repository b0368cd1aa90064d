/**
 * Bad content stops the real build (`astro build` with BOOKLET_CONTENT) before a page is written, and the
 * report names the file, the field and what is wrong; good content in a directory outside the project builds.
 * Each case copies content/ into a fresh temporary directory and changes one thing in it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { astroBuild, ROOT } from '../src/node/astro-build';

// Builds of the project take turns (see astroBuild): a test may wait for another worker's build first.
test.describe.configure({ mode: 'parallel', timeout: 120_000 });

const TROLL = 'talks/troll.mdx';
const SAFEDPO = 'talks/safedpo.mdx';
const NASH = 'talks/multiplayer-nash-preference-optimization.mdx';
const SEMI = 'talks/semi-supervised-preference-optimization-with-limited-feedback.mdx';
const SESSION = 'sessions/oral-5c.mdx';

/** A file's new text, or a change to the seed file of that name. */
type Edit = string | ((text: string) => string);

interface Build {
  code: number | null;
  /** stdout and stderr, without colour codes. */
  output: string;
  /** The content directory built from, as the report prints its paths. */
  content: string;
  outDir: string;
}

const temporary: string[] = [];
test.afterEach(async ({}, testInfo) => {
  // Kept when a test fails, to look at; the failure message names it.
  const dirs = temporary.splice(0);
  if (testInfo.status === testInfo.expectedStatus)
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Replaces text in a seed file, failing loudly if the seed no longer holds it (the case would test nothing). */
function replace(search: string | RegExp, replacement: string): (text: string) => string {
  return (text) => {
    if (typeof search === 'string' ? !text.includes(search) : !search.test(text)) {
      throw new Error(`the seed file no longer holds ${String(search)}`);
    }
    return text.replace(search, replacement);
  };
}

/** Builds a content directory in /tmp: a copy of content/ with `edits` applied, or (seed: false) only `edits`. */
async function buildWith(edits: Record<string, Edit>, { seed = true } = {}): Promise<Build> {
  const dir = mkdtempSync(join(tmpdir(), 'booklet-e2e-'));
  temporary.push(dir);
  const content = join(dir, 'content');
  if (seed) cpSync(join(ROOT, 'content'), content, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(content, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8')));
  }
  const outDir = join(dir, 'dist');
  const { code, output } = await astroBuild(content, outDir);
  return { code, output: `${output}\n(built in ${dir})`, content, outDir };
}

/** The build failed in content validation, reporting `count` problems (if given), and wrote no page. */
function expectRefused(build: Build, count?: number) {
  expect(build.code, build.output).not.toBe(0);
  const problems = count === undefined ? String.raw`\d+ problems?` : count === 1 ? '1 problem' : `${count} problems`;
  expect(build.output).toMatch(new RegExp(`The booklet's content has ${problems}; nothing was built:`));
  expect(existsSync(join(build.outDir, 'index.html')), 'no index.html was written').toBe(false);
}

/** The 1-based line of the built content file that holds `needle`. */
function lineOf(build: Build, file: string, needle: string): number {
  return (
    readFileSync(join(build.content, file), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(needle)) + 1
  );
}

/** The report has a line `  <file>: <field>: <message>` whose message holds every one of `words`. */
function expectProblem(build: Build, file: string, field: string, ...words: string[]) {
  const prefix = `  ${join(build.content, file)}: ${field}: `;
  const messages = build.output
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
  expect(
    messages.some((message) => words.every((word) => message.includes(word))),
    `a line "${prefix}…" saying ${JSON.stringify(words)} in:\n${build.output}`,
  ).toBe(true);
}

test('a talk without a title stops the build, naming the file and the field', async () => {
  const build = await buildWith({ [TROLL]: replace(/^title: .*\n/m, '') });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'title', 'is required');
});

test('a talk whose authors are a number instead of a list stops the build, saying a list is expected', async () => {
  const build = await buildWith({ [TROLL]: replace(/^authors:\n(  - .*\n)+/m, 'authors: 42\n') });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'authors', 'must be a list', '42');
});

test('a talk with an empty author list stops the build, asking for at least one author', async () => {
  const build = await buildWith({ [TROLL]: replace(/^authors:\n(  - .*\n)+/m, 'authors: []\n') });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'authors', 'at least one author');
});

test('a quoted start time without a UTC offset stops the build, asking for the offset', async () => {
  const build = await buildWith({
    [TROLL]: replace('start: "2026-04-25T06:42:00-07:00"', 'start: "2026-04-25T06:42:00"'),
  });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'start', '"2026-04-25T06:42:00" has no UTC offset');
});

test('an unquoted start time without a UTC offset stops the build instead of being read as UTC', async () => {
  const build = await buildWith({
    [TROLL]: replace('start: "2026-04-25T06:42:00-07:00"', 'start: 2026-04-25T06:42:00'),
  });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'start', '"2026-04-25T06:42:00" has no UTC offset');
});

test('a start that is not a date and time stops the build, showing the text and the expected form', async () => {
  const build = await buildWith({ [TROLL]: replace('start: "2026-04-25T06:42:00-07:00"', 'start: "next Tuesday"') });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'start', '"next Tuesday"', 'is not an ISO 8601 date and time with an offset');
});

test('a talk that ends when it starts stops the build, showing both times in the venue time zone', async () => {
  const build = await buildWith({
    [TROLL]: replace('end: "2026-04-25T06:52:00-07:00"', 'end: "2026-04-25T06:42:00-07:00"'),
  });
  expectRefused(build, 1);
  // 06:42 at UTC−7 is 10:42 in Rio de Janeiro (UTC−3).
  expectProblem(build, TROLL, 'end', '10:42 UTC\u22123 is not after start (10:42 UTC\u22123)');
});

test('a session that ends before it starts stops the build, naming the session file', async () => {
  const build = await buildWith({
    [SESSION]: replace('end: "2026-04-25T08:00:00-07:00"', 'end: "2026-04-25T06:00:00-07:00"'),
  });
  // Only the session's own error: its talks are not also reported as running past its (wrong) end.
  expectRefused(build, 1);
  expectProblem(build, SESSION, 'end', '10:00 UTC\u22123 is not after start (10:30 UTC\u22123)');
});

test('a talk naming a session that does not exist stops the build, listing the sessions there are', async () => {
  const build = await buildWith({ [TROLL]: replace('session: oral-5c', 'session: oral-9z') });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'session', 'names no session', 'sessions/oral-9z.mdx', '(sessions: oral-5c)');
});

test('a talk running past the end of its session stops the build, naming the session and its end', async () => {
  const build = await buildWith({
    'talks/why-dpo-is-a-misspecified-estimator-and-how-to-fix-it.mdx': replace(
      'end: "2026-04-25T07:52:00-07:00"',
      'end: "2026-04-25T08:10:00-07:00"',
    ),
  });
  expectRefused(build, 1);
  expectProblem(
    build,
    'talks/why-dpo-is-a-misspecified-estimator-and-how-to-fix-it.mdx',
    'end',
    '12:10 UTC\u22123 is after its session "oral-5c" ends (12:00 UTC\u22123)',
  );
});

test('two overlapping talks of an oral session stop the build, naming both files', async () => {
  // TROLL moved to 06:38–06:52 overlaps SEMI at 06:30–06:40.
  const build = await buildWith({
    [TROLL]: replace('start: "2026-04-25T06:42:00-07:00"', 'start: "2026-04-25T06:38:00-07:00"'),
  });
  expectRefused(build, 1);
  expectProblem(
    build,
    TROLL,
    'start',
    '10:38–10:52 UTC\u22123 overlaps',
    `${join(build.content, SEMI)} (10:30–10:40 UTC\u22123)`,
    'oral session "oral-5c"',
  );
});

test('a link that is not https stops the build, naming the field and the URL', async () => {
  const build = await buildWith({
    [TROLL]: replace('session: oral-5c', 'session: oral-5c\ncode: http://example.org/x'),
  });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'code', '"http://example.org/x"', 'must be an https:// URL');
});

test('malformed YAML frontmatter stops the build, giving the line of the syntax error', async () => {
  // A title holding ": " without quotes is the YAML mistake organizers make.
  const build = await buildWith({ [TROLL]: replace('title: "TROLL: Trust Regions', 'title: TROLL: Trust Regions') });
  expectRefused(build, 1);
  expectProblem(build, TROLL, 'frontmatter', `YAML syntax error on line ${lineOf(build, TROLL, 'title: TROLL:')}:`);
});

test('TeX that KaTeX cannot parse in an abstract stops the build, naming the formula and its line', async () => {
  const build = await buildWith({ [TROLL]: (text) => `${text}\nThe cost is $\\frac{n$ per step.\n` });
  expectRefused(build, 1);
  expectProblem(
    build,
    TROLL,
    'abstract',
    `line ${lineOf(build, TROLL, 'The cost is')}: KaTeX cannot render $\\frac{n$:`,
  );
  expect(build.output).not.toContain('katex-error');
});

test('TeX that KaTeX cannot parse in a title stops the build, naming the formula', async () => {
  const build = await buildWith({ [NASH]: replace('title: Multiplayer Nash', 'title: Multiplayer $\\frac{n$ Nash') });
  expectRefused(build, 1);
  expectProblem(build, NASH, 'title', 'KaTeX cannot render $\\frac{n$');
  expect(build.output).not.toContain('katex-error');
});

test('problems in several files are all reported by one build', async () => {
  const build = await buildWith({
    [TROLL]: replace(/^authors:\n(  - .*\n)+/m, 'authors: []\n'),
    [SAFEDPO]: replace(/^title: .*\n/m, ''),
    'conference.yaml': replace('timeZone: America/Sao_Paulo', 'timeZone: Rio'),
  });
  expectRefused(build, 3);
  expectProblem(build, TROLL, 'authors', 'at least one author');
  expectProblem(build, SAFEDPO, 'title', 'is required');
  expectProblem(build, 'conference.yaml', 'timeZone', '"Rio"', 'must be an IANA time zone name');
});

test('a file in talks/ that is not .mdx stops the build instead of being left out silently', async () => {
  const build = await buildWith({ 'talks/notes.md': '---\ntitle: A talk in the wrong format\n---\n' });
  expectRefused(build, 1);
  expectProblem(build, 'talks/notes.md', 'file', 'is not an .mdx entry');
});

test('a valid conference in a directory outside the project builds every page from it', async () => {
  const build = await buildWith(
    {
      'conference.yaml': 'name: Workshop on Small Things 2027\nvenue: Kathmandu, Nepal\ntimeZone: Asia/Kathmandu\n',
      'sessions/morning-orals.mdx': [
        '---',
        'title: Morning orals',
        'label: Oral Session 1',
        'room: Hall A',
        'start: "2027-03-01T09:00:00+05:45"',
        'end: "2027-03-01T10:00:00+05:45"',
        '---',
        '',
        'Short talks on *small* things.',
        '',
      ].join('\n'),
      'sessions/afternoon-posters.mdx': [
        '---',
        'title: Afternoon posters',
        'label: Poster Session 1',
        'kind: poster',
        'room: Foyer',
        'start: "2027-03-01T14:00:00+05:45"',
        'end: "2027-03-01T16:00:00+05:45"',
        '---',
        '',
      ].join('\n'),
      'talks/annealing-beta.mdx': [
        '---',
        "title: 'Annealing $\\beta$ Schedules'",
        'authors: [{ name: Ada Quill, affiliation: Tribhuvan University }, Bo Chen]',
        'session: morning-orals',
        'start: "2027-03-01T09:00:00+05:45"',
        'end: "2027-03-01T09:20:00+05:45"',
        'code: https://example.org/annealing-beta',
        '---',
        '',
        'We anneal $\\beta$ from $0$ to $1$.',
        '',
      ].join('\n'),
      'talks/a-poster-about-posters.mdx':
        '---\ntitle: A Poster About Posters\nauthors: [Cy Dee]\nsession: afternoon-posters\nboard: 7\n---\n\nA poster.\n',
    },
    { seed: false },
  );
  expect(build.code, build.output).toBe(0);
  expect(build.output).toContain(`content checked: ${build.content}`);
  for (const page of [
    'index.html',
    'sessions/morning-orals/index.html',
    'sessions/afternoon-posters/index.html',
    'talks/a-poster-about-posters/index.html',
  ]) {
    expect(existsSync(join(build.outDir, page)), page).toBe(true);
  }
  const talk = readFileSync(join(build.outDir, 'talks/annealing-beta/index.html'), 'utf8');
  expect(talk).toContain('Tribhuvan University');
  expect(talk).toContain('https://example.org/annealing-beta');
  expect(talk).toContain('class="katex"');
  expect(talk).not.toContain('katex-error');
  expect(talk).toContain(
    '09:00</time>–<time datetime="2027-03-01T09:20:00+05:45">09:20</time> <span class="zone">(Kathmandu, UTC+5:45)',
  );
  expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toContain('Workshop on Small Things 2027');
  const session = readFileSync(join(build.outDir, 'sessions/morning-orals/index.html'), 'utf8');
  expect(session).toContain('<p>Short talks on <em>small</em> things.</p>');
  const poster = readFileSync(join(build.outDir, 'sessions/afternoon-posters/index.html'), 'utf8');
  expect(poster).toContain('Board 7');
});
