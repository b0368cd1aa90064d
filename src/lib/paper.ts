/** Paper sizes for printing to PDF. Free of imports: `scripts/pdf.ts` runs it on Node's type stripping. */

/**
 * The paper `npm run pdf` prints on, from `BOOKLET_PDF` (`a4` or `letter`, any case); `undefined` when no
 * PDF is asked for. Anything else is an error, not a silent A4.
 */
export function pdfPaper(setting: string | undefined): 'A4' | 'Letter' | undefined {
  if (setting === undefined || setting === '') return undefined;
  if (/^a4$/i.test(setting)) return 'A4';
  if (/^letter$/i.test(setting)) return 'Letter';
  throw new Error(`The paper must be "a4" or "letter", not "${setting}".`);
}
