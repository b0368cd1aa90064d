/**
 * Checks a booklet's content as a whole before Astro renders a page of it: every entry against its schema,
 * instants against the rule that an offset is written, sessions against their talks, TeX against KaTeX.
 * Every problem is collected, so that one build reports all of them.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { z } from 'astro/zod';
import { conferenceSchema, type Conference } from '../schema/conference';
import { sessionSchema, type SessionData } from '../schema/session';
import { talkSchema, type TalkData } from '../schema/talk';
import { parseYaml, splitFrontmatter } from './frontmatter';
import { splitMath, texError } from './math';
import { parseMdx } from './mdx';
import { formatClock, formatUtcOffset } from './time';

/** A file of the content directory: its path as messages show it, and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** What the content directory holds, read but not yet understood. */
export interface BookletFiles {
  /** `conference.yaml`, or undefined when it is missing. */
  conference?: ContentFile;
  /** The files in `sessions/` named `*.mdx`. */
  sessions: ContentFile[];
  /** The files in `talks/` named `*.mdx`. */
  talks: ContentFile[];
  /** Anything else in `sessions/` or `talks/`: it would be silently skipped, so it is an error. */
  strays: string[];
  /** Where the content directory is, for the message about a missing conference file. */
  directory: string;
}

/** One problem: which file, which field, what is wrong. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

/** A session or talk that passed its own schema, with what the cross-checks need. */
interface Checked<T> {
  id: string;
  data: T;
}

/** An id is the file name; it becomes a URL, so it is kept to what a URL shows plainly. */
const ID_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Checks everything; an empty list means the booklet can be built. */
export function validateBooklet(files: BookletFiles): ContentError[] {
  const errors: ContentError[] = [];
  const report = (file: string, field: string, message: string) => errors.push({ file, field, message });

  for (const stray of files.strays) {
    report(
      stray,
      'file',
      'is not an .mdx entry and would be left out of the booklet; rename it to .mdx or move it out',
    );
  }

  let conference: Conference | undefined;
  if (!files.conference) {
    report(
      `${files.directory}/conference.yaml`,
      'file',
      'is missing; it names the conference, its venue and time zone',
    );
  } else {
    const yaml = parseYaml(files.conference.text);
    if (!yaml.ok) report(files.conference.path, 'YAML', `line ${yaml.line}: ${yaml.reason}`);
    else conference = checkSchema(conferenceSchema, yaml.data, files.conference.path, report);
  }
  // Times in messages are in the venue's zone, like the pages, with the offset so none is misread.
  const timeZone = conference?.timeZone ?? 'UTC';
  const clock = (date: Date) => `${formatClock(date, timeZone)} ${formatUtcOffset(date, timeZone)}`;
  const span = (start: Date, end: Date) => `${formatClock(start, timeZone)}–${clock(end)}`;

  // Sessions whose own entry is wrong are left out of the cross-checks: their talks would only echo the error.
  const sessions = new Map<string, Checked<SessionData>>();
  for (const file of files.sessions) {
    const entry = checkEntry(file, sessionSchema, report);
    if (!entry) continue;
    if (entry.data.end <= entry.data.start)
      report(file.path, 'end', `${clock(entry.data.end)} is not after start (${clock(entry.data.start)})`);
    else sessions.set(entry.id, entry);
  }
  if (files.sessions.length === 0) report(`${files.directory}/sessions`, 'file', 'holds no session entry (*.mdx)');

  const talksBySession = new Map<string, { file: string; start: Date; end: Date }[]>();
  for (const file of files.talks) {
    const entry = checkEntry(file, talkSchema, report);
    if (!entry) continue;
    const { data } = entry;
    const session = sessions.get(data.session);
    if (!session) {
      const known = [...sessions.keys()].slice(0, 8).join(', ');
      const exists = files.sessions.some((s) => idOf(s.path) === data.session);
      if (!exists)
        report(
          file.path,
          'session',
          `names no session: there is no sessions/${data.session}.mdx${known ? ` (sessions: ${known})` : ''}`,
        );
      continue;
    }
    const slot = placeTalk(file.path, data, session, report, { clock, span });
    const poster = session.data.kind === 'poster';
    if (slot && !poster) {
      const list = talksBySession.get(data.session) ?? [];
      list.push({ file: file.path, ...slot });
      talksBySession.set(data.session, list);
    }
  }

  for (const [sessionId, talks] of talksBySession) {
    talks.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
    let latest = talks[0];
    for (const talk of talks.slice(1)) {
      if (talk.start < latest.end) {
        report(
          talk.file,
          'start',
          `${span(talk.start, talk.end)} overlaps ${latest.file} (${span(latest.start, latest.end)}) in oral session "${sessionId}"`,
        );
      }
      if (talk.end > latest.end) latest = talk;
    }
  }
  return errors;
}

type Report = (file: string, field: string, message: string) => void;

/** How messages show times: `clock` an instant, `span` a range. */
interface TimeWords {
  clock: (date: Date) => string;
  span: (start: Date, end: Date) => string;
}

