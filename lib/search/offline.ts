/** One searchable section of the offline book: a heading and the text under it. */
export interface SearchSection {
  id: string;
  chapter: string;
  heading: string;
  text: string;
}

export interface SearchHit {
  section: SearchSection;
  score: number;
  /** Text around the first match, for the result list. */
  excerpt: string;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** Query words of two letters or more, folded like the text. */
export function terms(query: string): string[] {
  return [...new Set(fold(query).split(/[^\p{L}\p{N}]+/u))].filter((t) => t.length >= 2);
}

/**
 * Sections that contain every term, best first: a term in the heading counts most, then how
 * often the terms occur. Small enough to run on every keystroke over the whole book.
 */
export function search(sections: SearchSection[], query: string, limit = 12): SearchHit[] {
  const words = terms(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const section of sections) {
    const heading = fold(section.heading);
    const text = fold(section.text);
    let score = 0;
    let ok = true;
    for (const w of words) {
      const inHeading = heading.includes(w);
      const count = text.split(w).length - 1;
      if (!inHeading && count === 0) {
        ok = false;
        break;
      }
      score += (inHeading ? 10 : 0) + Math.min(count, 5);
    }
    if (!ok) continue;
    const at = Math.max(text.indexOf(words[0]), 0);
    const start = Math.max(at - 60, 0);
    const excerpt = `${start > 0 ? '…' : ''}${section.text.slice(start, at + 100).trim()}…`;
    hits.push({ section, score, excerpt });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}
