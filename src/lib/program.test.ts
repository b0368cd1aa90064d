import { describe, expect, test } from 'vitest';
import { buildProgram, neighbours, placeOf, type SessionInput, type TalkInput } from './program';
import { authorLine, countOf, talkDescription } from './talk-text';

const conference = { name: 'ICLR 2026', venue: 'Rio de Janeiro, Brazil', timeZone: 'America/Sao_Paulo' };
const utc = (text: string) => new Date(text);

const session = (id: string, start: string, end: string, extra: Partial<SessionInput> = {}): SessionInput => ({
  id,
  title: `Session ${id}`,
  label: id.toUpperCase(),
  kind: 'oral',
  room: '202 A/B',
  start: utc(start),
  end: utc(end),
  ...extra,
});

const talk = (
  slug: string,
  sessionId: string,
  start?: string,
  end?: string,
  extra: Partial<TalkInput> = {},
): TalkInput => ({
  slug,
  title: `Talk ${slug}`,
  authors: [{ name: 'Ada Lovelace' }],
  session: sessionId,
  start: start ? utc(start) : undefined,
  end: end ? utc(end) : undefined,
  abstractHasMath: false,
  ...extra,
});

describe('buildProgram', () => {
  const program = buildProgram(
    conference,
    [
      session('late', '2026-04-25T17:00:00Z', '2026-04-25T18:00:00Z'),
      session('next-day', '2026-04-26T02:30:00Z', '2026-04-26T03:30:00Z'),
      session('early', '2026-04-25T13:30:00Z', '2026-04-25T15:00:00Z'),
      session('posters', '2026-04-25T13:30:00Z', '2026-04-25T15:00:00Z', { kind: 'poster' }),
    ],
    [
      talk('second', 'early', '2026-04-25T13:42:00Z', '2026-04-25T13:52:00Z'),
      talk('first', 'early', '2026-04-25T13:30:00Z', '2026-04-25T13:40:00Z', {
        title: 'An $n$-player game',
        code: 'https://example.org/code',
      }),
      talk('board-10', 'posters', undefined, undefined, { board: '10' }),
      talk('board-9', 'posters', undefined, undefined, { board: '9' }),
    ],
  );

  test('orders sessions by start, then label', () => {
    expect(program.sessions.map((s) => s.id)).toEqual(['early', 'posters', 'late', 'next-day']);
  });

  test('groups sessions by day in the venue time zone', () => {
    // 02:30 UTC on the 26th is still the 25th in Rio de Janeiro (UTC−3).
    expect(program.days.map((day) => [day.key, day.sessions.map((s) => s.id)])).toEqual([
      ['2026-04-25', ['early', 'posters', 'late', 'next-day']],
    ]);
  });

  test('orders talks by time and posters by board number', () => {
    const byId = new Map(program.sessions.map((s) => [s.id, s]));
    expect(byId.get('early')?.talks.map((t) => t.slug)).toEqual(['first', 'second']);
    expect(byId.get('posters')?.talks.map((t) => t.slug)).toEqual(['board-9', 'board-10']);
  });

  test('gives posters their session time', () => {
    expect(program.talks.get('board-9')?.start.toISOString()).toBe('2026-04-25T13:30:00.000Z');
    expect(program.talks.get('board-9')?.end.toISOString()).toBe('2026-04-25T15:00:00.000Z');
  });

  test('renders titles once, as HTML and as plain text', () => {
    const first = program.talks.get('first');
    expect(first?.titleText).toBe('An n-player game');
    expect(first?.titleHtml).toContain('class="katex"');
    expect(first?.hasMath).toBe(true);
    expect(program.sessions[0].hasMath).toBe(true);
    expect(program.sessions[0].titleHasMath).toBe(false);
    expect(program.sessions[2].hasMath).toBe(false);
  });

  test('labels links in a fixed order', () => {
    expect(program.talks.get('first')?.links).toEqual([
      { kind: 'code', label: 'Code', url: 'https://example.org/code' },
    ]);
  });

  test('finds the talks before and after a talk', () => {
    const early = program.sessions[0];
    expect(neighbours(early, 'first')).toEqual({ previous: undefined, next: program.talks.get('second') });
    expect(neighbours(early, 'second')).toEqual({ previous: program.talks.get('first'), next: undefined });
  });

  test('names the venue city', () => {
    expect(program.conference.place).toBe('Rio de Janeiro');
    expect(placeOf('Vienna')).toBe('Vienna');
  });

  test('describes a talk in plain text for meta tags', () => {
    const early = program.sessions[0];
    const first = program.talks.get('first');
    if (!first) throw new Error('no talk');
    expect(talkDescription(first, early, program.conference)).toBe(
      'By Ada Lovelace. EARLY: Session early, Sat 25 Apr 10:30 (Rio de Janeiro, UTC\u22123), room 202 A/B, ICLR 2026.',
    );
  });
});

test('authorLine names up to four authors and shortens longer lists', () => {
  expect(authorLine(['A'])).toBe('A');
  expect(authorLine(['A', 'B'])).toBe('A and B');
  expect(authorLine(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
  expect(authorLine(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C et al.');
});

test('countOf puts the noun in the plural except for one', () => {
  expect(countOf(1, 'talk')).toBe('1 talk');
  expect(countOf(7, 'talk')).toBe('7 talks');
  expect(countOf(0, 'session')).toBe('0 sessions');
});
