import { describe, expect, test } from 'vitest';
import { excerptParts, resultCountText } from './search-text';

describe('excerptParts', () => {
  test('splits highlighted runs from plain text', () => {
    expect(excerptParts('as an <mark>n-player</mark> game')).toEqual([
      { text: 'as an ', highlighted: false },
      { text: 'n-player', highlighted: true },
      { text: ' game', highlighted: false },
    ]);
  });

  test('keeps markup in the indexed text as text, never as elements', () => {
    const parts = excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; <mark>b</mark> &amp; c');
    expect(parts).toEqual([
      { text: 'a <script>alert(1)</script> ', highlighted: false },
      { text: 'b', highlighted: true },
      { text: ' &amp; c', highlighted: false },
    ]);
  });

  test('merges adjacent highlights and skips empty runs', () => {
    expect(excerptParts('<mark>Nash</mark><mark> Preference</mark>')).toEqual([
      { text: 'Nash Preference', highlighted: true },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('resultCountText', () => {
  test('counts results for the query', () => {
    expect(resultCountText(1, ' n-player ')).toBe('1 result for “n-player”.');
    expect(resultCountText(7, 'preference')).toBe('7 results for “preference”.');
  });

  test('says when nothing matched, and when filters narrowed it', () => {
    expect(resultCountText(0, 'zebra')).toBe('No results for “zebra”.');
    expect(resultCountText(2, '', true)).toBe('2 results with these filters.');
  });
});
