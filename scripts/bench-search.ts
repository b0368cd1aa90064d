/**
 * How fast search answers in a booklet at conference scale, measured in real Chromium:
 *
 *   npm run bench:search                 5,000 talks (generated and built once, then reused)
 *   npm run bench:search -- --talks 500  another size
 *   npm run bench:search -- --rebuild    build again (it does by itself when src/ or the config changed)
 *   npm run bench:search -- --runs 5     fewer cold queries (1–8; 7 by default)
 *
 * Prints ms from keystroke to first result, cold (the first query of a fresh page) and warm (later
 * queries), the bytes fetched for the first query, and the index's size. A benchmark, not a test: the
 * figures vary with the machine, so compare runs made on one machine, as ratios.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page, type Request } from '@playwright/test';
import { astroBuild, ROOT } from '../src/node/astro-build.ts';
import { CHROMIUM_ARGS, findChromium } from '../src/node/chromium.ts';
import { serveDirectory } from '../src/node/static-server.ts';

const { values } = parseArgs({
  options: {
    talks: { type: 'string', default: '5000' },
    rebuild: { type: 'boolean', default: false },
    runs: { type: 'string', default: '7' },
  },
});
/** Words a reader might type: common terms, a rare one, an author surname, a formula's neighbour. */
const COLD_QUERIES = ['reinforcement', 'diffusion', 'graph', 'regret', 'transformer', 'policy', 'kernel', 'bandit'];
const WARM_QUERIES = ['learning', 'optimization', 'n-player', 'robust', 'attention', 'sparse', 'bayesian', 'agents'];
/** The targets; its 150 KB is taken as 150,000 bytes, the stricter reading. */
const TARGETS = { cold: 250, warm: 30, bytes: 150_000 };

const talks = Number(values.talks);
const runs = Number(values.runs);
if (!Number.isInteger(talks) || talks < 1) {
  console.error(`--talks must be a whole number of talks, not "${values.talks}"`);
  process.exit(2);
}
if (!Number.isInteger(runs) || runs < 1 || runs > COLD_QUERIES.length) {
  console.error(
    `--runs must be a whole number from 1 to ${COLD_QUERIES.length} (one cold query each), not "${values.runs}"`,
  );
  process.exit(2);
}

const work = join(ROOT, '.bench', `search-${talks}`);
const content = join(work, 'content');
const site = join(work, 'site');

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const verdict = (value: number, target: number) => (value <= target ? 'within target' : 'OVER TARGET');

if (!existsSync(content)) {
  console.log(`Generating ${talks} talks into ${content} …`);
  const generated = spawnSync('node', ['scripts/generate.ts', '--talks', String(talks), '--out', content], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (generated.status !== 0) process.exit(1);
}
/** A hash of what makes the site from the content: the source, the config and the locked packages. */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .concat(join(ROOT, 'astro.config.mjs'), join(ROOT, 'package-lock.json'))
    .sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const stamp = join(work, 'built-from');
const fingerprint = sourceFingerprint();
const stale = !existsSync(stamp) || readFileSync(stamp, 'utf8') !== fingerprint;
if (values.rebuild || stale || !existsSync(join(site, 'pagefind', 'pagefind.js'))) {
  console.log(`Building ${content} into ${site} (minutes at 5,000 talks) …`);
  const started = performance.now();
  const built = await astroBuild(content, site);
  if (built.code !== 0) {
    console.error(built.output);
    process.exit(1);
  }
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  writeFileSync(stamp, fingerprint);
}

const server = await serveDirectory(site);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** A talk page to search from: the first in the index's order of pages on disk. */
const talkPath = `/talks/${readdirSync(join(site, 'talks')).sort()[0]}/`;

/**
 * Opens a fresh page (no cache, no service worker) and counts the bytes every response brings over the
 * wire.
 */
async function freshPage(): Promise<{
  page: Page;
  bytes: () => Promise<number>;
  byKind: () => Promise<Map<string, number>>;
  close: () => Promise<void>;
}> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const sizes: Promise<{ kind: string; bytes: number }>[] = [];
  const count = (request: Request) =>
    sizes.push(
      request.sizes().then((size) => ({
        kind: kindOf(new URL(request.url()).pathname),
        bytes: size.responseBodySize + size.responseHeadersSize,
      })),
    );
  page.on('requestfinished', count);
  const byKind = async () => {
    const kinds = new Map<string, number>();
    for (const { kind, bytes } of await Promise.all(sizes)) kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
    return kinds;
  };
  return {
    page,
    bytes: async () => [...(await byKind()).values()].reduce((sum, bytes) => sum + bytes, 0),
    byKind,
    close: () => context.close(),
  };
}

/** What a fetched file is for, to tell the fixed cost of Pagefind from what grows with the booklet. */
function kindOf(path: string): string {
  if (/\/pagefind\/(pagefind\.js|wasm\.)/.test(path)) return 'Pagefind runtime (script, wasm)';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(path)) return 'index metadata (every page, filters)';
  if (/\.pf_index$/.test(path)) return 'index chunks for the words';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_fragment$/.test(path)) return 'results shown (fragments)';
  if (path.startsWith('/_astro/')) return "booklet's search script";
  return `other (${path})`;
}

