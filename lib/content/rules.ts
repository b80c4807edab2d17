import type { Source } from './schemas';

/**
 * The book's editorial rules that a machine can check. Each function returns the problems it
 * finds as readable strings, so a failing test names what to fix.
 */

/** Words that tell the reader how the book was made. Nothing a reader sees may contain them. */
export const bannedPhrases: readonly RegExp[] = [
  // "seed" as in the source documents, not a seed round or "the seed of" an idea.
  /\bseeds?\b(?!\s+(?:of|round|rounds|funding|money|capital|investment|investors|stage))/i,
  /\bpublisher unknown\b/i,
  /\bno stable link\b/i,
  /\bsources? we could (?:check|find)\b/i,
  /\bfound for this book\b/i,
  /\bno (?:amazon |primary )?source (?:was |has been )?found\b/i,
  /\bpress reports\b/i,
  /\bthis book'?s (?:main )?secondary sources?\b/i,
  /\binterview summary\b/i,
  /\btimestamped summary\b/i,
  /\bthe medium (?:account|article)\b/i,
  /\b(?:of )?(?:uncertain|unknown) origin\b/i,
];

/** Every banned phrase in a text, with a little context. */
export function bannedIn(text: string): string[] {
  const found: string[] = [];
  for (const re of bannedPhrases) {
    const m = re.exec(text);
    if (m) {
      const at = m.index;
      found.push(
        `"${text.slice(Math.max(0, at - 30), at + m[0].length + 30).replace(/\s+/g, ' ')}"`,
      );
    }
  }
  return found;
}

/** Titles that describe a work instead of naming it, and publishers that are not a publisher. */
const standInTitle =
  /^(?:press reports?|contemporary|reports? (?:on|of)|coverage of|articles? (?:on|about)|episode on|interview summary|untitled)\b/i;
const vaguePublisher = /\b(?:unknown|press reports|various|contemporary|n\/a)\b/i;

/** What a source entry lacks to be cited: a way to find it, a real title, a real publisher. */
export function sourceProblems(s: Source): string[] {
  const problems: string[] = [];
  const link = s.url ?? s.doi ?? s.isbn ?? s.episode;
  if (!link) problems.push('has no url, doi, isbn or episode link');
  if (s.kind === 'book' && !s.isbn && !s.url) problems.push('is a book without an isbn');
  if ((s.kind === 'podcast' || s.kind === 'video') && !s.episode && !s.url)
    problems.push(`is a ${s.kind} without a link to the episode`);
  if (standInTitle.test(s.title))
    problems.push(`title "${s.title}" describes the work instead of naming it`);
  if (vaguePublisher.test(s.publisher))
    problems.push(`publisher "${s.publisher}" is not a publisher`);
  for (const field of ['title', 'publisher', 'note'] as const) {
    const value = s[field];
    if (value)
      for (const hit of bannedIn(value))
        problems.push(`${field} says how the book was made: ${hit}`);
  }
  return problems;
}

/** Where a citation may carry a locator: a time into a recording, a page in print. */
export function locatorProblems(s: Source, at?: string, page?: string): string[] {
  const problems: string[] = [];
  if (at !== undefined) {
    if (!['podcast', 'video', 'talk'].includes(s.kind))
      problems.push(`"at=${at}" on a ${s.kind}: timestamps are for recordings`);
    else if (!s.episode)
      problems.push(`"at=${at}" but the source has no episode link to open there`);
    else if (s.duration && seconds(at) > seconds(s.duration))
      problems.push(`"at=${at}" is past the end of the recording (${s.duration})`);
  }
  if (page !== undefined && !['book', 'filing', 'paper'].includes(s.kind))
    problems.push(`"page=${page}" on a ${s.kind}: pages are for print`);
  return problems;
}

function seconds(stamp: string): number {
  return stamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * Direct quotations left without a source: in a paragraph, every quotation of three words or more
 * must be followed, before the paragraph ends, by a citation.
 */
export function unsourcedQuotations(paragraph: string): string[] {
  const problems: string[] = [];
  const quote = /“([^”]+)”|"([^"]+)"/g;
  for (const m of paragraph.matchAll(quote)) {
    const words = (m[1] ?? m[2]).trim().split(/\s+/).length;
    // Straight quotes also delimit MDX attributes (source="…"): only prose quotations count.
    if (m[2] !== undefined && /=\s*$/.test(paragraph.slice(0, m.index))) continue;
    if (words < 3) continue;
    if (!paragraph.slice(m.index + m[0].length).includes('<Cite'))
      problems.push(`"${(m[1] ?? m[2]).slice(0, 60)}" has no citation after it`);
  }
  return problems;
}
