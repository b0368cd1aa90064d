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

/** The report printed when content is bad: a count and what follows from it, then one line per problem. */
export function formatContentErrors(errors: ContentError[], outcome = 'nothing was built'): string {
  const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
  const lines = errors.map((error) => `  ${error.file}: ${error.field}: ${error.message}`);
  return `The booklet's content has ${count}; ${outcome}:\n${lines.join('\n')}`;
}

/** The Astro integration that runs the check. */
export function contentCheck(directory: string): AstroIntegration {
  return {
    name: 'booklet-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (!existsSync(directory)) {
          logger.error(
            `The content directory ${directory} does not exist (BOOKLET_CONTENT sets it; content/ is the default).`,
          );
          process.exit(1);
        }
        const errors = validateBooklet(readBookletFiles(directory));
        if (errors.length > 0) {
          logger.error(formatContentErrors(errors));
          // The report says all there is to say: Astro's wrapping of a thrown error would only bury it. The dev
          // server gets the error thrown, as it keeps running and shows it.
          if (command === 'dev') throw new Error('The booklet has content problems (listed above).');
          process.exit(1);
        }
        logger.info(`content checked: ${directory}`);
      },
      // While `astro dev` runs, check again on every change, so that a mistake shows where the organizer looks.
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(directory);
        const recheck = (file: string) => {
          if (!file.startsWith(directory)) return;
          const errors = validateBooklet(readBookletFiles(directory));
          if (errors.length > 0) logger.error(formatContentErrors(errors, 'fix them before building'));
          else logger.info('content checked: no problems');
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
