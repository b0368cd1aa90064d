import { describe, expect, test } from 'vitest';
import { type BookletFiles, type ContentFile, validateBooklet } from './validate';

const conference: ContentFile = {
  path: 'content/conference.yaml',
  text: 'name: ICLR 2026\nvenue: Rio de Janeiro, Brazil\ntimeZone: America/Sao_Paulo\n',
};

const session = (id: string, fields = '') => ({
  path: `content/sessions/${id}.mdx`,
  text: `---\ntitle: Reinforcement learning II\nlabel: Oral Session 5C\nroom: 202 A/B\nstart: "2026-04-25T06:30:00-07:00"\nend: "2026-04-25T08:00:00-07:00"\n${fields}---\n`,
});

const talk = (slug: string, { start = '06:30', end = '06:40', extra = '', body = 'An abstract.' } = {}) => ({
  path: `content/talks/${slug}.mdx`,
  text: `---\ntitle: A talk\nauthors:\n  - Ada Lovelace\nsession: oral-5c\nstart: "2026-04-25T${start}:00-07:00"\nend: "2026-04-25T${end}:00-07:00"\n${extra}---\n\n${body}\n`,
});

const booklet = (parts: Partial<BookletFiles> = {}): BookletFiles => ({
  conference,
  sessions: [session('oral-5c')],
  talks: [talk('first')],
  strays: [],
  directory: 'content',
  ...parts,
});

const messages = (files: BookletFiles) => validateBooklet(files).map((e) => `${e.file}: ${e.field}: ${e.message}`);

