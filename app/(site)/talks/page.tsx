import type { Metadata } from 'next';
import { figures } from '@/components/figures/registry';
import { withBase } from '@/lib/site/paths';
import { embedPath } from '@/lib/talk/options';
import { StaticFrame } from '@/components/figures/StaticFrame';
import { SnippetBox } from '@/components/talk/SnippetBox';
import { TalkApi } from '@/components/talk/TalkApi';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = {
  title: 'Primitives in a talk',
  description:
    'Every figure of Primitives full-screen in a talk: embed URLs, clicker stepping, a postMessage API for slide tools, SVG and PNG export and single-file offline copies.',
  alternates: { canonical: routes.talks },
};

export default function TalksPage() {
  const shown = figures.filter((f) => !f.testOnly);
  return (
    <article className="talks">
      <header className="talks__head">
        <h1>Primitives in a talk</h1>
        <p className="lede">
          Every figure in the book works on its own, full-screen, inside a slide deck. Step it with
          a presentation clicker or the arrow keys; at its last step the deck moves on. Each figure
          can also be downloaded as one HTML file that runs from disk, for halls with no wifi.
        </p>
      </header>
      <ol className="talks__list">
        {shown.map((f) => {
          return (
            <li key={f.id} className="talks__figure" id={f.id}>
              <a
                className="talks__thumb"
                href={withBase(embedPath(f.id))}
                aria-label={`Open ${f.title} full screen`}
              >
                <StaticFrame meta={f} />
              </a>
              <div className="talks__body">
                <h2>{f.title}</h2>
                <p className="talks__meta sans">
                  {f.steps.length === 1 ? 'One view' : `${f.steps.length} steps`} ·{' '}
                  <code>{f.id}</code>
                </p>
                <p className="talks__links sans">
                  <a href={withBase(embedPath(f.id))}>Open full screen</a>
                  <a href={withBase(routes.talkKit(f.id))} download={`primitives-${f.id}.html`}>
                    Offline HTML
                  </a>
                </p>
                {f.steps.length > 1 && (
                  <details className="sans">
                    <summary>Step links</summary>
                    <ol>
                      {f.steps.map((s, i) => (
                        <li key={i}>
                          <a href={withBase(embedPath(f.id, i))}>{s.title}</a>
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
                <SnippetBox path={embedPath(f.id)} title={f.title} />
              </div>
            </li>
          );
        })}
      </ol>
      <TalkApi />
    </article>
  );
}
