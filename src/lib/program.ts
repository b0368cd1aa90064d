/**
 * The programme as readers see it: sessions in time order, grouped by day in the venue's time zone, each
 * with its talks in order. Built once per build from the checked content.
 */
import type { Conference } from '../schema/conference';
import type { SessionData } from '../schema/session';
import { TALK_LINKS, type Author, type TalkData } from '../schema/talk';
import { hasMath, plainText, renderTitleHtml } from './math';
import { dayKey } from './time';

/** A session entry as content collections hand it over. */
export interface SessionInput extends SessionData {
  id: string;
}

/** A talk entry as content collections hand it over. */
export interface TalkInput extends TalkData {
  slug: string;
  /** Whether the abstract holds TeX, so the page loads KaTeX's stylesheet. */
  abstractHasMath: boolean;
}

/** The conference, with what pages derive from it once. */
export interface ConferenceInfo extends Conference {
  /** The venue's city, naming the time zone next to times: `Rio de Janeiro`. */
  place: string;
}

/** A link of a talk, labelled for readers. */
export interface TalkLink {
  kind: (typeof TALK_LINKS)[number];
  label: string;
  url: string;
}

/** A talk, ready for any page. */
export interface Talk {
  slug: string;
  /** The title as written, TeX included. */
  title: string;
  /** The title as HTML with formulas rendered by KaTeX. */
  titleHtml: string;
  /** The title as plain text: `n-player` for `$n$-player`. */
  titleText: string;
  authors: Author[];
  sessionId: string;
  start: Date;
  end: Date;
  board?: string;
  links: TalkLink[];
  keywords: string[];
  /** Whether the title or the abstract holds TeX. */
  hasMath: boolean;
}

/** A session with its talks in order. */
export interface Session extends SessionData {
  id: string;
  /** The title as HTML with formulas rendered by KaTeX. */
  titleHtml: string;
  /** The title as plain text. */
  titleText: string;
  /** Whether its title holds a formula (pages that show the title load KaTeX's stylesheet). */
  titleHasMath: boolean;
  /** Whether its overview shows a formula: in its title or a talk's title or abstract. */
  hasMath: boolean;
  talks: Talk[];
}

/** The sessions of one day in the venue's time zone. */
export interface ProgramDay {
  /** `2026-04-25` */
  key: string;
  /** The start of the day's first session, to print the day with. */
  date: Date;
  sessions: Session[];
}

/** The whole programme. */
export interface Program {
  conference: ConferenceInfo;
  sessions: Session[];
  days: ProgramDay[];
  /** Every talk by slug. */
  talks: Map<string, Talk>;
}

const LINK_LABELS: Record<TalkLink['kind'], string> = {
  paper: 'Paper',
  openreview: 'OpenReview',
  code: 'Code',
  video: 'Video',
  slides: 'Slides',
};

const byNumberAware = new Intl.Collator('en', { numeric: true }).compare;

/** Talks in the order they are given; posters, which share a time, by board and then title. */
export function compareTalks(a: Talk, b: Talk): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    byNumberAware(a.board ?? '', b.board ?? '') ||
    byNumberAware(a.titleText, b.titleText)
  );
}

/** The city of a venue written city first: `Rio de Janeiro, Brazil` → `Rio de Janeiro`. */
export function placeOf(venue: string): string {
  return venue.split(',')[0].trim();
}

/** Sorts and groups checked content into the programme. Talk times default to their (poster) session's. */
export function buildProgram(conference: Conference, sessionInputs: SessionInput[], talkInputs: TalkInput[]): Program {
  const sessions: Session[] = sessionInputs.map((session) => ({
    ...session,
    titleHtml: renderTitleHtml(session.title),
    titleText: plainText(session.title),
    titleHasMath: hasMath(session.title),
    hasMath: hasMath(session.title),
    talks: [],
  }));
  const sessionById = new Map(sessions.map((session) => [session.id, session]));
  const talks = new Map<string, Talk>();
  for (const input of talkInputs) {
    const session = sessionById.get(input.session);
    if (!session) throw new Error(`talk ${input.slug} names no session "${input.session}"`);
    const talk: Talk = {
      slug: input.slug,
      title: input.title,
      titleHtml: renderTitleHtml(input.title),
      titleText: plainText(input.title),
      authors: input.authors,
      sessionId: session.id,
      start: input.start ?? session.start,
      end: input.end ?? session.end,
      board: input.board,
      links: TALK_LINKS.flatMap((kind) => (input[kind] ? [{ kind, label: LINK_LABELS[kind], url: input[kind] }] : [])),
      keywords: input.keywords ?? [],
      hasMath: input.abstractHasMath || hasMath(input.title),
    };
    session.talks.push(talk);
    talks.set(talk.slug, talk);
  }
  for (const session of sessions) {
    session.talks.sort(compareTalks);
    session.hasMath ||= session.talks.some((talk) => talk.hasMath);
  }
  sessions.sort(
    (a, b) =>
      a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || byNumberAware(a.label, b.label),
  );

  const days: ProgramDay[] = [];
  for (const session of sessions) {
    const key = dayKey(session.start, conference.timeZone);
    const last = days.at(-1);
    if (last?.key === key) last.sessions.push(session);
    else days.push({ key, date: session.start, sessions: [session] });
  }
  return { conference: { ...conference, place: placeOf(conference.venue) }, sessions, days, talks };
}

/** The talks before and after a talk in its session. */
export function neighbours(session: Session, slug: string): { previous?: Talk; next?: Talk } {
  const index = session.talks.findIndex((talk) => talk.slug === slug);
  return { previous: session.talks[index - 1], next: index >= 0 ? session.talks[index + 1] : undefined };
}
