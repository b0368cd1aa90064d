import { describe, expect, test } from 'vitest';
import { nowAndNext, nowFrom } from './now-next';

const RIO = 'America/Sao_Paulo';
const at = (iso: string) => new Date(iso);

describe('nowAndNext', () => {
  const talks = ['13:30', '13:42', '13:54', '14:06'].map((time) => {
    const start = at(`2026-04-25T${time}:00Z`);
    return { start, end: new Date(start.getTime() + 10 * 60_000) };
  });

  test('marks the talk that is on and the one after it', () => {
    expect(nowAndNext(talks, at('2026-04-25T13:45:00Z'), RIO)).toEqual({ now: [1], next: [2] });
  });

  test('between talks, marks none as on and the coming one as next', () => {
    expect(nowAndNext(talks, at('2026-04-25T13:41:00Z'), RIO)).toEqual({ now: [], next: [1] });
  });

  test('counts a talk from its first minute and not at its end', () => {
    expect(nowAndNext(talks, at('2026-04-25T13:30:00Z'), RIO)).toEqual({ now: [0], next: [1] });
    expect(nowAndNext(talks, at('2026-04-25T13:40:00Z'), RIO)).toEqual({ now: [], next: [1] });
  });

  test('marks nothing after the last talk, and no "next" on another day', () => {
    expect(nowAndNext(talks, at('2026-04-25T15:00:00Z'), RIO)).toEqual({ now: [], next: [] });
    expect(nowAndNext(talks, at('2026-04-24T20:00:00Z'), RIO)).toEqual({ now: [], next: [] });
  });

  test('takes the day in the venue’s zone: 02:00Z on the 25th is still the 24th in Rio', () => {
    const evening = [{ start: at('2026-04-25T02:30:00Z'), end: at('2026-04-25T03:00:00Z') }];
    expect(nowAndNext(evening, at('2026-04-25T02:00:00Z'), RIO).next).toEqual([0]);
    expect(nowAndNext(evening, at('2026-04-25T02:00:00Z'), 'Asia/Kathmandu').next).toEqual([0]);
    // 17:00Z on the 24th: 14:00 that day in Rio, but already 22:45 in Kathmandu, a day before the talk there.
    expect(nowAndNext(evening, at('2026-04-24T17:00:00Z'), RIO).next).toEqual([0]);
    expect(nowAndNext(evening, at('2026-04-24T17:00:00Z'), 'Asia/Kathmandu').next).toEqual([]);
  });

  test('marks every parallel session that is on, and every one that starts next', () => {
    const sessions = [
      { start: at('2026-04-25T13:30:00Z'), end: at('2026-04-25T15:00:00Z') },
      { start: at('2026-04-25T13:30:00Z'), end: at('2026-04-25T15:00:00Z') },
      { start: at('2026-04-25T16:30:00Z'), end: at('2026-04-25T18:00:00Z') },
      { start: at('2026-04-25T16:30:00Z'), end: at('2026-04-25T18:00:00Z') },
      { start: at('2026-04-25T19:00:00Z'), end: at('2026-04-25T20:00:00Z') },
    ];
    expect(nowAndNext(sessions, at('2026-04-25T14:00:00Z'), RIO)).toEqual({ now: [0, 1], next: [2, 3] });
  });
});

describe('nowFrom', () => {
  const clock = at('2026-12-03T12:00:00Z');

  test('reads ?now= as an instant with an offset', () => {
    expect(nowFrom('?now=2026-04-25T13:45:00Z', clock)).toEqual(at('2026-04-25T13:45:00Z'));
    expect(nowFrom('?q=x&now=2026-04-25T10:45:00-03:00', clock)).toEqual(at('2026-04-25T13:45:00Z'));
  });

  test('uses the clock without ?now=, or when ?now= is not an instant with an offset', () => {
    expect(nowFrom('', clock)).toBe(clock);
    expect(nowFrom('?now=2026-04-25T13:45:00', clock)).toBe(clock);
    expect(nowFrom('?now=tomorrow', clock)).toBe(clock);
  });
});
