import Link from 'next/link';
import SiteLayout from './(site)/layout';
import { routes } from '@/lib/site/routes';

export default function NotFound() {
  return (
    <SiteLayout>
      <main className="page page--center">
        <p className="sans page__kicker">404</p>
        <h1>This page is not in the book</h1>
        <p>
          The address may be mistyped, or the page moved. Try the{' '}
          <Link href={routes.home}>contents</Link>, the{' '}
          <Link href={routes.timeline()}>timeline</Link>, or search (Ctrl K).
        </p>
      </main>
    </SiteLayout>
  );
}
