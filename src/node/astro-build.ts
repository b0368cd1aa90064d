/** Runs the real `astro build` of a content directory into an output directory, as an organizer would. */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds `content` into `outDir`; resolves with the exit code and the output without colour codes.
 * `echo` also shows the output as it comes, for a command a person runs.
 */
export async function astroBuild(
  content: string,
  outDir: string,
  settings: Record<string, string> = {},
  { echo = false } = {},
): Promise<{ code: number | null; output: string }> {
  // Every build of the project writes its content's module list to the project's own `.astro/`, whatever
  // the content directory: two builds at once would render each other's entries. They take turns.
  const release = await takeTurn();
  try {
    return await build(content, outDir, settings, echo);
  } finally {
    release();
  }
}

async function build(content: string, outDir: string, settings: Record<string, string>, echo: boolean) {
  // From the project's directory: a build writes its prerendered chunks to `<working directory>/.astro/`,
  // where they find the project's packages.
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', ROOT, '--outDir', resolve(outDir)],
    {
      cwd: ROOT,
      env: { ...process.env, ...settings, BOOKLET_CONTENT: resolve(content), ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  if (echo) {
    child.stdout.pipe(process.stdout);
    child.stderr.pipe(process.stderr);
  }
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, output: stripVTControlCharacters(output) };
}

/** Waits until no other process builds the project, then holds the turn until the returned function is called. */
async function takeTurn(): Promise<() => void> {
  const lock = join(ROOT, '.astro', 'build.lock');
  mkdirSync(join(ROOT, '.astro'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (holderIsGone(lock)) rmSync(lock, { recursive: true, force: true });
    else await sleep(100);
  }
}

/** Whether the process that took the lock has ended without releasing it. */
function holderIsGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return false; // the holder has not written its pid yet
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
