import Link from 'next/link';
import { SearchButton } from './SearchButton';
import { ThemeToggle } from './ThemeToggle';

/** The thin bar on every reading page: the book's name, its indexes, search and theme. */
export function SiteHeader() {
  return (
    <header className="site-header sans">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Primitives
        </Link>
        <nav aria-label="Site" className="site-header__nav">
          <Link href="/#contents">Chapters</Link>
          <Link href="/timeline/">Timeline</Link>
          <Link href="/glossary/">Glossary</Link>
          <Link href="/sources/">Sources</Link>
        </nav>
        <div className="site-header__tools">
          <SearchButton />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
