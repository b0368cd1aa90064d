// `/talks/<slug>.ics`: the talk as a calendar event.
import type { APIRoute } from 'astro';
import { calendarResponse } from '../../data/calendar';
import { getProgram } from '../../data/program';
import type { Talk } from '../../lib/program';

export async function getStaticPaths() {
  const program = await getProgram();
  return [...program.talks.values()].map((talk) => ({ params: { slug: talk.slug }, props: { talk } }));
}

export const GET: APIRoute<{ talk: Talk }> = ({ props, site }) =>
  calendarResponse(props.talk.titleText, [props.talk], site);
