/**
 * Times as a reader elsewhere sees them. Pages are built in the venue's time; the reader's time toggle
 * (TimeToggle.astro) shows them in the browser's zone with these.
 */
import { dayKey, formatClock, formatShortDay } from './time';

/**
 * The zone's short name at that instant: `PDT`, `EST` where American English has one, else the offset,
 * `UTC+2`, `UTC+5:45`, `UTC−3:30` (with a true minus sign, as the venue's label). Always in English, as
 * the rest of the page, whatever the reader's locale.
 */
export function formatZoneName(date: Date, timeZone: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  const offset = /^GMT([+-])(\d.*)$/.exec(name);
  return offset ? `UTC${offset[1] === '-' ? '\u2212' : '+'}${offset[2]}` : name;
}

/** A time range's three parts, as `TimeRange` shows them: start, end and zone. */
export interface RangeText {
  start: string;
  end: string;
  zone: string;
}

/** The zone a range's clocks are read in; both names when a clock change falls inside it (`CET to CEST`). */
function zoneOf(start: Date, end: Date, timeZone: string): string {
  const [before, after] = [formatZoneName(start, timeZone), formatZoneName(end, timeZone)];
  return before === after ? before : `${before} to ${after}`;
}

/**
 * A time range in the reader's zone: `06:30`, `06:40`, `PDT`. The page gives the venue's date, so the
 * start names its day when the reader's day differs (`Fri 24 Apr 23:30`), and the end when it falls on a
 * later day than the start.
 */
export function formatRangeIn(start: Date, end: Date, timeZone: string, venueZone: string): RangeText {
  const startDay = dayKey(start, timeZone);
  const withDay = (date: Date) => `${formatShortDay(date, timeZone)} ${formatClock(date, timeZone)}`;
  return {
    start: startDay === dayKey(start, venueZone) ? formatClock(start, timeZone) : withDay(start),
    end: dayKey(end, timeZone) === startDay ? formatClock(end, timeZone) : withDay(end),
    zone: zoneOf(start, end, timeZone),
  };
}
