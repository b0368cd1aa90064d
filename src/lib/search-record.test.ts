import { describe, expect, test } from 'vitest';
import { oral5cWith } from './oral-5c.fixture';
import { searchAttributes, sessionSearchRecord, talkSearchRecord } from './search-record';

const program = oral5cWith({
  slug: 'mnpo',
  title: 'Multiplayer Nash Preference Optimization: the $n$-player game, "quoted"',
  authors: [{ name: 'Fang Wu' }, { name: 'Xu Huang' }, { name: 'Weihao Xuan' }],
});
const [session] = program.sessions;
const [talk] = session.talks;

describe('talkSearchRecord', () => {
  const record = talkSearchRecord(talk, session, program.conference);

  test('keeps the title as plain text, never markup', () => {
    expect(record.title).toBe('Multiplayer Nash Preference Optimization: the n-player game, "quoted"');
  });

  test('names authors, session, and when in the venue time with the room', () => {
    expect(record.authors).toBe('Fang Wu, Xu Huang and Weihao Xuan');
    expect(record.session).toBe('Oral Session 5C: Reinforcement learning II');
    expect(record.when).toBe('Sat 25 Apr, 10:42–10:52 (Rio de Janeiro, UTC\u22123), room 202 A/B');
  });

  test('gives the start as a UTC instant, so string order is time order', () => {
    expect(record.start).toBe('2026-04-25T13:42:00.000Z');
  });
});

describe('sessionSearchRecord', () => {
  test('titles a session overview by label and title, with no authors', () => {
    const record = sessionSearchRecord(session, program.conference);
    expect(record.title).toBe('Oral Session 5C: Reinforcement learning II');
    expect(record.authors).toBe('');
    expect(record.when).toBe('Sat 25 Apr, 10:30–12:00 (Rio de Janeiro, UTC\u22123), room 202 A/B');
  });
});

describe('searchAttributes', () => {
  test('puts each value in its own attribute so commas and quotes survive', () => {
    const attributes = searchAttributes(talkSearchRecord(talk, session, program.conference));
    expect(attributes['data-pagefind-meta']).toBe(
      'title[data-search-title], authors[data-search-authors], session[data-search-session], when[data-search-when], start[data-search-start]',
    );
    expect(attributes['data-search-title']).toContain(', "quoted"');
    expect(attributes['data-search-start']).toBe('2026-04-25T13:42:00.000Z');
    expect(attributes).not.toHaveProperty('data-pagefind-sort');
    expect(attributes['data-pagefind-filter']).toBe('session[data-search-session]');
  });

  test('leaves out empty values', () => {
    const attributes = searchAttributes(sessionSearchRecord(session, program.conference));
    expect(attributes['data-pagefind-meta']).not.toContain('authors');
    expect(attributes).not.toHaveProperty('data-search-authors');
  });
});
