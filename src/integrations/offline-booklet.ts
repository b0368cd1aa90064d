/**
 * Makes the built booklet readable offline: at the end of `astro build` (after the search index), plans
 * what to keep (src/lib/offline-plan.ts), writes that plan for the pages to read, and generates the
 * service worker with Workbox.
 */
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { type BuiltFile, OFFLINE_PLAN_PATH, PAGES_CACHE, planOffline, wholeBookletLimit } from '../lib/offline-plan';

/** The service worker's file under the site root; pages register it from here. */
export const SERVICE_WORKER_PATH = 'sw.js';

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
        const plan = planOffline(await builtFiles(site), wholeBookletLimit(process.env.BOOKLET_OFFLINE_WHOLE_MB));
        const { mode, pages, pageBytes } = plan;
        await writeFile(join(site, OFFLINE_PLAN_PATH), JSON.stringify({ mode, pages, pageBytes }));
        const precached = new Set(plan.precache);

        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: ['**/*'],
          globIgnores: [SERVICE_WORKER_PATH],
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
              options: { cacheName: PAGES_CACHE, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true } },
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
