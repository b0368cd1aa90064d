/** `content/talks/<slug>.mdx`: one talk; the file name is its slug, the MDX body its abstract. */
import { z } from 'astro/zod';
import { httpsUrlSchema, instantSchema, textSchema } from './fields';

/** An author: a name, or a name with an affiliation. */
export const authorSchema = z
  .union(
    [
      textSchema,
      z.strictObject({
        /** The author's name as it should be printed. */
        name: textSchema,
        /** Where the author works, shown after the name. */
        affiliation: textSchema.optional(),
      }),
    ],
    { error: 'must be a name, or { name, affiliation }' },
  )
  .transform((author) => (typeof author === 'string' ? { name: author } : author));

/** The links a talk may carry, in the order pages show them. */
export const TALK_LINKS = ['paper', 'openreview', 'code', 'video', 'slides'] as const;

export const talkSchema = z.strictObject({
  /** The talk's title; may hold TeX between `$…$`. */
  title: textSchema,
  /** The authors in order, at least one. */
  authors: z.array(authorSchema).min(1, { error: 'must list at least one author' }),
  /** The id of the session the talk belongs to (a file name in `sessions/`, without `.mdx`). */
  session: textSchema,
  /** When the talk starts, with offset. Optional in a poster session, where it defaults to the session's. */
  start: instantSchema.optional(),
  /** When the talk ends, with offset; after `start`. Optional in a poster session, like `start`. */
  end: instantSchema.optional(),
  /** Poster board number; only in a poster session. */
  board: z
    .union([z.string().trim().min(1), z.number().int().positive()])
    .transform(String)
    .optional(),
  /** The paper (PDF or publisher page). */
  paper: httpsUrlSchema.optional(),
  /** The paper's OpenReview forum. */
  openreview: httpsUrlSchema.optional(),
  /** The code repository. */
  code: httpsUrlSchema.optional(),
  /** A recording of the talk. */
  video: httpsUrlSchema.optional(),
  /** The slides. */
  slides: httpsUrlSchema.optional(),
  /** Free keywords. */
  keywords: z.array(textSchema).optional(),
});

export type TalkData = z.output<typeof talkSchema>;
export type Author = TalkData['authors'][number];
