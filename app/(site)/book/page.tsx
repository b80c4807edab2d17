import type { Metadata } from 'next';
import { content } from '@/lib/content/load';
import { site } from '@/lib/site/paths';
import { ChapterBody } from '@/components/reading/ChapterBody';
import { ChapterHeader } from '@/components/reading/ChapterHeader';
import { References } from '@/components/reading/References';

export const metadata: Metadata = {
  title: 'The whole book',
  description:
    'Every chapter of Primitives on one page, for reading straight through, printing or saving as PDF.',
};

/** The whole book on one page: print it, or save it as a PDF. */
export default async function BookPage() {
  const { chapters, glossary } = content();
  const terms = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <main className="book">
      <header className="book__title-page">
        <p className="cover__kicker sans">An explorable history of Amazon Web Services</p>
        <h1 className="cover__title">Primitives</h1>
        <p className="cover__promise">{site.promise}</p>
        <nav aria-label="Contents" id="contents" className="book__contents sans">
          <ol>
            {chapters.map((c) => (
              <li key={c.slug}>
                <a href={`#chapter-${c.slug}`}>
                  <span className="book__contents-n">{c.order}.</span> {c.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      {chapters.map((chapter) => (
        <article
          key={chapter.slug}
          id={`chapter-${chapter.slug}`}
          className="chapter book__chapter"
        >
          <ChapterHeader chapter={chapter} />
          <div className="prose">
            <ChapterBody chapter={chapter} book />
          </div>
          <References chapter={chapter} headingId={`references-${chapter.slug}`} />
        </article>
      ))}
      <section className="page book__glossary" aria-labelledby="book-glossary">
        <h2 id="book-glossary">Glossary</h2>
        <dl className="glossary">
          {terms.map((t) => (
            <div key={t.id} className="glossary__entry">
              <dt id={`glossary-${t.id}`}>{t.term}</dt>
              <dd>{t.definition}</dd>
            </div>
          ))}
        </dl>
      </section>
    </main>
  );
}
