import type { Metadata } from 'next';
import Link from 'next/link';
import { citationHref, sourceLine } from '@/lib/content/cite';
import { content } from '@/lib/content/load';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'Every source Primitives cites, and the chapters that cite it.',
};

export default function SourcesPage() {
  const { sources, chapters } = content();
  const citing = (id: string) => chapters.filter((c) => c.citedSources.includes(id));
  const sorted = [...sources].sort((a, b) => a.title.localeCompare(b.title));
  return (
    <main className="page">
      <h1>Sources</h1>
      <p className="page__lede">
        {sources.length} sources. Primary sources (filings, launch posts, the engineers’ own
        accounts) are preferred; the podcast summaries and articles that seeded this book are
        secondary and marked so.
      </p>
      <ol className="source-list sans">
        {sorted.map((s) => {
          const href = citationHref(s);
          const by = citing(s.id);
          return (
            <li key={s.id} id={s.id}>
              <p className="source-list__title">
                {href ? (
                  <a href={href} rel="noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  <cite>{s.title}</cite>
                )}
                <span className="source-list__kind">{s.kind.replace('-', ' ')}</span>
              </p>
              <p className="source-list__meta">{sourceLine(s)}</p>
              {s.note && <p className="source-list__note">{s.note}</p>}
              {by.length > 0 && (
                <p className="source-list__cited">
                  Cited in{' '}
                  {by.map((c, i) => (
                    <span key={c.slug}>
                      {i > 0 && ', '}
                      <Link href={routes.chapter(c.slug)}>{c.title}</Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </main>
  );
}
