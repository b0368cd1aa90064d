/**
 * Rewrites every time on the page in the reader's zone, or back to the venue's (TimeToggle.astro loads
 * this when the reader first asks for their own time).
 */
import { formatRangeIn } from '../lib/reader-time';

const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Shows the reader's time (`true`) or the venue's, as the page was built. */
export function showTimes(readerTime: boolean): void {
  for (const range of document.querySelectorAll<HTMLElement>('.time-range')) {
    const [start, end] = range.querySelectorAll('time');
    const zone = range.querySelector<HTMLElement>('.zone');
    if (!start || !end || !zone) continue;
    for (const part of [start, end, zone]) part.dataset.venueText ??= part.textContent ?? '';
    const texts = readerTime
      ? formatRangeIn(new Date(start.dateTime), new Date(end.dateTime), readerZone, range.dataset.venueZone!)
      : { start: start.dataset.venueText!, end: end.dataset.venueText!, zone: zone.dataset.venueText! };
    start.textContent = texts.start;
    end.textContent = texts.end;
    zone.textContent = texts.zone;
  }
  for (const note of document.querySelectorAll<HTMLElement>('[data-time-note]')) {
    note.dataset.venueText ??= note.textContent ?? '';
    note.textContent = readerTime ? `Times are in your time (${readerZone}).` : note.dataset.venueText;
  }
}
