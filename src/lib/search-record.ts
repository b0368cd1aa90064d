/**
 * What the search index keeps about a page besides its text: the plain-text title, authors, session,
 * when, and the start that results are ordered by. Search results show these; the page carries them as
 * Pagefind attributes.
 */
import type { ConferenceInfo, Session, Talk } from './program';
import { authorLine, sessionName } from './talk-text';
import { formatClock, formatShortDay, formatZoneLabel } from './time';

/** The search metadata of one page (Pagefind `data-pagefind-meta`), all plain text. */
export interface SearchRecord {
  /** The title as plain text (`n-player`, never KaTeX markup). */
  title: string;
  /** "A, B and C"; empty for a session. */
  authors: string;
  /** "Oral Session 5C: Reinforcement learning II". */
  session: string;
  /** "Sat 25 Apr, 10:30–10:40 (Rio de Janeiro, UTC−3), room 202 A/B". */
  when: string;
  /** The start as a UTC ISO instant, so that sorting the strings sorts by time. */
  start: string;
}

function whenText(start: Date, end: Date, room: string, conference: ConferenceInfo, board?: string): string {
  const { timeZone, place } = conference;
  const day = formatShortDay(start, timeZone);
  const span = `${formatClock(start, timeZone)}–${formatClock(end, timeZone)}`;
  const where = board ? `room ${room}, board ${board}` : `room ${room}`;
  return `${day}, ${span} (${formatZoneLabel(start, end, timeZone, place)}), ${where}`;
}

/** The search record of a talk page. */
export function talkSearchRecord(talk: Talk, session: Session, conference: ConferenceInfo): SearchRecord {
  return {
    title: talk.titleText,
    authors: authorLine(talk.authors.map((author) => author.name)),
    session: sessionName(session),
    when: whenText(talk.start, talk.end, session.room, conference, talk.board),
    start: talk.start.toISOString(),
  };
}

/** The search record of a session overview. */
export function sessionSearchRecord(session: Session, conference: ConferenceInfo): SearchRecord {
  return {
    title: sessionName(session),
    authors: '',
    session: sessionName(session),
    when: whenText(session.start, session.end, session.room, conference),
    start: session.start.toISOString(),
  };
}

/**
 * The record as Pagefind attributes for the element that carries it: each value sits in its own
 * `data-*` attribute and `data-pagefind-meta` names them, so commas and quotes in a title stay intact.
 */
export function searchAttributes(record: SearchRecord): Record<string, string> {
  const entries = Object.entries(record).filter(([, value]) => value !== '');
  return {
    // `start` goes to the metadata, not to a Pagefind sort: the build orders results by it (start-order.ts).
    'data-pagefind-meta': entries.map(([key]) => `${key}[data-search-${key}]`).join(', '),
    ...Object.fromEntries(entries.map(([key, value]) => [`data-search-${key}`, value])),
    'data-pagefind-filter': 'session[data-search-session]',
  };
}
