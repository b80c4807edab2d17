import { fromMarked, markWords, withoutLead, type ExcerptPart } from './excerpt';
import type { SearchHit } from './offline';
import { terms } from './terms';

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
    const sections = [...d.sub_results].sort((a, b) => score(b) - score(a));
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
