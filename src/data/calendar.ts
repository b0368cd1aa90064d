/**
 * Calendar files for the endpoints under src/pages (`*.ics.ts`): the programme's talks with their
 * abstracts' MDX, read once per build.
 */
import { getCollection } from 'astro:content';
import { calendarFile, type CalendarTalk } from '../lib/calendar';
import type { Talk } from '../lib/program';
import { BUILT_AT, getProgram } from './program';

let abstracts: Promise<Map<string, string>> | undefined;

/** Every talk's abstract as written (its MDX body), by slug. */
function getAbstracts(): Promise<Map<string, string>> {
  abstracts ??= getCollection('talks').then((entries) => new Map(entries.map((entry) => [entry.id, entry.body ?? ''])));
  return abstracts;
}

/** A calendar file of these talks, as the response of a static endpoint. */
export async function calendarResponse(name: string, talks: Talk[], site: URL | undefined): Promise<Response> {
  const [{ conference, sessions }, bodies] = await Promise.all([getProgram(), getAbstracts()]);
  const sessionById = new Map(sessions.map((session) => [session.id, session]));
  const entries: CalendarTalk[] = talks.map((talk) => ({
    talk,
    session: sessionById.get(talk.sessionId)!,
    abstract: bodies.get(talk.slug) ?? '',
  }));
  const text = calendarFile(name, entries, { conference, site, builtAt: BUILT_AT });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
