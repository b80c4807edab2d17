import Link from 'next/link';
import type { Chapter } from '@/lib/content/load';

export function PrevNext({ prev, next }: { prev?: Chapter; next?: Chapter }) {
  return (
    <nav className="prev-next sans" aria-label="Chapters">
      {prev ? (
        <Link href={`/chapters/${prev.slug}/`} rel="prev" className="prev-next__link">
          <span className="prev-next__dir">← Chapter {prev.order}</span>
          <span className="prev-next__title">{prev.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link
          href={`/chapters/${next.slug}/`}
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
