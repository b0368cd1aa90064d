/**
 * Makes the built booklet readable offline: at the end of `astro build` (after the search index), plans
 * what to keep (src/lib/offline-plan.ts), writes that plan for the pages to read, and generates the
 * service worker with Workbox.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import {
  type BuiltFile,
  OFFLINE_PLAN_PATH,
  PAGES_CACHE_PREFIX,
  PAGES_CLEANUP_PATH,
  pagesCacheName,
  planOffline,
  SERVICE_WORKER_PATH,
  wholeBookletLimit,
} from '../lib/offline-plan';
import { SEARCH_INDEX_DIR } from '../lib/paths';

async function builtFiles(root: string): Promise<BuiltFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).sort((a, b) => a.parentPath.localeCompare(b.parentPath));
  return Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(root, path).split(sep).join('/'), bytes: (await stat(path)).size };
    }),
  );
}

/** A short hash of the built pages: it changes when any page does, and names the cache pages are kept in. */
async function pagesVersion(root: string, files: BuiltFile[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files.filter((built) => built.path.endsWith('.html'))) {
    hash
      .update(file.path)
      .update('\0')
      .update(await readFile(join(root, file.path)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The service worker's addition to Workbox: when a new build's worker takes over, the pages the old one
 * cached as they were read (or saved) go, so no page of the old booklet is served as current.
 */
function pagesCleanupScript(current: string): string {
  return `// Written by the build (src/integrations/offline-booklet.ts).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith(${JSON.stringify(PAGES_CACHE_PREFIX)}) && name !== ${JSON.stringify(current)})
          .map((name) => caches.delete(name)),
      ),
    ),
  );
});
`;
}

/** The search engines (`wasm.<name>.pagefind`) the built index uses, or undefined when it cannot be read. */
async function searchWasm(root: string): Promise<string[] | undefined> {
  try {
    const entry = JSON.parse(await readFile(join(root, SEARCH_INDEX_DIR, 'pagefind-entry.json'), 'utf8'));
    return Object.values(entry.languages as Record<string, { wasm: string }>).map((language) => language.wasm);
  } catch {
    return undefined;
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function offlineBooklet(): AstroIntegration {
  return {
    name: 'booklet-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await rm(join(site, SERVICE_WORKER_PATH), { force: true });
        // The plan file is itself precached, so it is written (with an empty list) before sizes are taken.
        await writeFile(join(site, OFFLINE_PLAN_PATH), '{}');
        const files = await builtFiles(site);
        const pagesCache = pagesCacheName(await pagesVersion(site, files));
        await writeFile(join(site, PAGES_CLEANUP_PATH), pagesCleanupScript(pagesCache));
        const plan = planOffline(
          files,
          wholeBookletLimit(process.env.BOOKLET_OFFLINE_WHOLE_MB),
          await searchWasm(site),
        );
        const { mode, pages, pageBytes } = plan;
        await writeFile(join(site, OFFLINE_PLAN_PATH), JSON.stringify({ mode, pages, pageBytes, pagesCache }));
        const precached = new Set(plan.precache);

        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*'],
          globIgnores: [SERVICE_WORKER_PATH, PAGES_CLEANUP_PATH],
          importScripts: [PAGES_CLEANUP_PATH],
          maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
          manifestTransforms: [
            async (entries) => ({ manifest: entries.filter((entry) => precached.has(entry.url)), warnings: [] }),
          ],
          swDest: join(site, SERVICE_WORKER_PATH),
          // Files named by their content's hash need no revision: a smaller manifest for large booklets.
          dontCacheBustURLsMatching: /^(_astro\/.*\.[\w-]{8}\.\w+|pagefind\/.*_[0-9a-f]{7,}\.pf_\w+)$/,
          // A page of a static booklet is the same whatever its query: `?q=` and `?now=` are read by scripts.
          ignoreURLParametersMatching: [/./],
          directoryIndex: 'index.html',
          // The page shows "A newer booklet is available" and the reader chooses when to switch.
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          // Pages outside the precache: the network when there is one, else the copy read or saved before.
          runtimeCaching: [
            {
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: { cacheName: pagesCache, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        const rest =
          mode === 'whole'
            ? 'the whole booklet'
            : `its shell; ${pages.length} pages (${megabytes(pageBytes)}) on request`;
        logger.info(`Service worker precaches ${count} files (${megabytes(size)}): ${rest}.`);
      },
    },
  };
}
