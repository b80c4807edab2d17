import type { Metadata } from 'next';
import { Figure } from '@/components/mdx/Figure';

export const metadata: Metadata = { title: 'Figure lab', robots: { index: false } };

/** A bench for the figure machinery, used by the tests; not linked from the book. */
export default function LabPage() {
  return (
    <main className="page" data-pagefind-ignore>
      <h1>Figure lab</h1>
      <p>The test figure, mounted the way chapters mount figures.</p>
      {/* Far below the fold, so the lazy-load test can see the code arrive only on scroll. */}
      <div style={{ height: '250vh' }} aria-hidden="true" />
      <div className="prose">
        <Figure id="stepper-demo" />
      </div>
    </main>
  );
}
