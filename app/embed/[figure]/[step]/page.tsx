import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPage, embedMetadata } from '@/components/talk/EmbedPage';
import { figures, getFigure } from '@/components/figures/registry';
import { isBuilt } from '@/lib/site/build';

type Params = { figure: string; step: string };

export const dynamicParams = false;

/** One static page per step (1-based), so each frame is in the HTML without JavaScript. */
export function generateStaticParams(): Params[] {
  return figures
    .filter(isBuilt)
    .flatMap((f) => f.steps.map((_, i) => ({ figure: f.id, step: String(i + 1) })));
}

function stepIndex({ figure, step }: Params): number | null {
  const meta = getFigure(figure);
  const n = Number(step);
  return meta && Number.isInteger(n) && n >= 1 && n <= meta.steps.length ? n - 1 : null;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  const i = stepIndex(p);
  return i === null ? {} : embedMetadata(p.figure, i);
}

export default async function EmbedFigureStep({ params }: { params: Promise<Params> }) {
  const p = await params;
  const i = stepIndex(p);
  if (i === null) notFound();
  return <EmbedPage id={p.figure} step={i} />;
}
