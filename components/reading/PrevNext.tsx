import Link from 'next/link';
import type { Chapter } from '@/lib/content/load';
import { routes } from '@/lib/site/routes';

export function PrevNext({ prev, next }: { prev?: Chapter; next?: Chapter }) {
  return (
    <nav className="prev-next sans" aria-label="Chapters">
      {prev ? (
        <Link href={routes.chapter(prev.slug)} rel="prev" className="prev-next__link">
          <span className="prev-next__dir">← Chapter {prev.order}</span>
          <span className="prev-next__title">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link
          href={routes.chapter(next.slug)}
          rel="next"
          className="prev-next__link prev-next__link--next"
        >
          <span className="prev-next__dir">Chapter {next.order} →</span>
          <span className="prev-next__title">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
