/** Field types shared by the conference, session and talk schemas. */
import { z } from 'astro/zod';
import { parseInstant } from '../lib/time';

/**
 * An instant with its UTC offset, `"2026-04-25T06:30:00-07:00"`. Astro's YAML reader hands over an
 * unquoted timestamp as a Date, dropping whether an offset was written; content validation reads the raw
 * text first, so a Date reaching this schema is known to have had one.
 */
export const instantSchema = z
  .union([z.date(), z.string()], { error: 'must be a date and time with offset, e.g. "2026-04-25T06:30:00-07:00"' })
  .transform((value, context) => {
    if (value instanceof Date) return value;
    const parsed = parseInstant(value);
    if (parsed.ok) return parsed.date;
    context.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  });

/** Non-empty text, trimmed. */
export const textSchema = z.string().trim().min(1, { error: 'must not be empty' });

/** An absolute `https://` URL. */
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
