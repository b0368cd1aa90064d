/**
 * Reading an entry's frontmatter as the organizer wrote it. YAML 1.2's core schema (the `yaml` package's
 * default) keeps `2026-04-25T06:30:00` a string, so an instant written without an offset can be told apart
 * from one written with it.
 */
import { parseDocument } from 'yaml';

/** An entry split into its YAML and its MDX body. */
export interface EntrySource {
  /** The YAML between the `---` fences. */
  yaml: string;
  /** The MDX after the closing fence. */
  body: string;
  /** The line of the file on which the body starts (1-based), to point at errors in it. */
  bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody`; `undefined` when the file does not open with a frontmatter fence. */
export function splitFrontmatter(text: string): EntrySource | undefined {
  const match = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine };
}

/** Parsed YAML, or the first syntax error with the line it is on (counted from `firstLine`). */
export type YamlParse = { ok: true; data: unknown } | { ok: false; line: number; reason: string };

/** Parses YAML text; `firstLine` is the file line the text starts on, so errors point into the file. */
export function parseYaml(text: string, firstLine = 1): YamlParse {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + firstLine - 1;
    const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return {
      ok: false,
      line,
      reason: error.code === 'BLOCK_AS_IMPLICIT_KEY' ? `${reason} (put a value holding ": " in quotes)` : reason,
    };
  }
  return { ok: true, data: document.toJS() };
}
