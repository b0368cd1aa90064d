// `/sessions/<id>.ics`: every talk of the session as calendar events.
import type { APIRoute } from 'astro';
import { calendarResponse } from '../../data/calendar';
import { getProgram, sessionPaths } from '../../data/program';
import type { Session } from '../../lib/program';
import { sessionName } from '../../lib/talk-text';

export const getStaticPaths = sessionPaths;

export const GET: APIRoute<{ session: Session }> = async ({ props, site }) => {
  const { conference } = await getProgram();
  return calendarResponse(`${sessionName(props.session)} · ${conference.name}`, props.session.talks, site);
};
