// The script of the one-page book, in both of its forms: /book/ on the site (a static page with
// islands, scripts/book-page.mjs) and the single file (scripts/offline-book.mjs). Neither has
// Next's runtime: the page is plain HTML, and this re-mounts only what moves.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FigureMount } from '@/components/figures/FigureMount';
import { readFigureIsland } from '@/components/figures/island';
import { popovers } from '@/components/site/popovers';
import { OfflineSearch } from '@/components/site/OfflineSearch';
import { OfflineStatus } from '@/components/site/OfflineStatus';
import type { SearchSection } from '@/lib/search/offline';
import { TalkMenu } from '@/components/talk/TalkMenu';
import { standalone } from '@/lib/site/standalone';

/** Renders `node` in place of `el`, without a wrapper box. */
function mountInPlaceOf(el: Element, node: ReactNode) {
  const holder = document.createElement('div');
  holder.style.display = 'contents';
  el.replaceWith(holder);
  createRoot(holder).render(node);
}

function mountFigures() {
  for (const host of document.querySelectorAll<HTMLElement>('.fig-host')) {
    const figure = host.closest('[data-figure]');
    const island = figure && readFigureIsland(figure);
    if (!island) continue;
    const { meta, params } = island;
    const frame = host.querySelector('.fig-stage')?.innerHTML ?? '';
    // The single file has no site to send a speaker to.
    const tools = standalone ? undefined : <TalkMenu meta={meta} placement="down" />;
    createRoot(host).render(
      <FigureMount meta={meta} params={params} tools={tools}>
        <div style={{ display: 'contents' }} dangerouslySetInnerHTML={{ __html: frame }} />
      </FigureMount>,
    );
  }
}

/** The book's own text as the search index: one section per heading, plus the glossary. */
function sections(): SearchSection[] {
  const out: SearchSection[] = [];
  for (const article of document.querySelectorAll<HTMLElement>('article.book__chapter')) {
    const chapter = article.querySelector('h1')?.textContent?.trim() ?? '';
    let current: SearchSection = { id: article.id, chapter, heading: chapter, text: '' };
    out.push(current);
    for (const el of article.querySelectorAll<HTMLElement>('.prose > *')) {
      if (/^H[23]$/.test(el.tagName) && el.id) {
        current = { id: el.id, chapter, heading: el.textContent?.trim() ?? '', text: '' };
        out.push(current);
      } else if (el.tagName !== 'FIGURE')
        current.text += ` ${(el.textContent ?? '').replace(/\[\d+\]/g, '')}`;
    }
  }
  for (const dt of document.querySelectorAll<HTMLElement>('.book__glossary dt[id]')) {
    const dd = dt.nextElementSibling?.textContent ?? '';
    out.push({ id: dt.id, chapter: 'Glossary', heading: dt.textContent ?? '', text: dd });
  }
  return out;
}

function themeToggle() {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  const root = document.documentElement;
  const label = () => {
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
    button?.setAttribute('aria-label', `Switch to ${next} theme`);
    button?.setAttribute('title', `Switch to ${next} theme`);
  };
  label();
  button?.addEventListener('click', () => {
    root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem('theme', root.dataset.theme);
    } catch {
      // A file opened with storage off still switches, for this visit.
    }
    label();
  });
}

function search() {
  const openers = [...document.querySelectorAll<HTMLElement>('.search-button')];
  const holder = document.createElement('div');
  document.body.append(holder);
  createRoot(holder).render(<OfflineSearch sections={sections()} openers={openers} />);
  for (const o of openers) o.dataset.ready = 'true';
}

mountFigures();
themeToggle();
popovers(document);
search();
// On the site, the footer's offline line registers the service worker; the file has no line.
const status = document.querySelector('.offline-status');
if (status) mountInPlaceOf(status, <OfflineStatus />);
