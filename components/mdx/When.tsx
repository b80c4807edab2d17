import Link from 'next/link';
import type { ReactNode } from 'react';
import { content } from '@/lib/content/load';
import { routes } from '@/lib/site/routes';

/** A date in the text that opens its event on the timeline. */
export function When({ event, children }: { event: string; children: ReactNode }) {
  const e = content().events.find((x) => x.id === event);
  if (!e) throw new Error(`Unknown timeline event "${event}"`);
  return (
    <Link href={routes.timeline({ event })} className="when" title={`On the timeline: ${e.title}`}>
      {children}
    </Link>
  );
}
