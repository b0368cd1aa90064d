/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of `astro build`, so that one command
 * makes a searchable booklet. What gets indexed is marked in the pages (`data-pagefind-body` and friends).
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_DIR } from '../lib/paths';
import { START_ORDER_FILE, startOrder } from '../lib/start-order';
import { indexedPages } from '../node/pagefind-pages';

/**
 * KaTeX writes each formula three times: MathML, a TeX annotation and visual HTML. Only the TeX is kept,
 * so `$n$-player` is indexed as `n-player` and no excerpt shows the visual markup's letters ("nnn").
 */
const FORMULA_COPIES = ['.katex-html', '.katex-mathml semantics > :not(annotation)'];

const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // The search script runs Pagefind on the page's own thread (`noWorker`), so its worker is never fetched.
  'pagefind-worker.js',
];

export function searchIndex(): AstroIntegration {
  return {
    name: 'booklet-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const outputPath = join(site, SEARCH_INDEX_DIR);
        await rm(outputPath, { recursive: true, force: true });
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: FORMULA_COPIES });
          if (!created.index) throw new Error(created.errors.join('\n'));
          const added = await created.index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await created.index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          // Pagefind also writes ready-made UIs; the booklet has its own, so they would only be dead weight.
          for (const ui of UNUSED_FILES) await rm(join(outputPath, ui), { force: true });
          const pages = await indexedPages(outputPath);
          await writeFile(join(outputPath, START_ORDER_FILE), JSON.stringify(startOrder(pages)));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          // Pagefind counts every page it read; only those marked `data-pagefind-body` are in the index.
          const indexed = pages.length;
          logger.info(`Indexed ${indexed} of ${added.page_count} pages for search in ${seconds} s.`);
        } catch (error) {
          throw new Error(`Building the search index failed: ${(error as Error).message}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
