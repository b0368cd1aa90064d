/**
 * Writes a synthetic booklet of any size, for benchmarking the build and search at conference scale:
 *
 *   npm run generate -- --talks 5000 --out /tmp/synth5000
 *   BOOKLET_CONTENT=/tmp/synth5000 npm run build
 *
 * The content comes from src/lib/synthetic-booklet.ts; this file only reads arguments and writes files.
 * Node runs it with its own type stripping, which is why the import below names its `.ts` extension.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateSyntheticBooklet } from '../src/lib/synthetic-booklet.ts';

const MAX_TALKS = 100_000;

const USAGE = `Usage: npm run generate -- --talks N --out DIR [--seed S] [--force]

  --talks N   how many talks, a whole number from 1 to ${MAX_TALKS.toLocaleString('en')}
  --out DIR   the content directory to write (conference.yaml, sessions/, talks/)
  --seed S    the random seed, a whole number (default ${DEFAULT_SEED}); the same N and S give the same files
  --force     write into DIR even if it is not empty, replacing its conference.yaml, sessions/ and talks/`;

function fail(message: string): never {
  console.error(`generate: ${message}\n\n${USAGE}`);
  process.exit(1);
}

function wholeNumber(name: string, text: string, max: number): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) > max)
    fail(
      `--${name} must be a whole number from ${name === 'talks' ? 1 : 0} to ${max.toLocaleString('en')}, not "${text}"`,
    );
  return Number(text);
}

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      talks: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
if (options.talks === undefined) fail('--talks is missing');
if (!options.out?.trim()) fail('--out is missing');
const talks = wholeNumber('talks', options.talks, MAX_TALKS);
if (talks < 1)
  fail(`--talks must be a whole number from 1 to ${MAX_TALKS.toLocaleString('en')}, not "${options.talks}"`);
const seed = options.seed === undefined ? DEFAULT_SEED : wholeNumber('seed', options.seed, 0xffff_ffff);

// npm runs scripts from the project root; a relative --out means relative to where the command was typed.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), options.out);
if (existsSync(out)) {
  if (!statSync(out).isDirectory()) fail(`${out} exists and is not a directory`);
  if (readdirSync(out).length > 0) {
    if (!options.force) fail(`${out} is not empty; pass --force to replace its conference.yaml, sessions/ and talks/`);
    // Only what a booklet is made of goes, so that no talk of an earlier, larger run is left behind.
    for (const name of ['conference.yaml', 'sessions', 'talks'])
      rmSync(join(out, name), { recursive: true, force: true });
  }
}

const started = performance.now();
const files = generateSyntheticBooklet({ talks, seed });
let bytes = 0;
const made = new Set<string>();
for (const file of files) {
  const path = join(out, file.path);
  const folder = dirname(path);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  writeFileSync(path, file.text);
  bytes += Buffer.byteLength(file.text);
}
const elapsed = (performance.now() - started) / 1000;

const sessions = files.filter((file) => file.path.startsWith('sessions/'));
const posters = sessions.filter((file) => /^kind: poster$/m.test(file.text)).length;
const count = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
console.log(
  `Wrote ${count(talks, 'talk')} in ${count(sessions.length, 'session')} (${sessions.length - posters} oral, ${posters} poster) and conference.yaml to ${out}`,
);
console.log(
  `${count(files.length, 'file')}, ${(bytes / 1_000_000).toFixed(1)} MB, seed ${seed}, in ${elapsed.toFixed(2)} s`,
);
console.log(`Build it with: BOOKLET_CONTENT=${out} npm run build`);
