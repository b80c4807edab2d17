// The script of the one-page book, in both of its forms: /book/ on the site (a static page with
// islands, scripts/book-page.mjs) and the single file (scripts/offline-book.mjs). Neither has
// Next's runtime: the page is plain HTML, and this re-mounts only what moves.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FigureMount } from '@/components/figures/FigureMount';
import { OfflineSearch } from '@/components/site/OfflineSearch';
import { OfflineStatus } from '@/components/site/OfflineStatus';
import { getFigure } from '@/lib/figures/registry';
import { readBook } from '@/lib/search/book-index';
import { enhancePopovers } from '@/lib/ui/popovers';

/** Renders `node` in place of `el`, without a wrapper box. */
function mountInPlaceOf(el: Element, node: ReactNode) {
  const holder = document.createElement('div');
  holder.style.display = 'contents';
  el.replaceWith(holder);
  createRoot(holder).render(node);
}

function mountFigures() {
  for (const host of document.querySelectorAll<HTMLElement>('.fig-host')) {
    const id = host.closest<HTMLElement>('[data-figure]')?.dataset.figure;
    const meta = id ? getFigure(id) : undefined;
    if (!meta) continue;
    const params = JSON.parse(host.dataset.params || '{}') as Record<string, string>;
    const frame = host.querySelector('.fig-stage')?.innerHTML ?? '';
    createRoot(host).render(
      <FigureMount meta={meta} params={params}>
        <div style={{ display: 'contents' }} dangerouslySetInnerHTML={{ __html: frame }} />
      </FigureMount>,
    );
  }
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
  createRoot(holder).render(<OfflineSearch book={readBook(document)} openers={openers} />);
  for (const o of openers) o.dataset.ready = 'true';
}

mountFigures();
themeToggle();
enhancePopovers(document);
search();
// On the site, the footer's offline line registers the service worker; the file has no line.
const status = document.querySelector('.offline-status');
if (status) mountInPlaceOf(status, <OfflineStatus />);
