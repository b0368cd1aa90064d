/** The booklet's URLs, defined once. Pages live at these paths; links are built with these functions. */

/** `/talks/<slug>/` */
export const talkPath = (talk: { slug: string }): string => `/talks/${talk.slug}/`;

/** `/sessions/<id>/` */
export const sessionPath = (session: { id: string }): string => `/sessions/${session.id}/`;

/** The conference home. */
export const HOME_PATH = '/';

/** The search page; `?q=` carries the query. */
export const SEARCH_PATH = '/search/';

/** `/talks/<slug>.ics`: the talk's calendar event. */
export const talkCalendarPath = (talk: { slug: string }): string => `/talks/${talk.slug}.ics`;

/** `/sessions/<id>.ics`: the session's talks as calendar events. */
export const sessionCalendarPath = (session: { id: string }): string => `/sessions/${session.id}.ics`;

/** Every talk of the programme as calendar events. */
export const PROGRAM_CALENDAR_PATH = '/program.ics';

/** `/sessions/<id>/booklet/`: the session's printable booklet. */
export const sessionBookletPath = (session: { id: string }): string => `/sessions/${session.id}/booklet/`;

/** `/sessions/<id>/booklet.pdf`: that booklet printed by `npm run pdf`. */
export const sessionBookletPdfPath = (session: { id: string }): string => `/sessions/${session.id}/booklet.pdf`;

/** The whole conference's printable booklet. */
export const BOOKLET_PATH = '/booklet/';

/** That booklet printed by `npm run pdf`. */
export const BOOKLET_PDF_PATH = '/booklet.pdf';

/** The folder of the search index under the site root (Pagefind's script, engine and index files). */
export const SEARCH_INDEX_DIR = 'pagefind';
