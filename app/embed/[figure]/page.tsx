import type { Metadata } from 'next';
import { EmbedPage, embedMetadata } from '@/components/talk/EmbedPage';
import { figures } from '@/components/figures/registry';
import { isBuilt } from '@/lib/site/build';

type Params = { figure: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return figures.filter(isBuilt).map((f) => ({ figure: f.id }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return embedMetadata((await params).figure, 0);
}

export default async function EmbedFigure({ params }: { params: Promise<Params> }) {
  return <EmbedPage id={(await params).figure} step={0} />;
}
