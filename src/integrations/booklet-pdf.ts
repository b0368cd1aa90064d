/**
 * Prints the booklets to PDF at the end of the build when asked (`npm run pdf` sets `BOOKLET_PDF` to the
 * paper size): `/booklet/` to `booklet.pdf`, each `/sessions/<id>/booklet/` to `sessions/<id>/booklet.pdf`,
 * in Chromium through Playwright (playwright-core, which brings no browser). A plain `npm run build` never
 * starts one. Also says, once per
 * build, when the booklet's address is unknown, since printed pages then carry no QR code.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BOOKLET_PDF_PATH, BOOKLET_PATH, sessionBookletPath, sessionBookletPdfPath } from '../lib/paths';
import { pdfPaper } from '../lib/paper';
import { launchChromium } from '../node/chromium';
import { serveDirectory } from '../node/static-server';

/** The booklets of a built site: the page to print and the PDF to write, as paths under the site root. */
async function booklets(site: string): Promise<{ page: string; pdf: string }[]> {
  const sessions = await readdir(join(site, 'sessions'), { withFileTypes: true }).catch(() => []);
  return [
    { page: BOOKLET_PATH, pdf: BOOKLET_PDF_PATH },
    ...sessions
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({
        page: sessionBookletPath({ id: entry.name }),
        pdf: sessionBookletPdfPath({ id: entry.name }),
      })),
  ];
}

export function bookletPdf(): AstroIntegration {
  return {
    name: 'booklet-pdf',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (!config.site)
          logger.warn(
            'The booklet has no address (set BOOKLET_SITE, or siteUrl in conference.yaml): printed pages show their path alone, without a QR code.',
          );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const paper = pdfPaper(process.env.BOOKLET_PDF);
        if (!paper) return;
        const site = fileURLToPath(dir);
        const browser = await launchChromium();
        const server = await serveDirectory(site);
        try {
          const page = await browser.newPage();
          for (const booklet of await booklets(site)) {
            const started = performance.now();
            await page.goto(`${server.url}${booklet.page}`, { waitUntil: 'networkidle' });
            await page.evaluate(() => document.fonts.ready);
            const pdf = await page.pdf({ format: paper, printBackground: true, outline: true, tagged: true });
            await writeFile(join(site, booklet.pdf), pdf);
            const talks = await page.locator('.printed-talk').count();
            const ms = performance.now() - started;
            logger.info(
              `${booklet.pdf}: ${talks} talks in ${ms.toFixed(0)} ms (${(ms / Math.max(talks, 1)).toFixed(0)} ms a talk), ${paper}`,
            );
          }
        } finally {
          await browser.close();
          await server.close();
        }
      },
    },
  };
}
