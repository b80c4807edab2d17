import type { Metadata } from 'next';
import { content } from '@/lib/content/load';
import { TimelineList } from '@/components/reading/TimelineList';
import { TimelinePage } from '@/components/figures/timeline/TimelinePage';

export const metadata: Metadata = {
  title: 'Timeline',
  description:
    'Every dated event of the AWS story from 1994 on, in lanes: Amazon, AWS, rivals, customers, money, people.',
};

export default function Timeline() {
  const { events, chapters } = content();
  return (
    <main className="page page--wide timeline-page">
      <h1>Timeline</h1>
      <p className="page__lede">
        {events.length} dated events, each with its sources and the chapter that tells it; bold
        notes mark the turning points. Drag or scroll sideways to move through time, scroll or pinch
        to zoom; click a numbered cluster to open it; use the arrow keys once the timeline has
        focus. Marks with a dashed ring are events whose date or claim is contested.
      </p>
      <TimelinePage />
      <details className="timeline-list" id="list">
        <summary className="sans">All {events.length} events as a list</summary>
        <TimelineList events={events} chapters={chapters} />
      </details>
    </main>
  );
}
