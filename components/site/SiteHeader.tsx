import Link from 'next/link';
import { SearchButton } from './SearchButton';
import { SiteMenuButton } from './SiteMenuButton';
import { ThemeToggle } from './ThemeToggle';
import { routes } from '@/lib/site/routes';

/**
 * The thin bar on every reading page: the book's name, its indexes, search and theme. One row
 * everywhere: on a phone the indexes fold into a "Menu" popover (the nav itself, shown inline on
 * wider screens), so the bar stays under 56 px.
 */
export function SiteHeader() {
  return (
    <header className="site-header sans">
      <div className="site-header__inner">
        <Link href={routes.home} className="site-header__brand">
          Primitives
        </Link>
        <nav aria-label="Site" className="site-header__nav" id="site-nav" popover="auto">
          <Link href={routes.contents}>Chapters</Link>
          <Link href={routes.timeline()}>Timeline</Link>
          <Link href={routes.glossary()}>Glossary</Link>
          <Link href={routes.sources}>Sources</Link>
        </nav>
        <div className="site-header__tools">
          <SiteMenuButton target="site-nav" />
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
