import { describe, expect, test } from 'vitest';
import { escapeHtml, hasMath, plainText, renderTitleHtml, splitMath, texError } from './math';

describe('plainText', () => {
  test('drops the dollar signs and keeps the TeX', () => {
    expect(plainText('An $n$-player game')).toBe('An n-player game');
    expect(plainText('$\\beta$-VAE at scale')).toBe('\\beta-VAE at scale');
    expect(plainText('Sums $$\\sum_i x_i$$ everywhere')).toBe('Sums \\sum_i x_i everywhere');
  });

  test('keeps escaped and unpaired dollar signs as text', () => {
    expect(plainText('Costs \\$5 a run')).toBe('Costs $5 a run');
    expect(plainText('A lone $ sign')).toBe('A lone $ sign');
  });

  test('leaves a title without math unchanged', () => {
    expect(plainText('Why DPO is a Misspecified Estimator and How to Fix It')).toBe(
      'Why DPO is a Misspecified Estimator and How to Fix It',
    );
  });
});

describe('splitMath', () => {
  test('splits text and formulas in order', () => {
    expect(splitMath('a $x$ b $$y$$')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'math', tex: 'x', display: false },
      { kind: 'text', text: ' b ' },
      { kind: 'math', tex: 'y', display: true },
    ]);
  });

  test('does not end a formula at an escaped dollar inside it', () => {
    expect(splitMath('$a\\$b$')).toEqual([{ kind: 'math', tex: 'a\\$b', display: false }]);
  });

  test('tells whether text holds math', () => {
    expect(hasMath('An $n$-player game')).toBe(true);
    expect(hasMath('Costs \\$5')).toBe(false);
  });
});

describe('renderTitleHtml', () => {
  test('renders formulas as KaTeX HTML and MathML and escapes the text', () => {
    const html = renderTitleHtml('<b> & $n$-player');
    expect(html.startsWith('&lt;b&gt; &amp; <span class="katex">')).toBe(true);
    expect(html).toContain('<math');
    expect(html).toContain('-player');
    expect(html).not.toContain('$');
  });

  test('throws on TeX KaTeX cannot parse', () => {
    expect(() => renderTitleHtml('$\\frac{n$')).toThrow();
  });
});

describe('texError', () => {
  test('is undefined for good TeX and names the problem for bad TeX', () => {
    expect(texError('\\frac{1}{2}', false)).toBeUndefined();
    expect(texError('\\frac{1', false)).toMatch(/expected '}'/i);
    expect(texError('\\notacommand', false)).toMatch(/Undefined control sequence/);
  });
});

test('escapeHtml escapes the five HTML specials', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
