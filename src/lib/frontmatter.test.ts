import { describe, expect, test } from 'vitest';
import { parseYaml, splitFrontmatter } from './frontmatter';

describe('splitFrontmatter', () => {
  test('separates the YAML from the body and says where the body starts', () => {
    const entry = splitFrontmatter('---\ntitle: A\nsession: s\n---\nThe abstract.\n');
    expect(entry).toEqual({ yaml: 'title: A\nsession: s', body: 'The abstract.\n', bodyLine: 5 });
  });

  test('accepts an entry with no body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n')?.body).toBe('');
    expect(splitFrontmatter('---\ntitle: A\n---')?.body).toBe('');
  });

  test('finds no frontmatter in a file that does not open with ---', () => {
    expect(splitFrontmatter('title: A\n')).toBeUndefined();
  });
});

describe('parseYaml', () => {
  test('keeps timestamps as the text that was written', () => {
    const parsed = parseYaml('start: 2026-04-25T06:30:00\nend: 2026-04-25T06:40:00-07:00');
    expect(parsed).toEqual({ ok: true, data: { start: '2026-04-25T06:30:00', end: '2026-04-25T06:40:00-07:00' } });
  });

  test('reports a syntax error with its line in the file', () => {
    const parsed = parseYaml('title: A\nauthors: [Ada, Bob\nsession: s', 2);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.line).toBeGreaterThanOrEqual(3);
  });

  test('refuses a key given twice', () => {
    expect(parseYaml('title: A\ntitle: B').ok).toBe(false);
  });
});

test('parseYaml says to quote a value that holds a colon', () => {
  const parsed = parseYaml('title: TROLL: Trust Regions');
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.reason).toContain('put a value holding ": " in quotes');
});
