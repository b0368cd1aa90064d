/** `content/conference.yaml`: the conference the booklet is for. */
import { z } from 'astro/zod';
import { isTimeZone } from '../lib/time';
import { httpsUrlSchema, textSchema } from './fields';

export const conferenceSchema = z.strictObject({
  /** The conference's name as printed on every page: `ICLR 2026`. */
  name: textSchema,
  /** Where it takes place, city first: `Rio de Janeiro, Brazil`. The city names the time zone on pages. */
  venue: textSchema,
  /** The venue's IANA time zone, in which every time is shown: `America/Sao_Paulo`. */
  timeZone: textSchema.refine(isTimeZone, { error: 'must be an IANA time zone name such as "America/Sao_Paulo"' }),
  /** The conference's own website. */
  url: httpsUrlSchema.optional(),
  /** Where this booklet is published, used for absolute links; the `BOOKLET_SITE` variable overrides it. */
  siteUrl: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
});

export type Conference = z.output<typeof conferenceSchema>;
