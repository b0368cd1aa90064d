/**
 * Checks the booklet's content before Astro reads it (`astro build`, `astro dev`, `astro check`), so that
 * bad content stops the build with every problem listed, naming file and field, before a page is written.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { type BookletFiles, type ContentError, validateBooklet } from '../lib/validate';

/** Reads the content directory's entry files, naming each by its path from the working directory. */
export function readBookletFiles(directory: string): BookletFiles {
  const shown = (path: string) => {
    const fromCwd = relative(process.cwd(), path);
    return fromCwd.startsWith('..') ? path : fromCwd;
  };
  const strays: string[] = [];
  const entries = (folder: string) => {
    const path = join(directory, folder);
    if (!existsSync(path)) return [];
    const files = [];
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const file = join(path, name);
      if (name.endsWith('.mdx') && statSync(file).isFile())
        files.push({ path: shown(file), text: readFileSync(file, 'utf8') });
      else strays.push(shown(file));
    }
    return files;
  };
  const conferenceFile = join(directory, 'conference.yaml');
  return {
    conference: existsSync(conferenceFile)
      ? { path: shown(conferenceFile), text: readFileSync(conferenceFile, 'utf8') }
      : undefined,
    sessions: entries('sessions'),
    talks: entries('talks'),
    strays,
    directory: shown(directory),
  };
}

/** The report printed when content is bad: a count, then one line per problem. */
export function formatContentErrors(errors: ContentError[]): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  const lines = errors.map((error) => `  ${error.file}: ${error.field}: ${error.message}`);
  return `The booklet's content has ${count}; nothing was built:\n${lines.join('\n')}`;
}

/** The Astro integration that runs the check. */
export function contentCheck(directory: string): AstroIntegration {
  return {
    name: 'booklet-content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (!existsSync(directory)) {
          throw new Error(
            `The content directory ${directory} does not exist (set by BOOKLET_CONTENT, default content/).`,
          );
        }
        const errors = validateBooklet(readBookletFiles(directory));
        if (errors.length > 0) {
          const error = new Error(formatContentErrors(errors));
          // The report says all there is to say; a stack trace into this file would only bury it.
          error.stack = error.message;
          throw error;
        }
        logger.info(`content checked: ${directory}`);
      },
    },
  };
}
