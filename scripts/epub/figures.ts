// A figure in the EPUB is its steps: one image per step with alt text and the step's caption,
// under the figure's title and over its source line. The chapter timeline is a short dated list
// instead of a drawing, so it reads on a 6-inch e-ink screen and links into the book's timeline.
import { formatWithPrecision } from '../../lib/timeline/dates';
import { orderEvents } from '../../lib/timeline/model';
import type { FigureMeta } from '../../lib/figures/types';
import type { Source, TimelineEvent } from '../../lib/content/schemas';
import { anchors, files } from './links';
import { escapeAttr, escapeText } from './xhtml';

export interface FigureImage {
  href: string;
  width: number;
  height: number;
}

/** Sentences that tell the reader to hover, tap or drag mean nothing on paper or an e-reader. */
export function staticCaption(caption: string): string {
  const interactive =
    /\b(hover|tap|click|drag|scroll|arrow keys?|press|switch to|toggle|button)\b/i;
  const sentences = caption.match(/[^.!?]+[.!?]+(\s+|$)|[^.!?]+$/g) ?? [caption];
  return sentences
    .filter((s) => !interactive.test(s))
    .join('')
    .trim();
}

function sourceLine(meta: FigureMeta, sources: Map<string, Source>): string {
  const list = meta.sources.flatMap((id) => {
    const s = sources.get(id);
    return s
      ? [
          `<a href="${files.sources}#${anchors.source(id)}">${escapeText(`${s.publisher}, ${s.title}`)}</a>`,
        ]
      : [];
  });
  const parts = [
    meta.note ? escapeText(meta.note) : '',
    list.length ? `Source${list.length > 1 ? 's' : ''}: ${list.join('; ')}.` : '',
  ].filter(Boolean);
  return parts.length ? `<p class="fig-source">${parts.join(' ')}</p>` : '';
}

function img(image: FigureImage, alt: string): string {
  return `<img src="${escapeAttr(image.href)}" alt="${escapeAttr(alt)}" width="${image.width}" height="${image.height}"/>`;
}

/** A stepped figure (or a still) with one image per step. */
export function figureXhtml(
  meta: FigureMeta,
  images: FigureImage[],
  sources: Map<string, Source>,
  id: string,
): string {
  if (images.length !== meta.steps.length) {
    throw new Error(
      `epub: figure ${meta.id} has ${meta.steps.length} steps but ${images.length} frames were drawn`,
    );
  }
  const n = meta.steps.length;
  const steps = meta.steps.map((step, i) => {
    if (n === 1) {
      const caption = staticCaption(step.caption);
      return `<figure class="fig-step">${img(images[i], staticCaption(meta.alt))}${caption ? `<figcaption>${escapeText(caption)}</figcaption>` : ''}</figure>`;
    }
    const alt = step.description
      ? `Step ${i + 1}: ${step.description}`
      : `${meta.title}, step ${i + 1} of ${n}: ${step.title}`;
    return `<figure class="fig-step">${img(images[i], alt)}<figcaption><strong>${i + 1}/${n}. ${escapeText(step.title)}.</strong> ${escapeText(staticCaption(step.caption))}</figcaption></figure>`;
  });
  return [
    `<div class="fig" id="${id}">`,
    `<p class="fig-title">${escapeText(meta.title)}</p>`,
    n > 1 ? `<p class="fig-desc">${escapeText(staticCaption(meta.alt))}</p>` : '',
    ...steps,
    sourceLine(meta, sources),
    '</div>',
  ].join('');
}

/** The events a chapter's compact timeline covers: those that touch the years from…to. */
export function eventsInPeriod(events: TimelineEvent[], from: number, to: number) {
  return orderEvents(events).filter((e) => {
    const start = Number(e.date.slice(0, 4));
    const end = Number((e.end ?? e.date).slice(0, 4));
    return start <= to && end >= from;
  });
}

export function timelineXhtml(
  meta: FigureMeta,
  events: TimelineEvent[],
  from: number,
  to: number,
  id: string,
): string {
  const items = eventsInPeriod(events, from, to).map(
    (e) =>
      `<li><span class="tl-date">${escapeText(formatWithPrecision(e.date, e.precision))}</span> <a href="${files.timeline}#${anchors.event(e.id)}">${escapeText(e.title)}</a></li>`,
  );
  return [
    `<div class="fig fig--timeline" id="${id}">`,
    `<p class="fig-title">${escapeText(`${meta.title}, ${from}–${to}`)}</p>`,
    `<ol class="tl-compact">${items.join('')}</ol>`,
    '</div>',
  ].join('');
}
