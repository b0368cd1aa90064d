/** `content/sessions/<id>.mdx`: one session; the file name is its id, the body an optional description. */
import { z } from 'astro/zod';
import { instantSchema, textSchema } from './fields';

/** `oral`: talks one after another; `poster`: posters on boards, all shown for the whole session. */
export const SESSION_KINDS = ['oral', 'poster'] as const;

export const sessionSchema = z.strictObject({
  /** The session's topic: `Reinforcement learning II`. */
  title: textSchema,
  /** The programme's name for the session: `Oral Session 5C`. */
  label: textSchema,
  /** `oral` (the default) or `poster`. */
  kind: z.enum(SESSION_KINDS).default('oral'),
  /** The room it takes place in: `202 A/B`. */
  room: textSchema,
  /** When it starts, with offset: `"2026-04-25T06:30:00-07:00"`. */
  start: instantSchema,
  /** When it ends, with offset; after `start`. */
  end: instantSchema,
});

export type SessionData = z.output<typeof sessionSchema>;
