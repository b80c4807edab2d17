import Link from 'next/link';
import { OfflineStatus } from './OfflineStatus';
import { routes } from '@/lib/site/routes';

export function SiteFooter() {
  return (
    <footer className="site-footer sans">
      <p>
        Primitives is an independent explainer, not affiliated with Amazon. Every fact links to its
        source; see <Link href={routes.sources}>all sources</Link>. Figures can be used in talks:
        see <Link href={routes.talks}>Primitives in a talk</Link>. Read it all on{' '}
        <Link href={routes.book}>one page</Link> (for print).
      </p>
      <OfflineStatus />
    </footer>
  );
}
