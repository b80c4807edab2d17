import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getFigure } from '@/components/figures/registry';
import { getSource } from '@/lib/content/load';
import { FigureMount } from '@/components/figures/FigureMount';
import { FigureIslandProps } from '@/components/figures/island';
import { StaticFrame } from '@/components/figures/StaticFrame';
import type { FigureViewProps } from '@/components/figures/types';
import { TalkMenu } from '@/components/talk/TalkMenu';

interface Props {
  id: string;
  /** Scroll-driven: the `<Step n={…}>` blocks given as children drive the step as they pass. */
  scroll?: boolean;
  children?: ReactNode;
  [param: string]: string | number | boolean | undefined | ReactNode;
}

/**
 * A registered figure in a chapter: title, reserved space, first frame in the HTML, step
 * controls, source line, and a text alternative listing every step.
 */
export function Figure({ id, scroll, children, ...rest }: Props) {
  const params = rest as FigureViewProps['params'];
  const meta = getFigure(id);
  if (!meta) notFound();
  const sources = meta.sources.map((s) => getSource(s)).filter((s) => s !== undefined);
  const figure = (
    <figure
      className={`fig fig--${scroll ? 'scrolly' : meta.width}`}
      id={`figure-${id}`}
      data-figure={id}
    >
      <p className="fig-title sans">{meta.title}</p>
      {/* .fig-host marks where the book's islands re-mount the figure (with the props below). */}
      <div className="fig-host">
        <FigureMount
          meta={meta}
          params={params}
          scroll={!!scroll}
          tools={<TalkMenu meta={meta} placement="down" />}
        >
          <StaticFrame meta={meta} params={params} />
        </FigureMount>
      </div>
      <FigureIslandProps meta={meta} params={params} />
      {(sources.length > 0 || meta.note) && (
        <p className="fig-source sans">
          {meta.note && <span>{meta.note} </span>}
          {sources.length > 0 && (
            <span>
              Source{sources.length > 1 ? 's' : ''}:{' '}
              {sources.map((s) => `${s.publisher}, ${s.title}`).join('; ')}.
            </span>
          )}
        </p>
      )}
      <details className="fig-alt sans">
        <summary>
          Describe this figure{meta.steps.length > 1 ? ` and its ${meta.steps.length} steps` : ''}
        </summary>
        <p>{meta.alt}</p>
        {meta.steps.length > 1 && (
          <ol>
            {meta.steps.map((s) => (
              <li key={s.title}>
                <strong>{s.title}.</strong> {s.caption}
                {s.description && <> Shown: {s.description}</>}
              </li>
            ))}
          </ol>
        )}
      </details>
    </figure>
  );
  if (!scroll) return figure;
  // Text beside a sticky figure on wide screens; figure then text on phones and without JS.
  return (
    <div className="fig-scrolly" data-scrolly={id}>
      <div className="fig-scrolly__figure">{figure}</div>
      <div className="fig-scrolly__steps">{children}</div>
    </div>
  );
}
