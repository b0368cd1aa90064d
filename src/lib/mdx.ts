/** Reading an MDX body as the build does (MDX syntax, `$…$` math), without running it. */
import type { Root } from 'mdast';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkMath);

/** The syntax tree of an MDX body; throws where the MDX does not parse. */
export function parseMdx(body: string): Root {
  return mdxParser.parse(body);
}
