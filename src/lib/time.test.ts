import { describe, expect, test } from 'vitest';
import {
  buildTime,
  dayKey,
  formatClock,
  formatDay,
  formatUtcOffset,
  formatZoneLabel,
  isTimeZone,
  offsetMinutes,
  parseInstant,
  toZonedIso,
} from './time';

const at = (text: string) => {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.date;
};

describe('parseInstant', () => {
  test('reads an instant with a negative offset', () => {
    expect(at('2026-04-25T06:30:00-07:00').toISOString()).toBe('2026-04-25T13:30:00.000Z');
  });

  test('reads Z, minutes without seconds and fractions', () => {
    expect(at('2026-04-25T13:30Z').toISOString()).toBe('2026-04-25T13:30:00.000Z');
    expect(at('2026-04-25T13:30:00.250+05:45').toISOString()).toBe('2026-04-25T07:45:00.250Z');
  });

  test('refuses a time without an offset and says how to write it', () => {
    const parsed = parseInstant('2026-04-25T06:30:00');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/has no UTC offset.*2026-04-25T06:30:00-07:00/);
  });

  test('refuses text that is not a date', () => {
    expect(parseInstant('next Tuesday').ok).toBe(false);
    expect(parseInstant('2026-04-25').ok).toBe(false);
  });

  test('refuses a day that does not exist', () => {
    expect(parseInstant('2026-04-31T10:00:00-03:00').ok).toBe(false);
    expect(parseInstant('2026-02-29T10:00:00Z').ok).toBe(false);
    expect(parseInstant('2028-02-29T10:00:00Z').ok).toBe(true);
    expect(parseInstant('2026-04-25T24:00:00Z').ok).toBe(false);
  });
});

describe('isTimeZone', () => {
  test('knows IANA names and refuses others', () => {
    expect(isTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isTimeZone('Asia/Kathmandu')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('PDT')).toBe(false);
  });
});

describe('venue times', () => {
  const talkStart = at('2026-04-25T06:30:00-07:00');
  const rio = 'America/Sao_Paulo';

  test('shows a PDT time in Rio de Janeiro', () => {
    expect(formatClock(talkStart, rio)).toBe('10:30');
    expect(formatUtcOffset(talkStart, rio)).toBe('UTC\u22123');
    expect(formatZoneLabel(talkStart, talkStart, rio, 'Rio de Janeiro')).toBe('Rio de Janeiro, UTC\u22123');
    expect(toZonedIso(talkStart, rio)).toBe('2026-04-25T10:30:00-03:00');
    expect(formatDay(talkStart, rio)).toBe('Saturday, 25 April 2026');
  });

  test('writes odd offsets with their minutes', () => {
    expect(formatUtcOffset(talkStart, 'Asia/Kathmandu')).toBe('UTC+5:45');
    expect(toZonedIso(talkStart, 'Asia/Kathmandu')).toBe('2026-04-25T19:15:00+05:45');
    // Newfoundland in winter: UTC−3:30.
    const winter = at('2026-01-15T12:00:00Z');
    expect(formatUtcOffset(winter, 'America/St_Johns')).toBe('UTC\u22123:30');
    expect(toZonedIso(winter, 'America/St_Johns')).toBe('2026-01-15T08:30:00-03:30');
    expect(offsetMinutes(winter, 'America/St_Johns')).toBe(-210);
  });

  test('writes UTC itself without an offset', () => {
    expect(formatUtcOffset(talkStart, 'UTC')).toBe('UTC');
    expect(toZonedIso(talkStart, 'UTC')).toBe('2026-04-25T13:30:00+00:00');
  });

  test('follows a DST change within a conference', () => {
    // Europe/Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on 29 March 2026.
    const before = at('2026-03-29T00:30:00Z');
    const after = at('2026-03-29T01:30:00Z');
    expect(formatClock(before, 'Europe/Berlin')).toBe('01:30');
    expect(formatUtcOffset(before, 'Europe/Berlin')).toBe('UTC+1');
    expect(formatClock(after, 'Europe/Berlin')).toBe('03:30');
    expect(formatUtcOffset(after, 'Europe/Berlin')).toBe('UTC+2');
    // a span across the change names both offsets, so that its two clocks each read right
    expect(formatZoneLabel(before, after, 'Europe/Berlin', 'Berlin')).toBe('Berlin, UTC+1 to UTC+2');
    expect(formatZoneLabel(after, after, 'Europe/Berlin', 'Berlin')).toBe('Berlin, UTC+2');
  });

  test('puts a talk on the venue day, not the UTC day', () => {
    const lateEvening = at('2026-04-26T01:30:00Z');
    expect(dayKey(lateEvening, rio)).toBe('2026-04-25');
    expect(dayKey(lateEvening, 'UTC')).toBe('2026-04-26');
    expect(dayKey(at('2026-04-25T13:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-04-26');
  });
});

describe('buildTime', () => {
  const now = at('2026-12-04T10:00:00Z');

  test('is SOURCE_DATE_EPOCH when set, for builds that come out the same, else now', () => {
    expect(buildTime('1775044800', now).toISOString()).toBe('2026-04-01T12:00:00.000Z');
    expect(buildTime(undefined, now)).toBe(now);
    expect(buildTime('', now)).toBe(now);
  });

  test('refuses a SOURCE_DATE_EPOCH that is not whole seconds, rather than stamp an invalid date', () => {
    expect(() => buildTime('2026-04-01', now)).toThrow(
      'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not "2026-04-01"',
    );
    expect(() => buildTime('1.5e9', now)).toThrow('SOURCE_DATE_EPOCH');
  });
});
