/**
 * Builds the booklet and prints its booklets to PDF, in Chromium:
 *
 *   npm run pdf                   A4: dist/booklet.pdf and dist/sessions/<id>/booklet.pdf
 *   npm run pdf -- --paper letter US Letter
 *
 * The printing itself happens at the end of the build (src/integrations/booklet-pdf.ts), so that the
 * pages link the PDFs and the offline copy knows them; this script checks first that a Chromium starts.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { pdfPaper } from '../src/lib/paper.ts';
import { launchChromium } from '../src/node/chromium.ts';

function fail(message: string): never {
  console.error(`pdf: ${message}`);
  process.exit(1);
}

let paper: string;
try {
  const { values } = parseArgs({ options: { paper: { type: 'string', default: 'a4' } } });
  paper = values.paper;
  pdfPaper(paper);
} catch (error) {
  fail(`${(error as Error).message}\nUsage: npm run pdf [-- --paper a4|letter]`);
}

try {
  await (await launchChromium()).close();
} catch (error) {
  fail((error as Error).message);
}

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, BOOKLET_PDF: paper } });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log(`pdf: built and printed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
