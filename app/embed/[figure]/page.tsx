import type { Metadata } from 'next';
import { EmbedPage, embedMetadata } from '@/components/talk/EmbedPage';
import { figureIds } from '@/lib/figures/registry';

type Params = { figure: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return figureIds().map((figure) => ({ figure }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return embedMetadata((await params).figure, 0);
}

export default async function EmbedFigure({ params }: { params: Promise<Params> }) {
  return <EmbedPage id={(await params).figure} step={0} />;
}
