import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { indexedPages } from './pagefind-pages';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An index folder holding fragment files with the given contents, as Pagefind writes them (gzip). */
function indexWith(fragments: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
  made.push(dir);
  mkdirSync(join(dir, 'fragment'));
  for (const [id, text] of Object.entries(fragments))
    writeFileSync(join(dir, 'fragment', `${id}.pf_fragment`), gzipSync(Buffer.from(text)));
  return dir;
}

describe('indexedPages', () => {
  test("reads each fragment's id, address and start", async () => {
    const dir = indexWith({
      en_2c9e23f: `pagefind_dcd${JSON.stringify({ url: '/talks/troll/', meta: { start: '2026-04-25T13:42:00.000Z' } })}`,
      en_5356456: `pagefind_dcd${JSON.stringify({ url: '/about/', meta: {} })}`,
    });
    const pages = await indexedPages(dir);
    expect(pages.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'en_2c9e23f', url: '/talks/troll/', start: '2026-04-25T13:42:00.000Z' },
      { id: 'en_5356456', url: '/about/' },
    ]);
  });

  test('stops with the file named when a fragment is not a page it can read', async () => {
    for (const text of ['pagefind_dcd[1, 2, 3]', JSON.stringify({ url: '/talks/troll/' })]) {
      const dir = indexWith({ en_0000000: text });
      await expect(indexedPages(dir)).rejects.toThrow(
        `${join(dir, 'fragment', 'en_0000000.pf_fragment')} is not a page as this booklet reads Pagefind's fragments`,
      );
    }
  });
});
