// The script of the one-page book, in both of its forms: /book/ on the site (a static page with
// islands, scripts/book-page.mjs) and the single file (scripts/offline-book.mjs). Neither has
// Next's runtime: the page is plain HTML, and this re-mounts only what moves.
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { FigureMount } from '@/components/figures/FigureMount';
import { readFigureIsland } from '@/components/figures/island';
import { popovers } from '@/components/site/popovers';
import { otherTheme, readTheme, setTheme } from '@/components/site/theme';
import { OfflineSearch } from '@/components/site/OfflineSearch';
import { OfflineStatus } from '@/components/site/OfflineStatus';
import { readBook } from '@/lib/search/book-index';
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

/** The header's theme switch, without React (the same module as the site's ThemeToggle). */
function themeToggle() {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  const label = () => {
    const next = otherTheme(readTheme());
    button?.setAttribute('aria-label', `Switch to ${next} theme`);
    button?.setAttribute('title', `Switch to ${next} theme`);
  };
  label();
  button?.addEventListener('click', () => {
    setTheme(otherTheme(readTheme()));
    label();
  });
}

function search() {
  const openers = [...document.querySelectorAll<HTMLElement>('.search-button')];
  const holder = document.createElement('div');
  document.body.append(holder);
  createRoot(holder).render(<OfflineSearch book={readBook(document)} openers={openers} />);
}

function start() {
  mountFigures();
  themeToggle();
  popovers(document);
  search();
  // On the site, the footer's offline line registers the service worker; the file has no line.
  const status = document.querySelector('.offline-status');
  if (status) mountInPlaceOf(status, <OfflineStatus />);
}

// The module is loaded async, so it may run while the browser is still parsing the long page:
// everything above reads the whole book (its figures, cards and text for the search index).
if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
