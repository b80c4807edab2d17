import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Size baseline', robots: { index: false } };

/**
 * An empty page in the same build: the size budget compares each route's first-load
 * JavaScript with this one's, so the budget measures our code, not the framework's.
 */
export default function SizeBaseline() {
  return <main data-pagefind-ignore="all" />;
}
