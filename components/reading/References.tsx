import { citationHref, sourceLine } from '@/lib/content/cite';
import { getSource, type Chapter } from '@/lib/content/load';

/** The numbered sources a chapter cites, in the order the markers number them. */
export function References({
  chapter,
  headingId = 'references',
}: {
  chapter: Chapter;
  headingId?: string;
}) {
  return (
    <section className="references sans" aria-labelledby={headingId}>
      <h2 id={headingId}>References</h2>
      <ol>
        {chapter.citedSources.map((id, i) => {
          const s = getSource(id)!;
          const href = citationHref(s);
          return (
            <li key={id} id={`ref-${chapter.slug}-${i + 1}`}>
              {href ? (
                <a href={href} rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                <cite>{s.title}</cite>
              )}
              <span>. {sourceLine(s)}.</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
