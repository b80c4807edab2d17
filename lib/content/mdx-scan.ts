import GithubSlugger from 'github-slugger';

/** A use of one of our MDX components, found by scanning the source text. */
export interface ComponentUse {
  name: string;
  props: Record<string, string>;
  line: number;
}

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

const tagPattern = /<(Cite|Claim|Term|When|Figure)\b((?:[^>"{}]|"[^"]*"|\{[^}]*\})*)\/?>/g;
const attrPattern = /([A-Za-z]+)=(?:"([^"]*)"|\{([^}]*)\})/g;

/** Lists component uses in document order; values in braces are kept as their source text. */
export function scanComponents(body: string, firstLine = 1): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const code = maskCode(body);
  for (const match of code.matchAll(tagPattern)) {
    const props: Record<string, string> = {};
    for (const attr of match[2].matchAll(attrPattern)) props[attr[1]] = (attr[2] ?? attr[3]).trim();
    const line = firstLine + body.slice(0, match.index).split('\n').length - 1;
    uses.push({ name: match[1], props, line });
  }
  return uses;
}

/** Headings as rehype-slug will id them (GitHub's slugger, in document order). */
export function scanHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  for (const line of maskCode(body).split('\n')) {
    const m = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = plainText(m[2]);
    headings.push({ depth: m[1].length as 2 | 3, text, id: slugger.slug(text) });
  }
  return headings;
}

/** The reader-visible words of an MDX body: components, markup and code removed. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<(Cite|Figure)\b[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function wordCount(mdx: string): number {
  const text = plainText(mdx.replace(/^#{1,6}\s.*$/gm, (h) => h.replace(/^#+\s/, '')));
  return text ? text.split(/\s+/).length : 0;
}

/** Minutes at 230 words a minute, never below one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Blanks out fenced code so examples in code blocks are not taken for components. */
function maskCode(body: string): string {
  const blank = (block: string) => block.replace(/[^\n]/g, ' ');
  return body.replace(/```[\s\S]*?```/g, blank).replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}
