/** Text of search results: highlighted excerpts taken apart safely, and the result count readers hear. */
import { countOf } from './talk-text';

/** A run of excerpt text, highlighted where it matched the query. */
export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

/**
 * Takes apart a Pagefind excerpt ("an <mark>n-player</mark> game") into text runs, so a page can show it with
 * text nodes and `<mark>` elements and never as HTML: indexed text is not trusted markup. Pagefind escapes
 * `<` and `>` in the text and nothing else, so those two are all that is unescaped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let highlighted = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>' || token === '</mark>') {
      highlighted = token === '<mark>';
      continue;
    }
    if (token === '') continue;
    const text = token.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    const last = parts.at(-1);
    if (last?.highlighted === highlighted) last.text += text;
    else parts.push({ text, highlighted });
  }
  return parts;
}

/** What the result count says (and a screen reader announces): `3 results for “n-player”`. */
export function resultCountText(total: number, query: string, filtered = false): string {
  const what = query.trim() ? ` for “${query.trim()}”` : '';
  const narrowed = filtered ? ' with these filters' : '';
  return total === 0 ? `No results${what}${narrowed}.` : `${countOf(total, 'result')}${what}${narrowed}.`;
}
