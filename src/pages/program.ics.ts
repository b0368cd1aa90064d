// `/program.ics`: every talk of the programme as calendar events.
import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/calendar';
import { getProgram } from '../data/program';

export const GET: APIRoute = async ({ site }) => {
  const { conference, sessions } = await getProgram();
  return calendarResponse(
    conference.name,
    sessions.flatMap((session) => session.talks),
    site,
  );
};
