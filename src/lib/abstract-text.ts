/**
 * An abstract as plain text, for places that cannot show HTML (calendar event descriptions): paragraphs
 * separated by a blank line, formulas as their TeX (`$n$-player` → `n-player`, as `plainText` does for
 * titles), a link as its text with the address after it. MDX expressions and imports are code, not
 * text: they are left out, never run.
 */
import type { Nodes } from 'mdast';
import { parseMdx } from './mdx';

/** Node types that hold code rather than words. */
const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** Node types that stand as a block of their own. */
const BLOCKS = new Set(['paragraph', 'heading', 'math', 'code', 'blockquote', 'list', 'listItem', 'table', 'html']);

function inline(node: Nodes): string {
  if (CODE.has(node.type)) return '';
  if (node.type === 'break') return '\n';
  if (node.type === 'link') {
    const text = node.children.map(inline).join('');
    return text === node.url || !text ? node.url : `${text} (${node.url})`;
  }
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(inline).join('');
  return '';
}

function blocks(node: Nodes, out: string[], prefix = ''): void {
  if (CODE.has(node.type)) return;
  if (node.type === 'list') {
    const items = node.children.map((item, i) => {
      const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
      const parts: string[] = [];
      for (const child of item.children) blocks(child, parts);
      return `${prefix}${marker}${parts.join(' ')}`;
    });
    out.push(items.join('\n'));
    return;
  }
  if (node.type === 'blockquote') {
    for (const child of node.children) blocks(child, out, `${prefix}> `);
    return;
  }
  const isContainer = 'children' in node && (node.children as Nodes[]).some((child) => BLOCKS.has(child.type));
  if (node.type === 'root' || isContainer) {
    for (const child of (node as { children: Nodes[] }).children) blocks(child, out, prefix);
    return;
  }
  const text = inline(node).trim();
  if (text) out.push(prefix + text);
}

/** The plain text of an MDX abstract; empty when it has none. */
export function abstractText(body: string): string {
  const out: string[] = [];
  blocks(parseMdx(body), out);
  return out.join('\n\n');
}
