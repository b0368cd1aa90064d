import { describe, expect, test } from 'vitest';
import { pdfPaper } from './paper';

describe('pdfPaper', () => {
  test('is A4 or Letter, or nothing when no PDF is asked for', () => {
    expect(pdfPaper(undefined)).toBeUndefined();
    expect(pdfPaper('')).toBeUndefined();
    expect(pdfPaper('a4')).toBe('A4');
    expect(pdfPaper('Letter')).toBe('Letter');
  });

  test('refuses any other paper', () => {
    expect(() => pdfPaper('legal')).toThrow('The paper must be "a4" or "letter", not "legal".');
  });
});
