import Link from 'next/link';
import { content } from '@/lib/content/load';
import { site, withBase } from '@/lib/site/paths';
import { TimelineGlimpse } from '@/components/reading/TimelineGlimpse';
import { routes } from '@/lib/site/routes';

export default function Cover() {
  const { chapters, events } = content();
  return (
    <main className="cover">
      <header className="cover__head">
        <p className="cover__kicker sans">An explorable history of Amazon Web Services</p>
        <h1 className="cover__title">Primitives</h1>
        <p className="cover__promise">{site.promise}</p>
        <p className="cover__meta sans">
          {chapters.length} chapters · {events.length} dated events · every fact cited
        </p>
        {chapters[0] && (
          <p>
            <Link className="button" href={routes.chapter(chapters[0].slug)}>
              Start reading
            </Link>
          </p>
        )}
      </header>
      <TimelineGlimpse events={events} />
      <section
        id="contents"
        className="cover__contents"
        aria-labelledby="contents-title"
        data-pagefind-ignore
      >
        <h2 id="contents-title" className="sans">
          Contents
        </h2>
        <ol className="contents-list">
          {chapters.map((c) => (
            <li key={c.slug}>
              <Link href={routes.chapter(c.slug)}>
                <span className="contents-list__n sans tabular">
                  {String(c.order).padStart(2, '0')}
                </span>
                <span className="contents-list__title">{c.title}</span>
                <span className="contents-list__sub">{c.subtitle}</span>
                <span className="contents-list__period sans tabular">
                  {c.period.from}–{c.period.to} · {c.minutes} min
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </section>
      <section className="cover__editions sans" aria-labelledby="editions-title">
        <h2 id="editions-title">Other ways to read</h2>
        <ul>
          <li>
            <Link href={routes.book}>The whole book on one page</Link>, for reading straight through
            or printing to PDF.
          </li>
          <li>
            <a href={withBase(routes.offlineBook)} download>
              The whole book in one file
            </a>{' '}
            (HTML, figures and search included): open it from disk, with no network.
          </li>
          <li>
            <Link href={routes.talks}>Primitives in a talk</Link>: every figure full-screen,
            steppable with a clicker, exportable.
          </li>
        </ul>
      </section>
    </main>
  );
}
