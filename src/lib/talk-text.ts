/**
 * Plain-text names and descriptions of talks and sessions, for pages, search, calendars and print. Browser
 * scripts use it too: it imports nothing but types and times.
 */
import type { ConferenceInfo, Session, Talk } from './program';
import { formatClock, formatShortDay, formatZoneLabel } from './time';

/** A count with its noun: `1 talk`, `7 talks`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A session as pages, search, calendars and print name it: `Oral Session 5C: Reinforcement learning II`. */
export function sessionName(session: Pick<Session, 'label' | 'titleText'>): string {
  return `${session.label}: ${session.titleText}`;
}

/** Names a list of authors as a reader would: "A", "A and B", "A, B and C", "A, B, C et al." past four. */
export function authorLine(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} et al.`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "By A, B and C. Oral Session 5C: Reinforcement learning II, Sat 25 Apr 10:30 (UTC−3), room 202 A/B, ICLR 2026." */
export function talkDescription(talk: Talk, session: Session, conference: ConferenceInfo): string {
  const { timeZone, place } = conference;
  const when = `${formatShortDay(talk.start, timeZone)} ${formatClock(talk.start, timeZone)} (${formatZoneLabel(talk.start, talk.start, timeZone, place)})`;
  const authors = authorLine(talk.authors.map((author) => author.name));
  return `By ${authors}${authors.endsWith('.') ? '' : '.'} ${sessionName(session)}, ${when}, room ${session.room}, ${conference.name}.`;
}
