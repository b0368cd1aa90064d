/**
 * TeX in titles and abstracts. Titles are frontmatter strings that remark never sees, so they are split
 * and rendered here; abstracts go through remark-math + rehype-katex, and are only checked here, because
 * rehype-katex turns bad TeX into a red box instead of an error.
 */
import katex from 'katex';

/** A piece of a title: plain text, or the TeX between `$…$` (inline) or `$$…$$` (display). */
export type TitlePart = { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean };

/**
 * Splits text at `$…$` and `$$…$$`. `\$` is a literal dollar sign. An unclosed `$` is left as text, as
 * remark-math does.
 */
export function splitMath(text: string): TitlePart[] {
  const result: TitlePart[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\' && text[i + 1] === '$') {
      plain += '$';
      i += 2;
      continue;
    }
    if (char === '$') {
      const display = text[i + 1] === '$';
      const fence = display ? '$$' : '$';
      const close = findClosing(text, i + fence.length, fence);
      if (close > i + fence.length) {
        if (plain) result.push({ kind: 'text', text: plain });
        plain = '';
        result.push({ kind: 'math', tex: text.slice(i + fence.length, close), display });
        i = close + fence.length;
        continue;
      }
    }
    plain += char;
    i += 1;
  }
  if (plain) result.push({ kind: 'text', text: plain });
  return result;
}

function findClosing(text: string, from: number, fence: string): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') {
      j += 1;
      continue;
    }
    if (text.startsWith(fence, j)) return j;
  }
  return -1;
}

/**
 * The plain-text form of a title, for places a formula cannot be drawn (`<title>`, meta tags, search
 * results, calendars): the `$` delimiters go, the TeX stays. `$n$-player` → `n-player`.
 */
export function plainText(text: string): string {
  return splitMath(text)
    .map((part) => (part.kind === 'text' ? part.text : part.tex.trim()))
    .join('');
}

/** True when the text holds at least one formula. */
export function hasMath(text: string): boolean {
  return splitMath(text).some((part) => part.kind === 'math');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/**
 * A title as HTML: text escaped, formulas as KaTeX HTML + MathML. Throws on TeX KaTeX cannot parse;
 * content validation reports that before any page is rendered.
 */
export function renderTitleHtml(text: string): string {
  return splitMath(text)
    .map((part) =>
      part.kind === 'text'
        ? escapeHtml(part.text)
        : katex.renderToString(part.tex, { displayMode: false, throwOnError: true, output: 'htmlAndMathml' }),
    )
    .join('');
}

/** Why KaTeX refuses a formula, or `undefined` when it renders. */
export function texError(tex: string, display: boolean): string | undefined {
  try {
    katex.renderToString(tex, { displayMode: display, throwOnError: true });
    return undefined;
  } catch (error) {
    if (error instanceof katex.ParseError) return error.rawMessage;
    throw error;
  }
}
