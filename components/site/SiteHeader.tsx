import Link from 'next/link';
import { SearchButton } from './SearchButton';
import { ThemeToggle } from './ThemeToggle';
import { routes } from '@/lib/site/routes';

/** The thin bar on every reading page: the book's name, its indexes, search and theme. */
export function SiteHeader() {
  return (
    <header className="site-header sans">
      <div className="site-header__inner">
        <Link href={routes.home} className="site-header__brand">
          Primitives
        </Link>
        <nav aria-label="Site" className="site-header__nav">
          <Link href={routes.contents}>Chapters</Link>
          <Link href={routes.timeline()}>Timeline</Link>
          <Link href={routes.glossary()}>Glossary</Link>
          <Link href={routes.sources}>Sources</Link>
        </nav>
        <div className="site-header__tools">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