describe('validateBooklet', () => {
  test('accepts a good booklet', () => {
    expect(validateBooklet(booklet())).toEqual([]);
  });

  test('names the file and the field of a missing required field', () => {
    const noTitle = { path: 'content/talks/x.mdx', text: talk('x').text.replace('title: A talk\n', '') };
    expect(messages(booklet({ talks: [noTitle] }))).toEqual(['content/talks/x.mdx: title: is required']);
  });

  test('names a wrongly typed field and an empty author list', () => {
    const wrong = {
      path: 'content/talks/x.mdx',
      text: talk('x').text.replace('authors:\n  - Ada Lovelace', 'authors: 42'),
    };
    const empty = {
      path: 'content/talks/y.mdx',
      text: talk('y').text.replace('authors:\n  - Ada Lovelace', 'authors: []'),
    };
    expect(messages(booklet({ talks: [wrong, empty] }))).toEqual([
      'content/talks/x.mdx: authors: must be a list, not number 42',
      'content/talks/y.mdx: authors: must list at least one author',
    ]);
  });

  test('refuses a time without offset, quoted or not', () => {
    const quoted = {
      path: 'content/talks/a.mdx',
      text: talk('a').text.replace('"2026-04-25T06:30:00-07:00"', '"2026-04-25T06:30:00"'),
    };
    const bare = {
      path: 'content/talks/b.mdx',
      text: talk('b', { start: '06:40', end: '06:50' }).text.replace(
        '"2026-04-25T06:40:00-07:00"',
        '2026-04-25T06:40:00',
      ),
    };
    const errors = validateBooklet(booklet({ talks: [quoted, bare] }));
    expect(errors.map((e) => [e.file, e.field])).toEqual([
      ['content/talks/a.mdx', 'start'],
      ['content/talks/b.mdx', 'start'],
    ]);
    for (const error of errors) expect(error.message).toContain('has no UTC offset');
  });

  test('refuses an end that is not after the start', () => {
    expect(messages(booklet({ talks: [talk('x', { start: '06:40', end: '06:40' })] }))).toEqual([
      'content/talks/x.mdx: end: 10:40 UTC\u22123 is not after start (10:40 UTC\u22123)',
    ]);
  });

  test('refuses a talk naming no session', () => {
    const lost = { path: 'content/talks/x.mdx', text: talk('x').text.replace('session: oral-5c', 'session: oral-9z') };
    expect(messages(booklet({ talks: [lost] }))).toEqual([
      'content/talks/x.mdx: session: names no session: there is no sessions/oral-9z.mdx (sessions: oral-5c)',
    ]);
  });

  test('refuses a talk outside its session', () => {
    expect(messages(booklet({ talks: [talk('early', { start: '06:20', end: '06:35' })] }))).toEqual([
      'content/talks/early.mdx: start: 10:20 UTC\u22123 is before its session "oral-5c" starts (10:30 UTC\u22123)',
    ]);
  });

  test('names both files of two overlapping talks', () => {
    const [error, ...rest] = validateBooklet(
      booklet({ talks: [talk('first'), talk('second', { start: '06:35', end: '06:45' })] }),
    );
    expect(rest).toEqual([]);
    expect(error.file).toBe('content/talks/second.mdx');
    expect(error.message).toContain('content/talks/first.mdx');
    expect(error.message).toContain('overlaps');
  });

  test('refuses a link that is not https', () => {
    expect(messages(booklet({ talks: [talk('x', { extra: 'code: http://example.org/x\n' })] }))).toEqual([
      'content/talks/x.mdx: code: "http://example.org/x" must be an https:// URL',
    ]);
  });

  test('reports malformed YAML with its line', () => {
    const broken = { path: 'content/talks/x.mdx', text: '---\ntitle: A\nauthors: [Ada\n---\n' };
    const [error] = validateBooklet(booklet({ talks: [broken] }));
    expect(error.field).toBe('frontmatter');
    expect(error.message).toMatch(/YAML syntax error on line \d/);
  });

  test('names TeX KaTeX cannot parse, in the abstract and in the title', () => {
    const badBody = talk('x', { body: 'Line one.\n\nAn $\\frac{n$-player game.' });
    const badTitle = {
      path: 'content/talks/y.mdx',
      text: talk('y', { start: '06:40', end: '06:50' }).text.replace(
        'title: A talk',
        'title: "A $\\\\notacommand$ talk"',
      ),
    };
    expect(messages(booklet({ talks: [badBody, badTitle] }))).toEqual([
      "content/talks/x.mdx: abstract: line 12: KaTeX cannot render $\\frac{n$: Unexpected end of input in a macro argument, expected '}'",
      'content/talks/y.mdx: title: KaTeX cannot render $\\notacommand$: Undefined control sequence: \\notacommand',
    ]);
  });

  test('reports every problem of a run, not only the first', () => {
    const errors = validateBooklet(
      booklet({
        talks: [talk('a', { extra: 'code: ftp://x\n' }), talk('b', { start: '06:40', end: '06:30' })],
        strays: ['content/talks/notes.md'],
      }),
    );
    expect(errors.map((e) => `${e.file} ${e.field}`)).toEqual([
      'content/talks/notes.md file',
      'content/talks/a.mdx code',
      'content/talks/b.mdx end',
    ]);
  });

  test('refuses unknown fields, naming the ones there are', () => {
    const [error] = validateBooklet(booklet({ talks: [talk('x', { extra: 'titel: Typo\n' })] }));
    expect(error).toMatchObject({ file: 'content/talks/x.mdx', field: 'titel' });
    expect(error.message).toContain('title, authors');
  });

  test('checks the conference file', () => {
    const bad = {
      path: 'content/conference.yaml',
      text: 'name: X\nvenue: Y\ntimeZone: Mars/Base\nurl: http://x.org\n',
    };
    expect(messages(booklet({ conference: bad }))).toEqual([
      'content/conference.yaml: timeZone: "Mars/Base" must be an IANA time zone name such as "America/Sao_Paulo"',
      'content/conference.yaml: url: "http://x.org" must be an https:// URL',
    ]);
    expect(messages(booklet({ conference: undefined }))).toEqual([
      'content/conference.yaml: file: is missing; it names the conference, its venue and time zone',
    ]);
  });

  test('lets poster talks share their session time, and refuses boards outside poster sessions', () => {
    const posterSession = session('posters', 'kind: poster\n');
    const poster = {
      path: 'content/talks/p.mdx',
      text: '---\ntitle: A poster\nauthors: [Ada]\nsession: posters\nboard: 12\n---\n',
    };
    const twin = { ...poster, path: 'content/talks/q.mdx' };
    expect(validateBooklet(booklet({ sessions: [session('oral-5c'), posterSession], talks: [poster, twin] }))).toEqual(
      [],
    );
    expect(messages(booklet({ talks: [talk('x', { extra: 'board: 3\n' })] }))).toEqual([
      'content/talks/x.mdx: board: is for poster sessions only; session "oral-5c" is oral',
    ]);
  });

  test('refuses a file name that would make an awkward URL', () => {
    const [error] = validateBooklet(booklet({ talks: [{ ...talk('x'), path: 'content/talks/My Talk.mdx' }] }));
    expect(error).toMatchObject({ file: 'content/talks/My Talk.mdx', field: 'file name' });
  });
});

test('a session with a wrong time is reported once, not once more for each of its talks', () => {
  const wrong = { ...session('oral-5c'), text: session('oral-5c').text.replace('08:00:00', '06:00:00') };
  expect(
    messages(booklet({ sessions: [wrong], talks: [talk('a'), talk('b', { start: '06:40', end: '06:50' })] })),
  ).toEqual(['content/sessions/oral-5c.mdx: end: 10:00 UTC\u22123 is not after start (10:30 UTC\u22123)']);
});
