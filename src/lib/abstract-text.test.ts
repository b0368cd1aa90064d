import { describe, expect, test } from 'vitest';
import { abstractText } from './abstract-text';

describe('abstractText', () => {
  test('keeps the words of paragraphs, a blank line between them', () => {
    expect(abstractText('First *emphasised* and **strong** words.\n\nSecond paragraph.\n')).toBe(
      'First emphasised and strong words.\n\nSecond paragraph.',
    );
  });

  test('writes formulas as their TeX, inline and displayed', () => {
    expect(abstractText('An $n$-player game with $\\beta < 1$.\n\n$$\nx^2\n$$\n')).toBe(
      'An n-player game with \\beta < 1.\n\nx^2',
    );
  });

  test('writes a link as its text and address, a bare address once', () => {
    expect(
      abstractText('Code is [on GitHub](https://github.com/x/y) and at [https://example.org/](https://example.org/).'),
    ).toBe('Code is on GitHub (https://github.com/x/y) and at https://example.org/.');
  });

  test('lists items on lines of their own', () => {
    expect(abstractText('We show:\n\n- one thing;\n- another.\n\n1. first\n2. second\n')).toBe(
      'We show:\n\n- one thing;\n- another.\n\n1. first\n2. second',
    );
  });

  test('leaves out MDX code: imports, expressions; keeps the text inside components', () => {
    expect(abstractText('import X from "./x.js"\n\nText {1 + 1} here.\n\n<Note>Inside a component.</Note>\n')).toBe(
      'Text  here.\n\nInside a component.',
    );
  });

  test('gives nothing for an empty abstract', () => {
    expect(abstractText('\n')).toBe('');
  });
});
