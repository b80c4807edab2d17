import type { Root, RootContent } from 'mdast';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { isJsx, parseMdx, plainText, propsOf } from './mdx';

/** Plain text that states a year, a number or a quotation (cross-references are not facts). */
function statesAFact(text: string): boolean {
  const facts = text.replace(/\b[Cc]hapters? \d+(?: and \d+)?/g, 'chapter');
  return /\d/.test(facts) || /[“”]/.test(facts) || /"[^"]{3,}"/.test(facts);
}

function hasCite(node: Root | RootContent): boolean {
  let found = false;
  visit(node, (n) => {
    if (isJsx(n) && n.name === 'Cite') found = true;
  });
  return found;
}

/**
 * The book's citation rule: every paragraph that states a year, a number or a quotation carries
 * at least one <Cite>. Read from the syntax tree: each paragraph (inside claims, notes and
 * scroll steps too) is checked, a list item as a whole, and a claim's title against its body.
 * Returns the offending text (first 80 characters).
 */
export function uncitedParagraphs(mdx: string | Root): string[] {
  const tree = typeof mdx === 'string' ? parseMdx(mdx) : mdx;
  const offending: string[] = [];
  const check = (unit: Root | RootContent, text: string) => {
    if (statesAFact(text) && !hasCite(unit)) offending.push(text.slice(0, 80));
  };
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'yaml') return SKIP;
    if (node.type === 'listItem' || node.type === 'paragraph') {
      check(node, plainText(node));
      return SKIP;
    }
    if (isJsx(node) && node.name === 'Claim') check(node, propsOf(node).title ?? '');
    return CONTINUE;
  });
  return offending;
}
