import selectors from './not-prose.json';

/**
 * What is on a reading page but is not the book's prose, and so must never be searched or
 * quoted in a result: citation and glossary cards (hidden until opened, but in the HTML),
 * citation numbers, decorations hidden from assistive technology (heading '#' links, the
 * kicker's dots), figures with their controls and step captions, table headers, the
 * chapter's contents and reference list, and the "Chapter 6 · 2002–2006 · 7 min read" line.
 * One list, read by the Pagefind step (scripts/search-index.mjs) and by the one-page book's
 * own index (lib/search/book-index.ts), so the two searches quote the same text.
 */
export const notProse: readonly string[] = selectors;
