import { fold, terms, wordStartRe } from './terms';

/** Optimal string alignment distance: edits, with a swap of neighbours as one edit. */
export function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

type Vocabulary = Map<string, string>;

/** The words of glossary terms, titles and headings, folded, for respelling. */
export function vocabulary(phrases: string[]): Vocabulary {
  const words: Vocabulary = new Map();
  for (const phrase of phrases)
    for (const w of phrase.split(/[^\p{L}\p{N}'’-]+/u)) if (w.length >= 3) words.set(fold(w), w);
  return words;
}

/**
 * The nearest word of the vocabulary to a misspelt one: one edit away for words of four to
 * six letters, two from seven; null when none is that near.
 */
export function respell(word: string, words: Vocabulary): string | null {
  if (word.length < 4 || words.has(word)) return null;
  const room = word.length >= 7 ? 2 : 1;
  let best: [number, string] | null = null;
  for (const [f, w] of words) {
    if (Math.abs(f.length - word.length) > room) continue;
    const d = distance(word, f);
    if (d <= room && (!best || d < best[0])) best = [d, w];
  }
  return best?.[1] ?? null;
}

/** Another search to offer, with how to say it. */
export interface Offer {
  query: string;
  label: string;
}

/**
 * What to say when a search finds nothing: the query's words that are nowhere in the book,
 * and another search to offer: the query respelt where a missing word is near a known one
 * ("dynamodv" → "DynamoDB"), else the query without its missing words ("bezos kubernetes" →
 * "bezos"). `finds` says whether one word alone finds anything.
 */
export function whenNothing(
  query: string,
  finds: (word: string) => boolean,
  words: Vocabulary,
): { missing: string[]; offers: Offer[] } {
  const all = terms(query);
  const missing = all.filter((w) => !finds(w));
  const offers: Offer[] = [];
  const fixed = all.map((w) => (missing.includes(w) ? respell(w, words) : w));
  if (fixed.some((w, i) => w !== null && missing.includes(all[i]))) {
    const q = fixed.filter((w) => w !== null).join(' ');
    offers.push({ query: q, label: `Did you mean “${q}”?` });
  } else if (missing.length > 0 && missing.length < all.length) {
    const q = all.filter((w) => !missing.includes(w)).join(' ');
    offers.push({ query: q, label: `Search for “${q}” instead` });
  }
  return { missing, offers };
}

export interface Term {
  term: string;
  aka?: string[];
}

/**
 * The names a glossary term goes by in running text: the term without its bracketed gloss,
 * its other names, and any word of it in capitals or with a digit, which is a name by itself
 * ("Amazon S3" is mostly written "S3") unless other terms share it (`shared`: "AWS").
 */
export function names(t: Term, shared: Set<string> = new Set()): string[] {
  const plain = t.term.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  const acronyms = plain
    .split(/\s+/)
    .filter((w) => /\d|^[A-Z]{2,}$/.test(w) && w !== plain && !shared.has(w));
  return [...new Set([plain, ...(t.aka ?? []), ...acronyms])];
}

/**
 * Starting points for an empty search: the `n` glossary terms that the most chapters mention
 * (by any of their names), then the most mentions overall.
 */
export function starters(glossary: Term[], chapters: string[], n = 5): string[] {
  const texts = chapters.map(fold);
  const seen = new Map<string, number>();
  for (const t of glossary)
    for (const w of new Set(t.term.split(/\s+/))) seen.set(w, (seen.get(w) ?? 0) + 1);
  const shared = new Set([...seen].filter(([, n]) => n > 1).map(([w]) => w));
  return glossary
    .map((t) => {
      const re = wordStartRe(names(t, shared).map(fold));
      const counts = texts.map((x) => (re ? [...x.matchAll(re)].length : 0));
      return {
        term: t.term,
        spread: counts.filter((c) => c > 0).length,
        total: counts.reduce((a, b) => a + b, 0),
      };
    })
    .sort((a, b) => b.spread - a.spread || b.total - a.total || a.term.localeCompare(b.term))
    .slice(0, n)
    .map((t) => t.term);
}