/**
 * Types a query into the header box and resolves with the ms to the first result for it on screen (timed
 * in the page, with `performance.now()`). Cold, the clock starts when the reader focuses the box of a
 * fresh page and the whole query arrives at once: loading Pagefind, its index entry and the word's chunk
 * all count. Warm, the box already holds all but the last letter and the clock starts at that keystroke.
 */
async function timeQuery(page: Page, query: string, mode: 'cold' | 'warm'): Promise<number> {
  const box = page.locator('#site-search-q');
  if (mode === 'warm') await box.fill(query.slice(0, -1));
  await page.evaluate(
    ([expected, startOn]) => {
      const status = document.querySelector('[data-site-search] [role="status"]')!;
      (window as unknown as { answered: Promise<number> }).answered = new Promise((resolve) => {
        let started = 0;
        document.addEventListener(startOn, () => (started = performance.now()), { capture: true, once: true });
        new MutationObserver((_, observer) => {
          const hit = document.querySelector('#site-search-results .search-hit');
          if (status.textContent?.includes(`“${expected}”`) && hit) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });
    },
    [query, mode === 'cold' ? 'focusin' : 'keydown'] as const,
  );
  if (mode === 'cold') await box.fill(query);
  else await page.keyboard.type(query.slice(-1));
  return page.evaluate(() => (window as unknown as { answered: Promise<number> }).answered);
}

const cold: number[] = [];
const coldBytes: number[] = [];
const coldKinds: Map<string, number>[] = [];
for (const query of COLD_QUERIES.slice(0, runs)) {
  const fresh = await freshPage();
  await fresh.page.goto(`${server.url}${talkPath}`, { waitUntil: 'networkidle' });
  const before = await fresh.byKind();
  cold.push(await timeQuery(fresh.page, query, 'cold'));
  await fresh.page.waitForLoadState('networkidle');
  const after = await fresh.byKind();
  for (const [kind, bytes] of before) after.set(kind, (after.get(kind) ?? 0) - bytes);
  coldBytes.push([...after.values()].reduce((sum, bytes) => sum + bytes, 0));
  coldKinds.push(after);
  await fresh.close();
}

// A reader typing the query key by key searches each prefix too ("r", "re", …), and each may need its own
// chunk of the index: the bytes of the whole typing, at a brisk 120 ms per key.
const typedBytes: number[] = [];
for (const query of COLD_QUERIES.slice(0, runs)) {
  const fresh = await freshPage();
  await fresh.page.goto(`${server.url}${talkPath}`, { waitUntil: 'networkidle' });
  const before = await fresh.bytes();
  await fresh.page.locator('#site-search-q').pressSequentially(query, { delay: 120 });
  await fresh.page.locator('[data-site-search] [role="status"]').getByText(`“${query}”`).waitFor();
  await fresh.page.waitForLoadState('networkidle');
  typedBytes.push((await fresh.bytes()) - before);
  await fresh.close();
}

const warm: number[] = [];
const fresh = await freshPage();
await fresh.page.goto(`${server.url}${talkPath}`, { waitUntil: 'networkidle' });
await timeQuery(fresh.page, 'conference', 'cold');
for (let round = 0; round < 3; round++)
  for (const query of WARM_QUERIES) warm.push(await timeQuery(fresh.page, query, 'warm'));
await fresh.close();
await browser.close();
await server.close();

const index = sizeOf(join(site, 'pagefind'));
const whole = sizeOf(site);
const pages = readdirSync(join(site, 'talks'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
const nearestMedian = coldBytes.reduce(
  (best, bytes, run) =>
    Math.abs(bytes - median(coldBytes)) < Math.abs(coldBytes[best] - median(coldBytes)) ? run : best,
  0,
);
const medianRun = coldKinds[nearestMedian];
const breakdown = [...medianRun]
  .filter(([, bytes]) => bytes > 0)
  .sort((a, b) => b[1] - a[1])
  .map(([kind, bytes]) => `      ${kb(bytes).padStart(9)}  ${kind}`)
  .join('\n');
console.log(`
Search in a booklet of ${talks.toLocaleString('en')} talks (${pages.toLocaleString('en')} talk pages), from ${talkPath}
  cold, first query of a fresh page:  median ${ms(median(cold))} (${cold.map((v) => v.toFixed(0)).join(', ')})  target ≤ ${TARGETS.cold} ms: ${verdict(median(cold), TARGETS.cold)}
  warm, later queries:                median ${ms(median(warm))} (max ${ms(Math.max(...warm))}, ${warm.length} queries)  target ≤ ${TARGETS.warm} ms: ${verdict(median(warm), TARGETS.warm)}
  bytes fetched for the first query:  median ${kb(median(coldBytes))} (max ${kb(Math.max(...coldBytes))})  (${median(coldBytes).toLocaleString('en')} bytes)  target ≤ ${TARGETS.bytes.toLocaleString('en')} bytes: ${verdict(median(coldBytes), TARGETS.bytes)}
${breakdown}
    … typed key by key (its prefixes searched too): median ${kb(median(typedBytes))} (max ${kb(Math.max(...typedBytes))})
  index: ${mb(index.bytes)} in ${index.files.toLocaleString('en')} files; whole site ${mb(whole.bytes)} in ${whole.files.toLocaleString('en')} files`);
