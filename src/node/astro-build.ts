/** Runs the real `astro build` of a content directory into an output directory, as an organizer would. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds `content` into `outDir`; resolves with the exit code and the output without colour codes. */
export async function astroBuild(
  content: string,
  outDir: string,
  settings: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  // Astro puts a build's prerendered chunks in `<working directory>/.astro/` when the output directory
  // lies outside the working directory: builds side by side (the tests build in parallel) would delete
  // each other's. Each build runs from a directory of its own inside the project, where the chunks still
  // find the project's packages.
  const builds = join(ROOT, '.astro', 'builds');
  mkdirSync(builds, { recursive: true });
  const cwd = mkdtempSync(join(builds, 'build-'));
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', ROOT, '--outDir', resolve(outDir)],
    { cwd, env: { ...process.env, ...settings, BOOKLET_CONTENT: resolve(content), ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  rmSync(cwd, { recursive: true, force: true });
  return { code, output: stripVTControlCharacters(output) };
}
