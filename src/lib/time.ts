/**
 * Times in the booklet: parsing the instants an organizer writes, and showing them in a time zone.
 *
 * Every instant in the content carries its UTC offset; the booklet never guesses a zone. Display goes
 * through `Intl.DateTimeFormat`, so day boundaries, DST changes and odd offsets (UTC+5:45) come from the
 * IANA database, not from arithmetic of ours.
 */

/** An ISO 8601 date and time with seconds optional, fractions optional, and a mandatory `Z` or `±hh:mm`. */
const INSTANT_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The result of reading an instant: a Date, or why the text is not one. */
export type InstantParse = { ok: true; date: Date } | { ok: false; reason: string };

/**
 * Reads an instant written as ISO 8601 text with an offset, e.g. `2026-04-25T06:30:00-07:00`.
 * Text without an offset is refused: it would mean a different instant in every time zone.
 */
export function parseInstant(text: string): InstantParse {
  const trimmed = text.trim();
  const match = INSTANT_WITH_OFFSET.exec(trimmed);
  if (!match) {
    const looksLocal = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed);
    return {
      ok: false,
      reason: looksLocal
        ? `"${trimmed}" has no UTC offset; write the offset of the time zone it was given in, e.g. "${trimmed.replace(' ', 'T')}-07:00" or "…Z"`
        : `"${trimmed}" is not an ISO 8601 date and time with an offset, e.g. "2026-04-25T06:30:00-07:00"`,
    };
  }
  const [, year, month, day, hour, minute, second = '0', offset] = match;
  const date = new Date(trimmed);
  // Date() rolls 31 April over into 1 May; compare the fields written with the fields read back.
  const offsetMinutes =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const valid =
    !Number.isNaN(date.getTime()) &&
    local.getUTCFullYear() === Number(year) &&
    local.getUTCMonth() + 1 === Number(month) &&
    local.getUTCDate() === Number(day) &&
    local.getUTCHours() === Number(hour) &&
    local.getUTCMinutes() === Number(minute) &&
    local.getUTCSeconds() === Number(second);
  if (!valid) return { ok: false, reason: `"${trimmed}" is not a real date and time` };
  return { ok: true, date };
}

/** True when `name` is an IANA time zone this runtime knows, such as `America/Sao_Paulo`. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.includes('/') || name === 'UTC';
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are slow to create and pages ask for the same few thousands of times: keep them. */
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = timeZone + JSON.stringify(options);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-GB', { timeZone, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

function parts(date: Date, timeZone: string) {
  const fields: Record<string, string> = {};
  for (const part of formatter(timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)) {
    fields[part.type] = part.value;
  }
  return fields;
}

/** Minutes east of UTC that `timeZone` is at `date` (−180 for Rio de Janeiro, +345 for Kathmandu). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** The offset as readers write it: `UTC−3`, `UTC+5:45`, `UTC` (with a true minus sign). */
export function formatUtcOffset(date: Date, timeZone: string): string {
  const minutes = offsetMinutes(date, timeZone);
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '\u2212' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** The instant as ISO 8601 in the zone's own offset, for `<time datetime>`: `2026-04-25T10:30:00-03:00`. */
export function toZonedIso(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  const minutes = offsetMinutes(date, timeZone);
  const sign = minutes < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  const mm = String(Math.abs(minutes) % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hh}:${mm}`;
}

/** The calendar day of the instant in the zone, `2026-04-25`: the key talks and sessions are grouped by. */
export function dayKey(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Clock time in the zone, 24-hour: `10:30`. */
export function formatClock(date: Date, timeZone: string): string {
  return formatter(timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** The day in the zone as a reader says it: `Saturday, 25 April 2026`. */
export function formatDay(date: Date, timeZone: string): string {
  return formatter(timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A short day for compact lists: `Sat 25 Apr`. */
export function formatShortDay(date: Date, timeZone: string): string {
  return formatter(timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(date);
}

/**
 * Where a span of time is given: the venue's city and the offset in force, `Rio de Janeiro, UTC−3`; both
 * offsets when a clock change falls inside the span, `Berlin, UTC+1 to UTC+2`.
 */
export function formatZoneLabel(start: Date, end: Date, timeZone: string, place: string): string {
  const [before, after] = [formatUtcOffset(start, timeZone), formatUtcOffset(end, timeZone)];
  return `${place}, ${before === after ? before : `${before} to ${after}`}`;
}

/**
 * When a build happened: `SOURCE_DATE_EPOCH` (whole seconds since 1970, https://reproducible-builds.org/specs/source-date-epoch/)
 * makes it fixed, so that two builds of the same content are the same files; without it, now.
 */
export function buildTime(sourceDateEpoch: string | undefined, now: Date = new Date()): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch.trim() === '') return now;
  if (!/^\d+$/.test(sourceDateEpoch.trim()))
    throw new Error(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not "${sourceDateEpoch}"`,
    );
  return new Date(Number(sourceDateEpoch) * 1000);
}
