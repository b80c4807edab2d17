import Link from 'next/link';
import { OfflineStatus } from './OfflineStatus';

export function SiteFooter() {
  return (
    <footer className="site-footer sans">
      <p>
        Primitives is an independent explainer, not affiliated with Amazon. Every fact links to its
        source; see <Link href="/sources/">all sources</Link>. Figures can be used in talks: see{' '}
        <Link href="/talks/">Primitives in a talk</Link>. Read it all on{' '}
        <Link href="/book/">one page</Link> (for print).
      </p>
      <OfflineStatus />
    </footer>
  );
}
