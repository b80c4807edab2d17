import { markWords, type ExcerptPart } from './excerpt';
import { fold, terms, wordStartRe } from './terms';

export { terms };

/**
 * One searchable section of the one-page book: a heading and the text blocks (paragraphs,
 * list items, table rows) under it, as the reader sees them.
 */
export interface SearchSection {
  id: string;
  chapter: string;
  heading: string;
  blocks: string[];
}

export interface SearchHit {
  section: SearchSection;
  score: number;
  /** The block that matched best: the passage a result jumps to (-1: only the heading did). */
  block: number;
  /** Text around the match in that block, hits marked. */
  excerpt: ExcerptPart[];
}

const count = (text: string, word: string) =>
  [...text.matchAll(wordStartRe([word]) ?? /$^/g)].length;

/**
 * About `length` characters of `text` around its first match, cut at word boundaries, with
 * an ellipsis where it was cut and every query word marked.
 */
export function excerptAround(text: string, words: string[], length = 170): ExcerptPart[] {
  const re = wordStartRe(words);
  const at = re ? Math.max(fold(text).search(re), 0) : 0;
  // Start at a word a third of the length before the match; stop at the end of a word.
  let start = Math.max(0, at - Math.round(length / 3));
  if (start > 0) start = text.lastIndexOf(' ', start) + 1;
  let end = Math.min(text.length, start + length);
  if (end < text.length && text.lastIndexOf(' ', end) > at) end = text.lastIndexOf(' ', end);
  const parts = markWords(text.slice(start, end).trim(), words);
  if (start > 0) parts.unshift({ text: '… ', hit: false });
  if (end < text.length) parts.push({ text: ' …', hit: false });
  return parts;
}

/**
 * Sections that contain every query word (at the start of a word, so "art" does not find
 * "start"), best first: a word in the heading counts most, then how often the words occur.
 * Small enough to run on every keystroke over the whole book.
 */
export function search(sections: SearchSection[], query: string, limit = 12): SearchHit[] {
  const words = terms(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const section of sections) {
    const heading = fold(section.heading);
    const blocks = section.blocks.map(fold);
    let score = 0;
    let ok = true;
    for (const w of words) {
      const inHeading = count(heading, w) > 0;
      const n = blocks.reduce((sum, b) => sum + count(b, w), 0);
      if (!inHeading && n === 0) {
        ok = false;
        break;
      }
      score += (inHeading ? 10 : 0) + Math.min(n, 5);
    }
    if (!ok) continue;
    // The passage: the block with the most of the words, the first of equals.
    let block = -1;
    let best = 0;
    blocks.forEach((b, i) => {
      const n = words.filter((w) => count(b, w) > 0).length;
      if (n > best) [block, best] = [i, n];
    });
    const excerpt =
      block >= 0
        ? excerptAround(section.blocks[block], words)
        : excerptAround(section.blocks[0] ?? '', []);
    hits.push({ section, score, block, excerpt });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
