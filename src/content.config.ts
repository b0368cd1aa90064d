// Wires the content directory's files to their schemas; the schemas document the authoring format.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { contentDir } from './lib/content-dir';
import { conferenceSchema } from './schema/conference';
import { sessionSchema } from './schema/session';
import { talkSchema } from './schema/talk';

const root = contentDir();
const folder = (name: string) => pathToFileURL(join(root, name) + '/');

/** The one conference entry, id `conference`, from `conference.yaml`. */
const conference = defineCollection({
  loader: {
    name: 'conference-file',
    load: async ({ store, parseData }) => {
      const raw = parse(await readFile(join(root, 'conference.yaml'), 'utf8'));
      store.set({ id: 'conference', data: await parseData({ id: 'conference', data: raw }) });
    },
  },
  schema: conferenceSchema,
});

const sessions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: folder('sessions') }),
  schema: sessionSchema,
});

const talks = defineCollection({
  loader: glob({ pattern: '*.mdx', base: folder('talks') }),
  schema: talkSchema,
});

export const collections = { conference, sessions, talks };
