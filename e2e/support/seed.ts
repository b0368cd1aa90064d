/**
 * The seed booklet's source: the ICLR 2026 programme page for Oral Session 5C as it was scraped, with times
 * in PDT (UTC−7). Tests compare what the built pages show against it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, splitFrontmatter } from '../../src/lib/frontmatter';

/** A talk as the programme page gives it. */
export interface SeedTalk {
  /** Start and end in PDT as printed, `6:30`. */
  start: string;
  end: string;
  title: string;
  authors: string[];
  /** The abstract as a reader should see it: LaTeX's `~` as a no-break space, `\url{x}` as x. */
  abstract: string;
}

const SEED = join(import.meta.dirname, '..', 'fixtures', 'iclr-2026-oral-5c.txt');

export function seedTalks(): SeedTalk[] {
  const text = readFileSync(SEED, 'utf8');
  const blocks = text.split(/\n\nSat 25 April (\d+:\d+) - (\d+:\d+) PDT\n\n/);
  const talks: SeedTalk[] = [];
  for (let i = 1; i < blocks.length; i += 3) {
    const [title, authors, abstract] = blocks[i + 2].trim().split('\n\n');
    talks.push({
      start: blocks[i],
      end: blocks[i + 1],
      title,
      authors: authors.split(' ⋅ '),
      abstract: abstract.replace(/~/g, '\u00a0').replace(/\\url\{([^}]*)\}/g, '$1'),
    });
  }
  return talks;
}

/** The slugs of the booklet's talks, from content/talks. */
export function talkSlugs(contentDir = join(import.meta.dirname, '..', '..', 'content')): string[] {
  return readdirSync(join(contentDir, 'talks'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''));
}

/** A talk entry's frontmatter, read as the organizer wrote it. */
export function talkFrontmatter(slug: string): Record<string, unknown> {
  const file = join(import.meta.dirname, '..', '..', 'content', 'talks', `${slug}.mdx`);
  const source = splitFrontmatter(readFileSync(file, 'utf8'));
  const parsed = source && parseYaml(source.yaml);
  if (!parsed?.ok) throw new Error(`cannot read ${file}`);
  return parsed.data as Record<string, unknown>;
}
