import { fromMarked, markWords, withoutLead, type ExcerptPart } from './excerpt';
import type { SearchHit } from './offline';
import { fold, terms } from './terms';

/** One result: a section of a page, opened at its anchor. */
export interface SearchItem {
  url: string;
  title: ExcerptPart[];
  excerpt: ExcerptPart[];
  /** In the one-page book: which text block of the section matched, to scroll it into view. */
  passage?: number;
}

/** The results from one page (a chapter, the glossary), in the order they rank. */
export interface SearchGroup {
  key: string;
  title: string;
  items: SearchItem[];
}

/** The parts of a Pagefind result this site reads (pagefind.js's `result.data()`). */
export interface PagefindData {
  url: string;
  meta: { title?: string; group?: string };
  sub_results: {
    title: string;
    url: string;
    excerpt: string;
    locations: number[];
    weighted_locations?: { balanced_score: number }[];
  }[];
}

const pathOf = (url: string) => url.replace(/[#?].*$/, '');

const sharedPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Whether a word Pagefind marked answers a query term. Pagefind matches stems and word
 * starts ("launches" marks "launched", "clou" marks "cloud") but also, given a word it lacks,
 * a short word that merely starts it ("qzxwvkjq" marked the "Q" of Amazon Q): a hit must share
 * all of a short term, or all but three letters of a long one.
 */
export function answersTerm(word: string, term: string): boolean {
  const t = fold(term);
  return sharedPrefix(fold(word), t) >= Math.min(t.length, Math.max(3, t.length - 3));
}

/** False for a Pagefind excerpt whose marked words answer none of the query's terms. */
export function excerptAnswers(excerpt: string, words: string[]): boolean {
  const marked = fromMarked(excerpt).filter((p) => p.hit);
  if (marked.length === 0) return true;
  return marked.some((p) =>
    p.text.split(/[^\p{L}\p{N}]+/u).some((w) => w && words.some((t) => answersTerm(w, t))),
  );
}
const score = (s: PagefindData['sub_results'][number]) =>
  s.weighted_locations?.reduce((sum, l) => sum + l.balanced_score, 0) ?? s.locations.length;

/**
 * Pagefind's results as groups by page: each page's sections (Pagefind's sub-results, one per
 * heading with an id) best first, at most `perPage` of them. Records that share a page (the
 * glossary's terms, indexed one record each) share its group, named by their `group` meta.
 */
export function groupPagefind(data: PagefindData[], query: string, perPage = 3): SearchGroup[] {
  const words = terms(query);
  const groups = new Map<string, SearchGroup>();
  for (const d of data) {
    const key = pathOf(d.url);
    const group = groups.get(key) ?? { key, title: d.meta.group ?? d.meta.title ?? key, items: [] };
    groups.set(key, group);
    const sections = [...d.sub_results]
      .filter((s) => excerptAnswers(s.excerpt, words))
      .sort((a, b) => score(b) - score(a));
    for (const s of sections) {
      if (group.items.length >= perPage) break;
      const title = s.title.trim();
      group.items.push({
        url: s.url,
        title: markWords(title, words),
        excerpt: withoutLead(fromMarked(s.excerpt), title),
      });
    }
  }
  return [...groups.values()].filter((g) => g.items.length > 0);
}

/** The one-page book's hits as groups by chapter, in the order of each chapter's best hit. */
export function groupHits(hits: SearchHit[], query: string, perChapter = 3): SearchGroup[] {
  const words = terms(query);
  const groups = new Map<string, SearchGroup>();
  for (const h of hits) {
    const key = h.section.chapter;
    const group = groups.get(key) ?? { key, title: key, items: [] };
    groups.set(key, group);
    if (group.items.length >= perChapter) continue;
    group.items.push({
      url: `#${h.section.id}`,
      title: markWords(h.section.heading, words),
      excerpt: h.excerpt,
      passage: h.block,
    });
  }
  return [...groups.values()];
}
