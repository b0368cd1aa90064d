/** Runs the real `astro build` of a content directory into an output directory, as an organizer would. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds `content` into `outDir`; resolves with the exit code and the output without colour codes. */
export async function astroBuild(
  content: string,
  outDir: string,
  settings: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, ...settings, BOOKLET_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, output: stripVTControlCharacters(output) };
}
