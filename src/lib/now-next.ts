/**
 * What is on now and what comes next, for the marks on the home page and session overviews
 * (NowAndNext.astro). Runs in the browser on every such page, so it stays small.
 */
import { dayKey } from './time';

/** Something on the programme with a start and an end: a talk, a session. */
export interface Span {
  start: Date;
  end: Date;
}

/**
 * Which spans are on at `now` (it has started and not ended) and which come next: those with the
 * earliest start still ahead on the same day (in `timeZone`), so that no "Next" points to tomorrow.
 * Parallel sessions can all be on, or all be next. Returned as indexes into `spans`.
 */
export function nowAndNext(spans: Span[], now: Date, timeZone: string): { now: number[]; next: number[] } {
  const at = now.getTime();
  const current = spans.flatMap((span, i) => (span.start.getTime() <= at && at < span.end.getTime() ? [i] : []));
  const today = dayKey(now, timeZone);
  const ahead = spans
    .map((span, i) => ({ i, start: span.start.getTime() }))
    .filter(({ i, start }) => start > at && dayKey(spans[i].start, timeZone) === today);
  const first = Math.min(...ahead.map(({ start }) => start));
  return { now: current, next: ahead.filter(({ start }) => start === first).map(({ i }) => i) };
}

/**
 * The instant to mark now/next at: `?now=2026-04-25T13:45:00Z` previews a moment of the conference,
 * otherwise the clock. A `now` that is not an instant with an offset is ignored.
 */
export function nowFrom(search: string, clock: Date): Date {
  const asked = new URLSearchParams(search).get('now') ?? '';
  // The shape `parseInstant` accepts, checked here without its messages: this runs on every overview page.
  const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(asked) && new Date(asked);
  return instant && !Number.isNaN(instant.getTime()) ? instant : clock;
}
