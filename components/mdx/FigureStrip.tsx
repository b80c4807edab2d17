import { notFound } from 'next/navigation';
import { getFigure } from '@/components/figures/registry';
import { FigureMount } from '@/components/figures/FigureMount';
import { FigureIslandProps } from '@/components/figures/island';
import { StaticFrame } from '@/components/figures/StaticFrame';
import { TalkMenu } from '@/components/talk/TalkMenu';

/**
 * A figure for print and the one-page book: the figure itself (interactive on screen, its
 * first state on paper), then every step as a small frame with its caption, so the whole
 * sequence reads on paper.
 */
export function FigureStrip({
  id,
  scroll,
  children,
  ...rest
}: {
  id: string;
  scroll?: boolean;
  children?: React.ReactNode;
  [param: string]: string | number | boolean | undefined | React.ReactNode;
}) {
  void scroll;
  const params = rest as Record<string, string | number | boolean | undefined>;
  const meta = getFigure(id);
  if (!meta) notFound();
  const frame = (step: number) => <StaticFrame meta={meta} step={step} params={params} />;
  const strip = (
    <figure className={`fig fig--${meta.width} fig-strip`} data-figure={id}>
      <p className="fig-title sans">{meta.title}</p>
      <div className="fig-host">
        <FigureMount meta={meta} params={params} tools={<TalkMenu meta={meta} placement="down" />}>
          {frame(0)}
        </FigureMount>
      </div>
      <FigureIslandProps meta={meta} params={params} />
      {meta.steps.length > 1 && (
        <ol className="fig-strip__steps sans" aria-label={`${meta.title}: every step`}>
          {meta.steps.map((s, i) => (
            <li key={s.title}>
              <div className="fig-strip__frame" aria-hidden="true">
                {frame(i)}
              </div>
              <p>
                <strong>
                  {i + 1}. {s.title}.
                </strong>{' '}
                {s.caption}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="fig-alt-text sans">{meta.alt}</p>
    </figure>
  );
  // A scroll-driven figure's <Step> text follows the strip in print and the book.
  return children ? (
    <>
      {strip}
      {children}
    </>
  ) : (
    strip
  );
}
