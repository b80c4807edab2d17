import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFigure } from '@/components/figures/registry';
import { withBase } from '@/lib/site/paths';
import { embedPath } from '@/lib/talk/options';
import { FigureIslandProps } from '../figures/island';
import { StaticFrame } from '../figures/StaticFrame';
import { EmbedHost } from './EmbedHost';
import './embed.css';

/** A figure at one step on its own page: the static frame is in the HTML, the host takes over. */
export function EmbedPage({ id, step }: { id: string; step: number }) {
  const meta = getFigure(id);
  if (!meta) notFound();
  return (
    <main className="embed-page">
      <h1 className="visually-hidden">{meta.title}</h1>
      <EmbedHost meta={meta} pathStep={step}>
        <StaticFrame meta={meta} step={step} />
      </EmbedHost>
      <FigureIslandProps meta={meta} step={step} />
      {meta.steps.length > 1 && (
        <nav className="embed__nojs" aria-label="Steps">
          <ol>
            {meta.steps.map((s, i) => (
              <li key={i}>
                <a href={withBase(embedPath(id, i))} aria-current={i === step ? 'step' : undefined}>
                  {i + 1}. {s.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
    </main>
  );
}

export function embedMetadata(id: string, step: number): Metadata {
  const meta = getFigure(id);
  if (!meta) return {};
  const s = meta.steps[step];
  return {
    title: meta.steps.length > 1 ? `${meta.title}, step ${step + 1}: ${s.title}` : meta.title,
    description: s.caption,
  };
}
