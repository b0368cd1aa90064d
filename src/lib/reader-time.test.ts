import { describe, expect, test } from 'vitest';
import { formatRangeIn, formatZoneName } from './reader-time';

const RIO = 'America/Sao_Paulo';
const at = (iso: string) => new Date(iso);

describe('formatZoneName', () => {
  test('names a zone by its abbreviation where readers know one, summer and winter', () => {
    expect(formatZoneName(at('2026-04-25T13:30:00Z'), 'America/Los_Angeles')).toBe('PDT');
    expect(formatZoneName(at('2026-01-15T13:30:00Z'), 'America/Los_Angeles')).toBe('PST');
  });

  test('gives the offset, with a true minus sign, where there is no abbreviation', () => {
    expect(formatZoneName(at('2026-04-25T13:30:00Z'), 'Asia/Kathmandu')).toBe('UTC+5:45');
    expect(formatZoneName(at('2026-04-25T13:30:00Z'), RIO)).toBe('UTC\u22123');
    expect(formatZoneName(at('2026-04-25T13:30:00Z'), 'UTC')).toBe('UTC');
  });

  test('follows a half-hour zone across its DST change (St John’s: UTC−3:30 in winter, UTC−2:30 in summer)', () => {
    expect(formatZoneName(at('2026-01-15T12:00:00Z'), 'America/St_Johns')).toBe('UTC\u22123:30');
    expect(formatZoneName(at('2026-04-25T12:00:00Z'), 'America/St_Johns')).toBe('UTC\u22122:30');
  });
});

describe('formatRangeIn', () => {
  const talk = [at('2026-04-25T13:30:00Z'), at('2026-04-25T13:40:00Z')] as const;

  test('shows a seed talk in Pacific time as the scraped programme did', () => {
    expect(formatRangeIn(...talk, 'America/Los_Angeles', RIO)).toEqual({ start: '06:30', end: '06:40', zone: 'PDT' });
  });

  test('keeps the venue’s own time unchanged', () => {
    expect(formatRangeIn(...talk, RIO, RIO)).toEqual({ start: '10:30', end: '10:40', zone: 'UTC\u22123' });
  });

  test('handles offsets of odd minutes (UTC+5:45, UTC−3:30)', () => {
    expect(formatRangeIn(...talk, 'Asia/Kathmandu', RIO)).toEqual({ start: '19:15', end: '19:25', zone: 'UTC+5:45' });
    expect(formatRangeIn(at('2026-01-15T13:30:00Z'), at('2026-01-15T13:40:00Z'), 'America/St_Johns', RIO)).toEqual({
      start: '10:00',
      end: '10:10',
      zone: 'UTC\u22123:30',
    });
  });

  test('names the day when the reader’s day is not the venue’s', () => {
    // 10:30 in Rio is 22:30 the same day in Tokyo; a talk at 20:30 in Rio is next morning there.
    expect(formatRangeIn(...talk, 'Asia/Tokyo', RIO)).toEqual({ start: '22:30', end: '22:40', zone: 'UTC+9' });
    const evening = [at('2026-04-25T23:30:00Z'), at('2026-04-25T23:50:00Z')] as const; // 20:30 in Rio
    expect(formatRangeIn(...evening, 'Asia/Tokyo', RIO)).toEqual({
      start: 'Sun 26 Apr 08:30',
      end: '08:50',
      zone: 'UTC+9',
    });
  });

  test('names the end’s day when the range crosses the reader’s midnight', () => {
    const late = [at('2026-04-25T14:50:00Z'), at('2026-04-25T15:10:00Z')] as const;
    expect(formatRangeIn(...late, 'Asia/Tokyo', RIO)).toEqual({
      start: '23:50',
      end: 'Sun 26 Apr 00:10',
      zone: 'UTC+9',
    });
  });

  test('counts a range that spans a DST change by the clock on each side', () => {
    // Europe moves to summer time at 01:00Z on 29 March 2026: 00:30Z is 01:30 CET, 01:30Z is 03:30 CEST.
    expect(formatRangeIn(at('2026-03-29T00:30:00Z'), at('2026-03-29T01:30:00Z'), 'Europe/Berlin', RIO)).toEqual({
      start: 'Sun 29 Mar 01:30',
      end: '03:30',
      zone: 'UTC+1 to UTC+2',
    });
  });
});
