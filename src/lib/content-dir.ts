/**
 * Where the booklet's content lives: `content/` in the project, or the directory `BOOKLET_CONTENT` names
 * (absolute, or relative to the project root), so an organizer builds their conference without editing
 * `src/`.
 */
import { isAbsolute, resolve } from 'node:path';

/** The default content directory, relative to the project root. */
export const DEFAULT_CONTENT_DIR = 'content';

/** The absolute content directory for a project root and the value of `BOOKLET_CONTENT` (if any). */
export function resolveContentDir(projectRoot: string, setting: string | undefined): string {
  const chosen = setting?.trim() || DEFAULT_CONTENT_DIR;
  return isAbsolute(chosen) ? resolve(chosen) : resolve(projectRoot, chosen);
}

/** The content directory of this build, from the environment. */
export function contentDir(projectRoot: string = process.cwd()): string {
  return resolveContentDir(projectRoot, process.env.BOOKLET_CONTENT);
}
