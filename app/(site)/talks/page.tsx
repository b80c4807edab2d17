import type { Metadata } from 'next';
import { figures } from '@/components/figures/registry';
import type { FigureMeta } from '@/lib/figures/types';
import { withBase } from '@/lib/site/paths';
import { talkMediaFiles } from '@/lib/talk/media';
import { embedPath } from '@/lib/talk/options';
import { StaticFrame } from '@/components/figures/StaticFrame';
import { SnippetBox } from '@/components/talk/SnippetBox';
import { TalkApi } from '@/components/talk/TalkApi';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = {
  title: 'Primitives in a talk',
  description:
    'Every figure of Primitives full-screen in a talk: embed URLs, clicker stepping, a postMessage API for slide tools, slides for PowerPoint, Keynote and Google Slides, video, SVG and PNG export and single-file offline copies.',
  alternates: { canonical: routes.talks },
};

/** A talk-kit file, downloaded under a name that says where it came from. */
function KitLink({ file, children }: { file: string; children: string }) {
  return (
    <a href={withBase(routes.talkKitFile(file))} download={`primitives-${file}`}>
      {children}
    </a>
  );
}

/** For slide tools that cannot embed a web page, and for halls with no network. */
function SlidesAndVideo({ shown }: { shown: FigureMeta[] }) {
  return (
    <section className="talks__api prose" aria-labelledby="slides-and-video">
      <h2 id="slides-and-video">Slides and video</h2>
      <p>
        PowerPoint, Keynote and Google Slides cannot embed a web page, and a venue&apos;s machine
        may have nothing else. Each figure comes as a deck (.pptx) with one slide per step, its
        caption and sources in the speaker notes, and as a video (.mp4) of its steps, in light and
        dark. The offline HTML is the figure itself in one file, for a browser with no network.
      </p>
      <table className="talks__kit sans">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Slides (.pptx)</th>
            <th scope="col">Video (.mp4)</th>
            <th scope="col">Offline HTML</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => {
            const light = talkMediaFiles(f.id, 'light');
            const dark = talkMediaFiles(f.id, 'dark');
            return (
              <tr key={f.id}>
                <th scope="row">{f.title}</th>
                <td>
                  <KitLink file={light.deck}>light</KitLink> ·{' '}
                  <KitLink file={dark.deck}>dark</KitLink>
                </td>
                <td>
                  <KitLink file={light.video}>light</KitLink> ·{' '}
                  <KitLink file={dark.video}>dark</KitLink>
                </td>
                <td>
                  <KitLink file={`${f.id}.html`}>one file</KitLink>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export default function TalksPage() {
  const shown = figures.filter((f) => !f.testOnly);
  // The recipe shows the figure with the most steps: the one a deck gains most from.
  const example = shown.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
  return (
    <article className="talks">
      <header className="talks__head">
        <h1>Primitives in a talk</h1>
        <p className="lede">
          Every figure in the book works on its own, full-screen, inside a slide deck. Step it with
          a presentation clicker or the arrow keys; at its last step the deck moves on. For
          PowerPoint, Keynote and Google Slides, each figure also comes as{' '}
          <a href="#slides-and-video">slides and video</a>, and as one HTML file that runs from
          disk, for halls with no wifi.
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
                  <KitLink file={`${f.id}.html`}>Offline HTML</KitLink>
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
      <SlidesAndVideo shown={shown} />
      <TalkApi example={example} />
    </article>
  );
}
