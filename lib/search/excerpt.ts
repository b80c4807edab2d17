import { fold, wordStartRe } from './terms';

/** A run of excerpt text; `hit` runs are what the query matched and are shown marked. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

const entities: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&amp;': '&',
};
const decode = (s: string) => s.replace(/&(?:lt|gt|quot|amp|#39|#x27);/g, (e) => entities[e]);

/**
 * Pagefind's excerpt is text with its hits wrapped in <mark>: split it into parts so React
 * renders it as text (never as HTML), joining neighbours of the same kind.
 */
export function fromMarked(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  html.split(/(<mark>|<\/mark>)/).reduce((inMark, piece) => {
    if (piece === '<mark>') return true;
    if (piece === '</mark>') return false;
    const text = decode(piece.replace(/<[^>]*>/g, ''));
    if (!text) return inMark;
    const last = parts.at(-1);
    if (last && last.hit === inMark) last.text += text;
    else parts.push({ text, hit: inMark });
    return inMark;
  }, false);
  return parts;
}

export const plainText = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');

/**
 * Drops a section's title from the start of its excerpt, which often begins with the heading
 * (or, cut by Pagefind, with its last words: "without limits: S3. The service…"); the result
 * already shows the title. Kept when little would be left.
 */
export function withoutLead(parts: ExcerptPart[], title: string): ExcerptPart[] {
  const text = plainText(parts);
  const body = text.replace(/^…\s*/, '');
  const words = title.trim().split(/\s+/);
  const lead = words
    .map((_, i) => words.slice(i).join(' '))
    .find((tail, i) => (i === 0 || tail.length >= 8) && body.startsWith(tail));
  if (!lead) return parts;
  const rest = body.slice(lead.length).replace(/^[\s.:;,–—-]+/, '');
  if (rest.length < 20) return parts;
  let skip = text.length - rest.length;
  const out: ExcerptPart[] = [];
  for (const p of parts) {
    if (skip >= p.text.length) {
      skip -= p.text.length;
      continue;
    }
    out.push({ text: p.text.slice(skip), hit: p.hit });
    skip = 0;
  }
  return out;
}

/**
 * Marks every word of `text` that starts with one of the query's folded `words` (the way
 * Pagefind matches: "mandate" marks "mandates" too), whole word marked.
 */
export function markWords(text: string, words: string[]): ExcerptPart[] {
  const folded = fold(text);
  const re = wordStartRe(words);
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const m of re ? folded.matchAll(re) : []) {
    const start = m.index;
    let end = start + m[0].length;
    while (end < text.length && /[\p{L}\p{N}'’]/u.test(text[end])) end++;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
