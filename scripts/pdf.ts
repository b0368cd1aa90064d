/**
 * Builds the booklet and prints its booklets to PDF, in Chromium:
 *
 *   npm run pdf                   A4: dist/booklet.pdf and dist/sessions/<id>/booklet.pdf
 *   npm run pdf -- --paper letter US Letter
 *   npm run pdf -- --out DIR       build into DIR instead of dist/
 *
 * The printing itself happens at the end of the build (src/integrations/booklet-pdf.ts), so that the
 * pages link the PDFs and the offline copy knows them; this script checks first that a Chromium starts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { pdfPaper } from '../src/lib/paper.ts';
import { astroBuild, ROOT } from '../src/node/astro-build.ts';
import { launchChromium } from '../src/node/chromium.ts';

const USAGE = 'Usage: npm run pdf [-- --paper a4|letter] [--out DIR]';

function fail(message: string): never {
  console.error(`pdf: ${message}`);
  process.exit(1);
}

let paper: string;
let out: string;
try {
  const { values } = parseArgs({
    options: { paper: { type: 'string', default: 'a4' }, out: { type: 'string', default: 'dist' } },
  });
  paper = values.paper;
  out = resolve(values.out);
  pdfPaper(paper);
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}

try {
  await (await launchChromium()).close();
} catch (error) {
  fail((error as Error).message);
}

const started = performance.now();
const build = await astroBuild(contentDir(ROOT), out, { BOOKLET_PDF: paper }, { echo: true });
if (build.code !== 0) process.exit(build.code ?? 1);
console.log(`pdf: built and printed into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