/**
 * Checks a talk's time against its session and returns its slot, or `undefined` when it has no usable one.
 * An oral talk needs its own start and end within the session; a poster takes the session's time.
 */
function placeTalk(
  file: string,
  talk: TalkData,
  session: Checked<SessionData>,
  report: Report,
  { clock, span }: TimeWords,
): { start: Date; end: Date } | undefined {
  const { id, data: times } = session;
  if (times.kind === 'poster') {
    const differs = (field: 'start' | 'end') => talk[field] && talk[field].getTime() !== times[field].getTime();
    const field = differs('start') ? 'start' : differs('end') ? 'end' : undefined;
    if (field) {
      report(
        file,
        field,
        `differs from its poster session "${id}" (${span(times.start, times.end)}); posters share the session's time, so leave start and end out`,
      );
      return undefined;
    }
    return { start: times.start, end: times.end };
  }
  if (talk.board !== undefined) report(file, 'board', `is for poster sessions only; session "${id}" is ${times.kind}`);
  if (!talk.start) report(file, 'start', 'is required (the talk is in an oral session)');
  if (!talk.end) report(file, 'end', 'is required (the talk is in an oral session)');
  if (!talk.start || !talk.end) return undefined;
  const { start, end } = talk;
  if (end <= start) {
    report(file, 'end', `${clock(end)} is not after start (${clock(start)})`);
    return undefined;
  }
  if (start < times.start)
    report(file, 'start', `${clock(start)} is before its session "${id}" starts (${clock(times.start)})`);
  if (end > times.end) report(file, 'end', `${clock(end)} is after its session "${id}" ends (${clock(times.end)})`);
  return { start, end };
}

/** The id of an entry: its file name without `.mdx`. */
export function idOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
}

/** Splits, parses and schema-checks one entry, and checks its TeX; `undefined` when its data is unusable. */
function checkEntry<S extends z.ZodType<{ title: string }>>(
  file: ContentFile,
  schema: S,
  report: Report,
): Checked<z.output<S>> | undefined {
  const id = idOf(file.path);
  if (!ID_PATTERN.test(id)) {
    report(file.path, 'file name', `"${id}" becomes the page's URL: use lowercase letters, digits and hyphens only`);
  }
  const source = splitFrontmatter(file.text);
  if (!source) {
    report(
      file.path,
      'frontmatter',
      'is missing: the file must open with a --- line, the YAML fields, and another --- line',
    );
    return undefined;
  }
  checkBodyMath(source.body, source.bodyLine, file.path, report);
  const yaml = parseYaml(source.yaml, 2);
  if (!yaml.ok) {
    report(file.path, 'frontmatter', `YAML syntax error on line ${yaml.line}: ${yaml.reason}`);
    return undefined;
  }
  const data = checkSchema(schema, yaml.data, file.path, report);
  if (data === undefined) return undefined;
  checkTitleMath(data.title, file.path, report);
  return { id, data };
}

function checkSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  report: Report,
): z.output<S> | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    report(file, 'frontmatter', 'must be a set of "field: value" lines');
    return undefined;
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const fields = 'shape' in schema ? Object.keys((schema as unknown as z.ZodObject).shape) : [];
  for (const issue of result.error.issues) {
    const field = fieldName(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        report(file, fieldName([...issue.path, key]), `is not a field here (fields: ${fields.join(', ')})`);
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      report(file, field, 'is required');
    } else if (issue.code === 'invalid_type') {
      report(
        file,
        field,
        `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describe(issue.input)}`,
      );
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      report(
        file,
        field,
        `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(issue.input)}`,
      );
    } else {
      const shown = JSON.stringify(issue.input);
      const quoted = issue.input === undefined || typeof issue.input === 'object' || issue.message.includes(shown);
      report(file, field, quoted ? issue.message : `${shown} ${issue.message}`);
    }
  }
  return undefined;
}

function fieldName(path: readonly PropertyKey[]): string {
  return (
    path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('') ||
    'frontmatter'
  );
}

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function checkTitleMath(title: string, file: string, report: Report) {
  for (const part of splitMath(title)) {
    if (part.kind !== 'math') continue;
    const reason = texError(part.tex, part.display);
    if (reason) report(file, 'title', `KaTeX cannot render $${part.tex}$: ${reason}`);
  }
}

/** Parses the body as MDX with remark-math, as the build will, and renders every formula with KaTeX. */
function checkBodyMath(body: string, bodyLine: number, file: string, report: Report) {
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    const line = place.line ? ` on line ${place.line + bodyLine - 1}` : '';
    report(file, 'abstract', `is not valid MDX${line}: ${place.reason ?? place.message}`);
    return;
  }
  visit(tree, (node) => {
    if (node.type !== 'inlineMath' && node.type !== 'math') return;
    const display = node.type === 'math';
    const reason = texError(node.value, display);
    if (!reason) return;
    const line = (node.position?.start.line ?? 1) + bodyLine - 1;
    const fence = display ? '$$' : '$';
    report(file, 'abstract', `line ${line}: KaTeX cannot render ${fence}${node.value}${fence}: ${reason}`);
  });
}
