// `/sessions/<id>.ics`: every talk of the session as calendar events.
import type { APIRoute } from 'astro';
import { calendarResponse } from '../../data/calendar';
import { getProgram } from '../../data/program';
import type { Session } from '../../lib/program';
import { sessionName } from '../../lib/search-record';

export async function getStaticPaths() {
  const program = await getProgram();
  return program.sessions.map((session) => ({ params: { id: session.id }, props: { session } }));
}

export const GET: APIRoute<{ session: Session }> = async ({ props, site }) => {
  const { conference } = await getProgram();
  return calendarResponse(`${sessionName(props.session)} · ${conference.name}`, props.session.talks, site);
};
