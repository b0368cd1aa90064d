/**
 * The programme of this build, read from the content collections once and shared by every page: sorting
 * and grouping happen once per build, not once per page.
 */
import { getCollection } from 'astro:content';
import { buildProgram, type Program, type Session } from '../lib/program';
import { buildTime } from '../lib/time';

let program: Promise<Program> | undefined;

export function getProgram(): Promise<Program> {
  program ??= load();
  return program;
}

/** The routes of a page every session has (overview, booklet, calendar): `[id]`, with the session as props. */
export async function sessionPaths(): Promise<{ params: { id: string }; props: { session: Session } }[]> {
  const { sessions } = await getProgram();
  return sessions.map((session) => ({ params: { id: session.id }, props: { session } }));
}

async function load(): Promise<Program> {
  const [[conference], sessions, talks] = await Promise.all([
    getCollection('conference'),
    getCollection('sessions'),
    getCollection('talks'),
  ]);
  return buildProgram(
    conference.data,
    sessions.map((entry) => ({ id: entry.id, ...entry.data })),
    talks.map((entry) => ({ slug: entry.id, ...entry.data, abstractHasMath: entry.body?.includes('$') ?? false })),
  );
}

/** When this booklet was built: `SOURCE_DATE_EPOCH` (seconds) for reproducible builds, else now. */
export const BUILT_AT = buildTime(process.env.SOURCE_DATE_EPOCH);
