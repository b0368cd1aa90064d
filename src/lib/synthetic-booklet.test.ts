import { describe, expect, test } from 'vitest';
import { parseYaml, splitFrontmatter } from './frontmatter';
import { hasMath } from './math';
import { generateSyntheticBooklet, slugify } from './synthetic-booklet';
import { type BookletFiles, type ContentFile, idOf, validateBooklet } from './validate';

/** The generated files as the content check reads a directory. */
const asBooklet = (files: ContentFile[]): BookletFiles => ({
  conference: files.find((file) => file.path === 'conference.yaml'),
  sessions: files.filter((file) => file.path.startsWith('sessions/')),
  talks: files.filter((file) => file.path.startsWith('talks/')),
  strays: files
    .map((file) => file.path)
    .filter((path) => path !== 'conference.yaml' && !/^(sessions|talks)\/[^/]+\.mdx$/.test(path)),
  directory: 'synthetic',
});

/** An entry's frontmatter fields and body. */
const entry = (file: ContentFile) => {
  const source = splitFrontmatter(file.text);
  if (!source) throw new Error(`${file.path} has no frontmatter`);
  const yaml = parseYaml(source.yaml);
  if (!yaml.ok) throw new Error(`${file.path}: ${yaml.reason}`);
  return { data: yaml.data as Record<string, unknown>, body: source.body };
};

const booklet500 = asBooklet(generateSyntheticBooklet({ talks: 500 }));
const talks500 = booklet500.talks.map(entry);

describe('generateSyntheticBooklet', () => {
  test('gives the same files, byte for byte, for the same talk count and seed', () => {
    expect(generateSyntheticBooklet({ talks: 200 })).toEqual(generateSyntheticBooklet({ talks: 200 }));
    expect(generateSyntheticBooklet({ talks: 200, seed: 7 })).toEqual(
      generateSyntheticBooklet({ talks: 200, seed: 7 }),
    );
    expect(generateSyntheticBooklet({ talks: 200, seed: 7 })).not.toEqual(generateSyntheticBooklet({ talks: 200 }));
  });

  test.each([1, 2, 7, 9, 50, 500, 5000])('writes exactly %i talks, one file each', (count) => {
    const booklet = asBooklet(generateSyntheticBooklet({ talks: count }));
    expect(booklet.talks).toHaveLength(count);
    expect(booklet.conference).toBeDefined();
    expect(booklet.strays).toEqual([]);
  });

  test.each([1, 7, 50, 500])(
    "passes the booklet's own content check with %i talks",
    (count) => {
      expect(validateBooklet(asBooklet(generateSyntheticBooklet({ talks: count })))).toEqual([]);
    },
    60_000,
  );

  test('names every talk file by a unique slug made of lowercase letters, digits and hyphens', () => {
    const slugs = asBooklet(generateSyntheticBooklet({ talks: 5000 })).talks.map((file) => idOf(file.path));
    expect(new Set(slugs).size).toBe(5000);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('puts TeX in some titles and some abstracts', () => {
    const mathTitles = talks500.filter((talk) => hasMath(String(talk.data.title)));
    const mathAbstracts = talks500.filter((talk) => /\$[^$]+\$/.test(talk.body));
    expect(mathTitles.length).toBeGreaterThan(20);
    expect(mathTitles.length).toBeLessThan(100);
    expect(mathAbstracts.length).toBeGreaterThan(60);
  });

  test('writes abstracts of 120 to 250 words, not counting display math', () => {
    for (const talk of talks500) {
      const words = talk.body
        .replace(/\$\$[\s\S]*?\$\$/g, ' ')
        .split(/\s+/)
        .filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(250);
    }
  });

  test('gives talks 1 to 8 authors, whose surnames recur across talks', () => {
    const surnames = new Map<string, number>();
    for (const talk of talks500) {
      const authors = talk.data.authors as (string | { name: string })[];
      expect(authors.length).toBeGreaterThanOrEqual(1);
      expect(authors.length).toBeLessThanOrEqual(8);
      for (const author of authors) {
        const name = typeof author === 'string' ? author : author.name;
        const surname = name.split(' ').at(-1) ?? name;
        surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
      }
    }
    expect(Math.max(...surnames.values())).toBeGreaterThan(10);
  });

  test('puts one talk in twenty in oral sessions of 5 to 8, the rest in poster sessions of up to 500', () => {
    const booklet = asBooklet(generateSyntheticBooklet({ talks: 5000 }));
    const kinds = new Map(booklet.sessions.map((file) => [idOf(file.path), String(entry(file).data.kind)]));
    const sizes = new Map<string, number>();
    for (const talk of booklet.talks) {
      const session = /^session: (.+)$/m.exec(talk.text)?.[1] ?? '';
      sizes.set(session, (sizes.get(session) ?? 0) + 1);
    }
    const ofKind = (kind: string) => [...sizes].filter(([id]) => kinds.get(id) === kind).map(([, size]) => size);
    expect(ofKind('oral').reduce((sum, size) => sum + size, 0)).toBe(250);
    for (const size of ofKind('oral')) expect(size).toBeGreaterThanOrEqual(5);
    for (const size of ofKind('oral')) expect(size).toBeLessThanOrEqual(8);
    expect(ofKind('poster')).toEqual(Array(10).fill(475));
  });

  test('fills sessions with talks of both kinds, and never puts two sessions in one room at once', () => {
    const sessions = booklet500.sessions.map((file) => {
      const { data } = entry(file);
      return { id: idOf(file.path), kind: data.kind, room: String(data.room), start: data.start, end: data.end };
    });
    const sizes = new Map<string, number>();
    for (const talk of talks500) sizes.set(String(talk.data.session), (sizes.get(String(talk.data.session)) ?? 0) + 1);
    for (const session of sessions) expect(sizes.get(session.id)).toBeGreaterThan(0);
    expect(new Set(sessions.map((session) => session.kind))).toEqual(new Set(['oral', 'poster']));
    const byRoom = Map.groupBy(sessions, (session) => session.room);
    for (const [, inRoom] of byRoom) {
      const spans = inRoom
        .map((session) => [Date.parse(String(session.start)), Date.parse(String(session.end))])
        .sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
    }
  });

  test('refuses a talk count that is not a positive integer', () => {
    for (const talks of [0, -3, 1.5, Number.NaN]) expect(() => generateSyntheticBooklet({ talks })).toThrow(RangeError);
  });
});

describe('slugify', () => {
  test('keeps the words of a title and the names of its TeX commands', () => {
    expect(slugify('$\\epsilon$-Greedy Exploration: When Does It Help?')).toBe(
      'epsilon-greedy-exploration-when-does-it-help',
    );
    expect(slugify('$n$-Player Games with $\\mathcal{O}(\\sqrt{T})$ Regret')).toBe('n-player-games-with-o-t-regret');
  });

  test('cuts a long title at a word boundary', () => {
    const slug = slugify(
      'Scalable and Uncertainty-Aware Vision-Language-Action Models for Embodied Instruction Following',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('scalable-and-uncertainty-aware-vision-language-action-models');
  });
});
