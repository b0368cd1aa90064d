import { describe, expect, test } from 'vitest';
import { isNeverFetched, pageUrl, planOffline, wholeBookletLimit } from './offline-plan';

const files = [
  { path: 'index.html', bytes: 10_000 },
  { path: '404.html', bytes: 2_000 },
  { path: 'search/index.html', bytes: 3_000 },
  { path: 'talks/troll/index.html', bytes: 8_000 },
  { path: 'sessions/oral-5c/index.html', bytes: 20_000 },
  { path: '_astro/BookletLayout.abc.css', bytes: 5_000 },
  { path: '_astro/KaTeX_Main-Regular.abc.woff2', bytes: 26_000 },
  { path: '_astro/KaTeX_Main-Regular.abc.woff', bytes: 30_000 },
  { path: '_astro/KaTeX_Main-Regular.abc.ttf', bytes: 53_000 },
  { path: 'pagefind/pagefind.js', bytes: 47_000 },
  { path: 'pagefind/wasm.en.pagefind', bytes: 60_000 },
  { path: 'pagefind/wasm.unknown.pagefind', bytes: 58_000 },
  { path: 'sw.js', bytes: 9_000 },
  { path: 'sw-pages-cleanup.js', bytes: 300 },
  { path: 'talks/troll.ics', bytes: 1_000 },
  { path: 'program.ics', bytes: 3_000 },
  { path: 'booklet.pdf', bytes: 4_000 },
];

describe('planOffline', () => {
  test('keeps a small booklet whole, without fonts no browser fetches', () => {
    const plan = planOffline(files, 1_000_000);
    expect(plan.mode).toBe('whole');
    expect(plan.precache).toContain('talks/troll/index.html');
    expect(plan.precache).not.toContain('_astro/KaTeX_Main-Regular.abc.ttf');
    expect(plan.precache).not.toContain('sw.js');
    expect(plan.precache).not.toContain('sw-pages-cleanup.js');
    expect(plan.precache).toContain('program.ics');
    expect(plan.precache).toContain('booklet.pdf');
    expect(plan.precacheBytes).toBe(247_000);
    expect(plan.pages).toEqual([]);
  });

  test('keeps the shell and the search index of a large booklet, lists its pages to save, not its downloads', () => {
    const plan = planOffline(files, 100_000, ['en']);
    expect(plan.mode).toBe('shell');
    expect(plan.precache.sort()).toEqual([
      '404.html',
      '_astro/BookletLayout.abc.css',
      '_astro/KaTeX_Main-Regular.abc.woff2',
      'index.html',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'search/index.html',
    ]);
    expect(plan.pages).toEqual(['/talks/troll/', '/sessions/oral-5c/']);
    expect(plan.pageBytes).toBe(28_000);
  });
});

describe('helpers', () => {
  test('names pages by the URL they are read at', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('talks/troll/index.html')).toBe('/talks/troll/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });

  test('knows the files browsers never fetch', () => {
    expect(isNeverFetched('_astro/KaTeX_AMS-Regular.x.ttf')).toBe(true);
    expect(isNeverFetched('_astro/KaTeX_AMS-Regular.x.woff2')).toBe(false);
    // Pagefind's engine for a language the index does not hold; all of them when the languages are unknown
    expect(isNeverFetched('pagefind/wasm.unknown.pagefind', ['en'])).toBe(true);
    expect(isNeverFetched('pagefind/wasm.en.pagefind', ['en'])).toBe(false);
    expect(isNeverFetched('pagefind/wasm.unknown.pagefind')).toBe(false);
  });
});

describe('wholeBookletLimit', () => {
  test('is 5 MB unless set, in megabytes', () => {
    expect(wholeBookletLimit(undefined)).toBe(5 * 1024 * 1024);
    expect(wholeBookletLimit('')).toBe(5 * 1024 * 1024);
    expect(wholeBookletLimit('0.5')).toBe(512 * 1024);
    expect(wholeBookletLimit('0')).toBe(0);
  });

  test('refuses a setting that is not a size', () => {
    expect(() => wholeBookletLimit('5MB')).toThrow('BOOKLET_OFFLINE_WHOLE_MB must be a number of megabytes');
    expect(() => wholeBookletLimit('-1')).toThrow('not "-1"');
  });
});
