// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { parse } from 'yaml';
import { bookletPdf } from './src/integrations/booklet-pdf';
import { contentCheck } from './src/integrations/content-check';
import { offlineBooklet } from './src/integrations/offline-booklet';
import { searchIndex } from './src/integrations/search-index';
import { contentDir } from './src/lib/content-dir';

const content = contentDir();

/** Where the booklet is published: BOOKLET_SITE, else the conference file's siteUrl (if it parses). */
function siteUrl() {
  if (process.env.BOOKLET_SITE) return process.env.BOOKLET_SITE;
  try {
    const value = parse(readFileSync(join(content, 'conference.yaml'), 'utf8'))?.siteUrl;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined; // the content check reports the file's problems
  }
}

export default defineConfig({
  site: siteUrl(),
  // One content cache per content directory: Astro's cache keeps an entry whose file is unchanged, path and
  // all, so switching BOOKLET_CONTENT between two directories with an identical file would build from the
  // old directory's path.
  cacheDir: `./node_modules/.astro/content-${createHash('sha256').update(content).digest('hex').slice(0, 12)}`,
  trailingSlash: 'ignore',
  // Order matters at the end of the build: the search index and the PDFs are written before the service
  // worker lists the files.
  integrations: [contentCheck(content), mdx(), searchIndex(), bookletPdf(), offlineBooklet()],
  markdown: {
    // Astro 7's default processor does not run remark/rehype plugins; unified() does, for .md and .mdx.
    // Smart quotes stay off: abstracts are shown as their authors wrote them.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { throwOnError: true, output: 'htmlAndMathml' }]],
      smartypants: false,
    }),
  },
  vite: {
    server: { fs: { allow: ['.', content] } },
  },
});
