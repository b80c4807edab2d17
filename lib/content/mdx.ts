import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type {} from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { citationOrder } from './remark-citations.mjs';

/**
 * A chapter read once into a syntax tree, with the parser the MDX compiler uses (remark-mdx,
 * frontmatter, GFM: next.config.ts): its frontmatter, headings, component uses, citations and
 * words all come from this tree, never from the text.
 */

/** A use of one of our MDX components. */
export interface ComponentUse {
  name: string;
  /** Attribute values: strings as written, `{…}` expressions as their source text. */
  props: Record<string, string>;
  line: number;
}

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

export function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Parses MDX; throws the parser's message (with line and column) on broken MDX. */
export function parseMdx(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}

/** The YAML frontmatter (null when there is none) and where the body after it starts. */
export function frontmatter(tree: Root): { data: unknown; bodyOffset: number } | null {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return null;
  return { data: parseYaml(node.value), bodyOffset: node.position?.end.offset ?? 0 };
}

export function propsOf(node: JsxElement): Record<string, string> {
  const props: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') continue;
    props[a.name] =
      a.value == null ? 'true' : typeof a.value === 'string' ? a.value : a.value.value;
  }
  return props;
}

/** Every use of a capitalised component, in document order. */
export function componentUses(tree: Root): ComponentUse[] {
  const uses: ComponentUse[] = [];
  visit(tree, (node) => {
    if (isJsx(node) && node.name && /^[A-Z]/.test(node.name))
      uses.push({ name: node.name, props: propsOf(node), line: node.position?.start.line ?? 0 });
  });
  return uses;
}

/** `##` and `###` headings, with the ids rehype-slug gives them (GitHub's slugger, in order). */
export function headings(tree: Root): Heading[] {
  const slugger = new GithubSlugger();
  const out: Heading[] = [];
  visit(tree, 'heading', (node) => {
    if (node.depth !== 2 && node.depth !== 3) return;
    const text = plainText(node);
    out.push({ depth: node.depth, text, id: slugger.slug(text) });
  });
  return out;
}

/** Source ids by first citation: a source's number is its index + 1 (as the renderer numbers). */
export const citedSources = (tree: Root): string[] => citationOrder(tree);

/** Elements whose text a reader does not read as prose: citation markers and figures. */
const silent = new Set(['Cite', 'Figure']);

/** The reader-visible text of a node: no citation markers, figures, code or MDX expressions. */
export function plainText(node: Root | RootContent): string {
  const strip = (n: Root | RootContent): string => {
    if (isJsx(n) && n.name && silent.has(n.name)) return ' ';
    if (n.type === 'code' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression')
      return ' ';
    if (n.type === 'yaml' || n.type === 'mdxjsEsm') return ' ';
    if ('children' in n) return n.children.map((c) => strip(c as RootContent)).join('');
    if (n.type === 'break') return ' ';
    return toString(n);
  };
  return strip(node).replace(/\s+/g, ' ').trim();
}

/** Words a reader reads: headings and prose, without markers, figures, code or comments. */
export function wordCount(tree: Root): number {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      blocks.push(plainText(node));
      return SKIP;
    }
    return CONTINUE;
  });
  return blocks.join(' ').split(' ').filter(Boolean).length;
}

/** Minutes at 230 words a minute, never below one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
