import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendarFile, type CalendarContext, type CalendarTalk } from './calendar';
import { oral5cWith } from './oral-5c.fixture';

/** A one-talk programme of Oral Session 5C, the talk titled as given. */
function programWith(title: string) {
  return oral5cWith({
    slug: 'mnpo',
    title,
    authors: [{ name: 'Fang Wu', affiliation: 'Stanford University' }, { name: 'Xu Huang' }],
    abstractHasMath: true,
  });
}

const program = programWith('Multiplayer Nash: the $n$-player game; commas, semicolons \\ and a backslash');
const [session] = program.sessions;
const [talk] = session.talks;
const abstract =
  'We study an $n$-player game.\n\nÜber-long second paragraph, with “quotes”, émigrés and 数学 so that lines must fold ' +
  'somewhere in the middle of a multi-byte character unless the writer counts octets rather than characters. '.repeat(
    2,
  );
const entry: CalendarTalk = { talk, session, abstract };
const context: CalendarContext = {
  conference: program.conference,
  site: new URL('https://iclr2026-booklet.example.org/'),
  builtAt: new Date('2026-04-01T12:00:00Z'),
};

/** The events of a calendar file, as a real iCalendar parser reads them. */
function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** The physical lines of a property: its first line and the folded ones (a leading space) after it. */
function physicalLines(text: string, property: string): string[] {
  const lines = text.split('\r\n');
  const first = lines.findIndex((line) => line.startsWith(`${property}:`));
  const rest = lines.slice(first + 1);
  const folded = rest.findIndex((line) => !line.startsWith(' '));
  return [lines[first], ...rest.slice(0, folded)];
}

describe('calendarFile', () => {
  const text = calendarFile('Oral Session 5C', [entry], context);
  const [event] = events(text);

  test('gives the talk’s exact instants, plain-text title, room and venue, and page URL', () => {
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-25T13:42:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-04-25T13:52:00.000Z');
    expect(event.summary).toBe('Multiplayer Nash: the n-player game; commas, semicolons \\ and a backslash');
    expect(event.location).toBe('202 A/B, Rio de Janeiro, Brazil');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://iclr2026-booklet.example.org/talks/mnpo/');
  });

  test('describes the session, the authors with affiliations and the abstract as plain text', () => {
    expect(event.description).toBe(
      `Oral Session 5C: Reinforcement learning II\n\nFang Wu (Stanford University), Xu Huang\n\n` +
        `We study an n-player game.\n\n${abstract.split('\n\n')[1].trim()}`,
    );
  });

  test('escapes commas, semicolons, backslashes and newlines as RFC 5545 says', () => {
    expect(text).toContain('SUMMARY:Multiplayer Nash: the n-player game\\; commas\\, semicolons \\\\ and a');
    expect(text).toMatch(/DESCRIPTION:Oral Session 5C: Reinforcement learning II\\n\\nFang Wu/);
  });

  test('ends lines with CRLF and folds them at 75 octets, never inside a character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // A fold inside a character would leave half of it on each line: neither half survives UTF-8.
    for (const line of lines) expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
  });

  test('keeps a title with a line break and long non-ASCII text whole through escaping and folding', () => {
    // Frontmatter can hold a line break (a YAML block scalar); a title in Portuguese or Chinese runs past 75
    // octets in far fewer characters.
    const title =
      'Équilibres de $n$ joueurs; “à la carte”, \\ enfin\nJogos de múltiplos agentes: 多智能体强化学习的均衡与学习动态 🎲🎲🎲';
    const [titled] = programWith(title).sessions;
    const file = calendarFile('x', [{ talk: titled.talks[0], session: titled, abstract: '' }], context);
    const expected =
      'Équilibres de n joueurs; “à la carte”, \\ enfin\nJogos de múltiplos agentes: 多智能体强化学习的均衡与学习动态 🎲🎲🎲';
    expect(events(file)[0].summary).toBe(expected);
    expect(file).toContain('SUMMARY:Équilibres de n joueurs\\; “à la carte”\\, \\\\ enfin\\nJogos');
    const summaryLines = physicalLines(file, 'SUMMARY');
    expect(summaryLines.length).toBeGreaterThan(1);
    for (const line of summaryLines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
  });

  test('stamps events with the build time and keeps their UID from build to build', () => {
    expect(event.uid).toBe('mnpo@iclr2026-booklet.example.org');
    expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-04-01T12:00:00Z');
    const rebuilt = events(calendarFile('Oral Session 5C', [entry], { ...context, builtAt: new Date() }));
    expect(rebuilt[0].uid).toBe(event.uid);
  });

  test('leaves the URL out when the booklet’s address is unknown, and names the UID by the conference', () => {
    const [local] = events(calendarFile('x', [entry], { ...context, site: undefined }));
    expect(local.component.getFirstPropertyValue('url')).toBeNull();
    expect(local.uid).toBe('mnpo@iclr-2026');
  });

  test('names the calendar, published for adding, not an invitation', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Oral Session 5C');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });
});
