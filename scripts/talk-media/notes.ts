// The words of a figure's deck: what each slide's speaker notes say, from the figure's meta and
// the sources the content loader knows. Pure, so the tests check it without a browser.
import type { FigureMeta } from '@/lib/figures/types';

export interface SourceRef {
  title: string;
  /** Author, publisher, date (sourceLine in lib/content/cite.ts). */
  detail: string;
  url?: string;
}

export interface DeckLinks {
  /** The figure on the live site (its embed page). */
  figure: string;
  /** The chapter that tells the figure's story, when one shows it. */
  chapter?: { title: string; url: string };
}

export function sourceLines(sources: SourceRef[]): string[] {
  return sources.map((s) => `• ${s.title}. ${s.detail}.${s.url ? ` ${s.url}` : ''}`);
}

/** Notes under a step's slide: the caption to say, what is on screen, and what it rests on. */
export function stepNotes(
  meta: Pick<FigureMeta, 'title' | 'steps' | 'note'>,
  step: number,
  sources: SourceRef[],
): string {
  const s = meta.steps[step];
  const n = meta.steps.length;
  const parts = [n > 1 ? `Step ${step + 1} of ${n}: ${s.title}` : s.title, s.caption];
  if (s.description) parts.push(`On screen: ${s.description}`);
  if (meta.note) parts.push(`Note: ${meta.note}`);
  if (sources.length) parts.push(['Sources', ...sourceLines(sources)].join('\n'));
  return parts.join('\n\n');
}

/** Notes under the title slide: how the deck behaves, and the figure in words. */
export function titleNotes(meta: Pick<FigureMeta, 'alt' | 'steps'>, links: DeckLinks): string {
  const moving =
    meta.steps.length > 1
      ? 'Each step has its own slide. Where the slide tool plays video (PowerPoint, Keynote, ' +
        "LibreOffice), a click on a step's slide plays the figure's transition to the next " +
        'step and the next slide follows by itself; elsewhere (Google Slides) the click goes ' +
        "straight to the next step's picture."
      : 'One slide shows the figure.';
  return [moving, `The figure in words: ${meta.alt}`, `Interactive version: ${links.figure}`].join(
    '\n\n',
  );
}

export function closingNotes(sources: SourceRef[], links: DeckLinks): string {
  const parts = [`Interactive version: ${links.figure}`];
  if (links.chapter) parts.push(`In the book: ${links.chapter.title}, ${links.chapter.url}`);
  if (sources.length) parts.push(['Sources', ...sourceLines(sources)].join('\n'));
  return parts.join('\n\n');
}
