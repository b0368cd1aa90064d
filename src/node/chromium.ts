/**
 * Which Chromium the browser tests and `npm run pdf` drive: `CHROMIUM_PATH`, else a `chromium` on the PATH or at
 * /usr/bin/chromium (Debian's), else Playwright's own download where a machine has one.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of the Chromium to launch, or `undefined` to let Playwright use its own browser. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) {
    if (!executable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
    return env.CHROMIUM_PATH;
  }
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'chromium'));
  return [...onPath, '/usr/bin/chromium'].find(executable);
}

/**
 * Flags for a headless Chromium run as root on a machine without a network: no sandbox (root), and none of
 * the background connections Chromium would try to make to Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts the Chromium `findChromium` names, or fails saying how to get one. */
export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(
      `Printing needs Chromium, and none could be started: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium executable.\n${(error as Error).message.split('\n')[0]}`,
    );
  }
}
