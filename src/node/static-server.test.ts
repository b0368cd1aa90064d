import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDirectory } from './static-server';

describe('serveDirectory', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveDirectory>>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'static-server-'));
    mkdirSync(join(root, 'talks', 'troll'), { recursive: true });
    writeFileSync(join(root, 'talks', 'troll', 'index.html'), '<h1>TROLL</h1>');
    writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');
    server = await serveDirectory(root);
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test("serves a folder's index.html at its URL, and 404.html for what is missing", async () => {
    const page = await fetch(`${server.url}/talks/troll/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<h1>TROLL</h1>');
    const missing = await fetch(`${server.url}/talks/nothing/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>Not found</h1>');
  });

  test('answers a malformed address with 400 and goes on serving', async () => {
    const bad = await fetch(`${server.url}/talks/%E0%A4%A/`);
    expect(bad.status).toBe(400);
    expect((await fetch(`${server.url}/talks/troll/`)).status).toBe(200);
  });

  test('serves nothing outside its directory', async () => {
    const outside = await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`);
    expect(outside.status).toBe(404);
  });
});
