/**
 * "Save the whole booklet for offline" on a large booklet's home page (SaveForOffline.astro): fetches
 * every page the service worker did not precache into the cache it reads pages from.
 */
import { countOf } from '../lib/talk-text';

/** Pages fetched at once: enough to be quick, few enough to leave the reader's connection usable. */
const AT_ONCE = 6;

/** What the build planned for offline reading (`offline.json`, src/integrations/offline-booklet.ts). */
export interface SavePlan {
  /** Pages not precached, to save. */
  pages: string[];
  /** Their size in bytes. */
  pageBytes: number;
  /** The cache of this build's pages, which the service worker reads them from. */
  pagesCache: string;
}

async function saveAll({ pages, pagesCache }: SavePlan, button: HTMLButtonElement, status: HTMLElement) {
  button.disabled = true;
  const cache = await caches.open(pagesCache);
  let saved = 0;
  let failed = 0;
  const queue = [...pages];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        if (!(await cache.match(url))) await cache.add(url);
        saved += 1;
      } catch {
        failed += 1;
      }
      if ((saved + failed) % 50 === 0) status.textContent = `Saving: ${saved} of ${pages.length} pages…`;
    }
  };
  status.textContent = `Saving: 0 of ${pages.length} pages…`;
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  status.textContent =
    failed === 0
      ? `Saved: all ${countOf(pages.length, 'page')} of the booklet can be read offline.`
      : `Saved ${countOf(saved, 'page')}; ${failed} could not be fetched. Try again when you are online.`;
  button.disabled = false;
}

/** Shows the offer, saying how many pages and megabytes it will fetch. */
export function offerSaving(section: HTMLElement, plan: SavePlan): void {
  const { pages, pageBytes } = plan;
  const button = section.querySelector('button');
  const status = section.querySelector<HTMLElement>('[data-save-offline-status]');
  if (!button || !status) return;
  const size = `${(pageBytes / 1024 / 1024).toFixed(1)} MB`;
  button.textContent = `Save the whole booklet for offline (${countOf(pages.length, 'page')}, ${size})`;
  button.addEventListener('click', () => void saveAll(plan, button, status));
  section.hidden = false;
}
