/**
 * Calendars (RFC 5545) of the booklet: an event per talk, in files for a talk, a session and the whole
 * programme. ical-generator writes the format (escaping, 75-octet folding, CRLF); this module decides what
 * each event says.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { abstractText } from './abstract-text';
import { talkPath } from './paths';
import type { ConferenceInfo, Session, Talk } from './program';
import { sessionName } from './talk-text';

/** A talk with what its event needs beyond the programme: the MDX body of its abstract. */
export interface CalendarTalk {
  talk: Talk;
  session: Session;
  abstract: string;
}

/** What every event of a build shares. */
export interface CalendarContext {
  conference: ConferenceInfo;
  /** Where the booklet is published; without it events carry no URL (a calendar needs an absolute one). */
  site: URL | undefined;
  /**
   * DTSTAMP: when the booklet was built, as RFC 5545 asks of a published calendar (`SOURCE_DATE_EPOCH`
   * makes it reproducible). Events of a file imported again are matched by their UID.
   */
  builtAt: Date;
}

/**
 * The event's UID, the same in every build so that importing a rebuilt file updates the event instead
 * of adding a second one: the talk's slug at the booklet's host (or the conference's name).
 */
export function eventUid(talk: Talk, context: CalendarContext): string {
  const host = context.site?.host ?? context.conference.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${talk.slug}@${host}`;
}

/** LOCATION: the room (and a poster's board), then the venue. */
export function eventLocation(talk: Talk, session: Session, conference: ConferenceInfo): string {
  const board = talk.board ? `, board ${talk.board}` : '';
  return `${session.room}${board}, ${conference.venue}`;
}

/** DESCRIPTION: the session, the authors (with affiliations where given), then the abstract, as plain text. */
export function eventDescription({ talk, session, abstract }: CalendarTalk): string {
  const authors = talk.authors
    .map((author) => (author.affiliation ? `${author.name} (${author.affiliation})` : author.name))
    .join(', ');
  return [sessionName(session), authors, abstractText(abstract)].filter(Boolean).join('\n\n');
}

/** A calendar file (text/calendar) with an event for each talk. */
export function calendarFile(name: string, talks: CalendarTalk[], context: CalendarContext): string {
  const calendar = ical({
    name,
    prodId: { company: context.conference.name, product: 'Programme booklet', language: 'EN' },
    // A published programme, to add or subscribe to, not an invitation that expects a reply.
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of talks) {
    const { talk, session } = entry;
    calendar.createEvent({
      id: eventUid(talk, context),
      stamp: context.builtAt,
      start: talk.start,
      end: talk.end,
      summary: talk.titleText,
      location: eventLocation(talk, session, context.conference),
      description: eventDescription(entry),
      url: context.site ? new URL(talkPath(talk), context.site).href : null,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the last bare.
  return `${calendar.toString()}\r\n`;
}
