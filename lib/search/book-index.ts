import { notProse } from './not-prose';
import type { SearchSection } from './offline';

/** The one-page book's text as sections, and the elements its text blocks came from. */
export interface BookIndex {
  sections: SearchSection[];
  /** The element of a section's block, to scroll a result's passage into view. */
  element(sectionId: string, block: number): HTMLElement | undefined;
}

const blockSelector = 'p, li, tr, dd, blockquote, .claim__title';
const skip = notProse.join(', ');

/** What a reader sees of an element: its text without cards, numbers and figures. */
export function proseText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const x of copy.querySelectorAll(skip)) x.remove();
  // Table cells and list items touch in textContent ("S3March 2006"); a space keeps words apart.
  for (const x of copy.querySelectorAll('td, th, li, br')) x.append(' ');
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the book's chapters (article.book__chapter: its h1, then each h2/h3 with an id opens
 * a section) and its glossary. A block is the innermost paragraph-like element; anything
 * inside a figure, a card or the references is not the book's prose and is left out.
 */
export function readBook(root: ParentNode): BookIndex {
  const sections: SearchSection[] = [];
  const elements = new Map<string, HTMLElement[]>();
  const add = (s: SearchSection, els: HTMLElement[]) => {
    sections.push(s);
    elements.set(s.id, els);
  };
  for (const article of root.querySelectorAll<HTMLElement>('article.book__chapter')) {
    const h1 = article.querySelector('h1');
    const chapter = h1?.textContent?.trim() ?? '';
    let section: SearchSection = { id: article.id, chapter, heading: chapter, blocks: [] };
    let els: HTMLElement[] = [];
    add(section, els);
    const candidates = article.querySelectorAll<HTMLElement>(`h2[id], h3[id], ${blockSelector}`);
    for (const el of candidates) {
      if (el.closest(skip)) continue;
      if (/^H[23]$/.test(el.tagName)) {
        section = { id: el.id, chapter, heading: proseText(el), blocks: [] };
        els = [];
        add(section, els);
        continue;
      }
      if (el.querySelector(blockSelector)) continue;
      const text = proseText(el);
      if (!text) continue;
      section.blocks.push(text);
      els.push(el);
    }
  }
  for (const dt of root.querySelectorAll<HTMLElement>('.book__glossary dt[id]')) {
    const dd = dt.nextElementSibling;
    if (!(dd instanceof HTMLElement)) continue;
    add({ id: dt.id, chapter: 'Glossary', heading: proseText(dt), blocks: [proseText(dd)] }, [dd]);
  }
  return { sections, element: (id, block) => elements.get(id)?.[block] };
}
