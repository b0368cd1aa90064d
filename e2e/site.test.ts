import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LinkChecker, LinkState } from 'linkinator';
import { expect, test } from './support/test';

const DIST = join(import.meta.dirname, '..', 'dist');
/** The checker's jar; the package's own module is just its path. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

test('the Nu Html Checker finds no errors in any built page', async () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThanOrEqual(10);
  // vnu exits non-zero when it reports errors; its JSON report is on stderr either way.
  const { stderr } = await promisify(execFile)(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? String(error) }));
  const report = JSON.parse(stderr) as {
    messages: { type: string; url: string; lastLine?: number; message: string }[];
  };
  const errors = report.messages.map(
    (m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'}: ${m.message}`,
  );
  expect(errors).toEqual([]);
});

test('no link in the booklet is broken', async ({ baseURL }) => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: `${baseURL}/`,
    recurse: true,
    // Links to other hosts (the conference site, code repositories) cannot be reached from the tests.
    linksToSkip: async (link) => !link.startsWith(`${baseURL}`),
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (from ${link.parent})`);
  expect(broken).toEqual([]);
  const pages = result.links.filter((link) => link.state === LinkState.OK && link.url.endsWith('/'));
  expect(pages.length).toBeGreaterThanOrEqual(9);
});
