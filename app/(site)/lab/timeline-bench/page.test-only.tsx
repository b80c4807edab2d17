import type { Metadata } from 'next';
import { TimelineBench } from '@/components/figures/timeline/TimelineBench';

export const metadata: Metadata = { title: 'Timeline benchmark', robots: { index: false } };

/** Synthetic thousands of events for `npm run bench`; not linked from the book. */
export default function TimelineBenchPage() {
  return (
    <main className="page" data-pagefind-ignore>
      <h1>Timeline benchmark</h1>
      <p>Synthetic events (not history), drawn by the same code as the book&apos;s timeline.</p>
      <TimelineBench />
    </main>
  );
}
