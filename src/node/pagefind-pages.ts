/**
 * The pages of a written Pagefind index, read back from its fragment files: each result's id is its
 * fragment's name (`fragment/en_2c9e23f.pf_fragment`), and the fragment holds the page's address and the
 * metadata the page gave (`data-pagefind-meta`). Pagefind writes each fragment as gzip of a signature
 * (`pagefind_dcd`) and JSON, the form its own browser script reads.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IndexedPage } from '../lib/start-order';

const SIGNATURE = 'pagefind_dcd';

/** Reads every page of the index in `indexDir`, with the `start` its metadata names. */
export async function indexedPages(indexDir: string): Promise<IndexedPage[]> {
  const folder = join(indexDir, 'fragment');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.pf_fragment'));
  return Promise.all(
    names.map(async (name) => {
      const data = gunzipSync(await readFile(join(folder, name)));
      let page: { url?: unknown; meta?: Record<string, unknown> } = {};
      if (data.subarray(0, SIGNATURE.length).toString() === SIGNATURE) {
        try {
          page = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8'));
        } catch {
          // not JSON: reported below
        }
      }
      if (typeof page.url !== 'string')
        throw new Error(
          `${join(folder, name)} is not a page as this booklet reads Pagefind's fragments (a page's url and meta): has Pagefind's format changed?`,
        );
      const start = page.meta?.start;
      return { id: name.replace(/\.pf_fragment$/, ''), url: page.url, ...(typeof start === 'string' ? { start } : {}) };
    }),
  );
}
