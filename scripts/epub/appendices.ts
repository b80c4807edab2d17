// The pages around the chapters: cover, title page, and the three appendices the chapters link
// into (timeline, glossary, sources), all from the content loaders.
import { citationHref, sourceLine } from '../../lib/content/cite';
import type { Source, Term, TimelineEvent } from '../../lib/content/schemas';
import type { Chapter } from '../../lib/content/load';
import { formatWithPrecision } from '../../lib/timeline/dates';
import { laneNames, orderEvents } from '../../lib/timeline/model';
import { anchors, files } from './links';
import { escapeAttr, escapeText as t, xhtmlDocument } from './xhtml';

export function coverPage(title: string, image: string): string {
  return xhtmlDocument({
    title,
    body: `<section epub:type="cover" class="cover"><img src="${image}" alt="${escapeAttr(`${title}: cover`)}"/></section>`,
  });
}

export function titlePage(o: {
  title: string;
  kicker: string;
  promise: string;
  url: string;
  edition: string;
}): string {
  return xhtmlDocument({
    title: o.title,
    bodyType: 'frontmatter',
    body: [
      '<section epub:type="titlepage" class="titlepage">',
      `<p class="kicker">${t(o.kicker)}</p>`,
      `<h1>${t(o.title)}</h1>`,
      `<p class="promise">${t(o.promise)}</p>`,
      `<p class="edition">${t(o.edition)} The figures step and the timeline zooms in the web edition at <a href="${escapeAttr(o.url)}">${t(new URL(o.url).host)}</a>.</p>`,
      '</section>',
    ].join('\n'),
  });
}

export function glossaryPage(glossary: Term[]): string {
  const terms = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return xhtmlDocument({
    title: 'Glossary',
    bodyType: 'backmatter',
    body: [
      '<section epub:type="glossary" role="doc-glossary" aria-labelledby="glossary-title">',
      '<h1 id="glossary-title">Glossary</h1>',
      '<dl class="glossary">',
      ...terms.map(
        (g) => `<dt id="${anchors.term(g.id)}">${t(g.term)}</dt><dd>${t(g.definition)}</dd>`,
      ),
      '</dl>',
      '</section>',
    ].join('\n'),
  });
}

export function timelinePage(events: TimelineEvent[], chapters: Chapter[]): string {
  const byYear = new Map<string, TimelineEvent[]>();
  for (const e of orderEvents(events)) {
    const y = e.date.slice(0, 4);
    byYear.set(y, [...(byYear.get(y) ?? []), e]);
  }
  const chapter = new Map(chapters.map((c) => [c.slug, c]));
  const event = (e: TimelineEvent) => {
    const ch = chapter.get(e.chapter);
    const date = formatWithPrecision(e.date, e.precision);
    const end = e.end
      ? ` – ${formatWithPrecision(e.end, e.end.length === 10 ? 'day' : e.end.length === 7 ? 'month' : 'year')}`
      : '';
    const link = ch
      ? ` <a class="tl-chapter" href="${files.chapter(ch.slug)}${e.anchor ? `#${ch.slug}-${e.anchor}` : ''}">Chapter ${ch.order}</a>`
      : '';
    return [
      `<li id="${anchors.event(e.id)}">`,
      `<p class="tl-head"><span class="tl-date">${t(date + end)}</span> <span class="tl-lane">${t(laneNames[e.lane])}</span></p>`,
      `<p><strong>${t(e.title)}.</strong> ${t(e.summary)}`,
      e.contested ? ` <em>Contested: ${t(e.contested)}</em>` : '',
      `${link}</p>`,
      '</li>',
    ].join('');
  };
  return xhtmlDocument({
    title: 'Timeline',
    bodyType: 'backmatter',
    body: [
      '<section epub:type="appendix" role="doc-appendix" aria-labelledby="timeline-title" class="timeline">',
      '<h1 id="timeline-title">Timeline</h1>',
      ...[...byYear].map(
        ([year, list]) => `<h2>${year}</h2><ol class="tl-year">${list.map(event).join('')}</ol>`,
      ),
      '</section>',
    ].join('\n'),
  });
}

export function sourcesPage(sources: Source[]): string {
  const sorted = [...sources].sort((a, b) => a.title.localeCompare(b.title));
  const entry = (s: Source) => {
    const href = citationHref(s);
    return [
      `<li id="${anchors.source(s.id)}">`,
      `<cite>${t(s.title)}</cite>. ${t(sourceLine(s))}. <span class="src-kind">${t(s.kind.replace('-', ' '))}</span>`,
      href
        ? ` <a href="${escapeAttr(href)}">${t(new URL(href).hostname.replace(/^www\./, ''))}</a>`
        : '',
      s.note ? `<br/><span class="src-note">${t(s.note)}</span>` : '',
      '</li>',
    ].join('');
  };
  return xhtmlDocument({
    title: 'Sources',
    bodyType: 'backmatter',
    body: [
      '<section epub:type="bibliography" role="doc-bibliography" aria-labelledby="sources-title">',
      '<h1 id="sources-title">Sources</h1>',
      `<ul class="sources">${sorted.map(entry).join('')}</ul>`,
      '</section>',
    ].join('\n'),
  });
}
