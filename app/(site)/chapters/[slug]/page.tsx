import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { content, getChapter } from '@/lib/content/load';
import { ChapterBody } from '@/components/reading/ChapterBody';
import { ChapterHeader } from '@/components/reading/ChapterHeader';
import { PrevNext } from '@/components/reading/PrevNext';
import { ProgressBar } from '@/components/reading/ProgressBar';
import { References } from '@/components/reading/References';
import { Toc } from '@/components/reading/Toc';
import { routes } from '@/lib/site/routes';

type Params = { slug: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return content().chapters.map((c) => ({ slug: c.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const chapter = getChapter((await params).slug);
  if (!chapter) return {};
  return {
    title: chapter.title,
    description: chapter.summary,
    alternates: { canonical: routes.chapter(chapter.slug) },
  };
}

export default async function ChapterPage({ params }: { params: Promise<Params> }) {
  const chapter = getChapter((await params).slug);
  if (!chapter) notFound();
  const chapters = content().chapters;
  const i = chapters.indexOf(chapter);
  return (
    <>
      <ProgressBar />
      <article className="chapter" data-pagefind-body>
        <ChapterHeader chapter={chapter} />
        <Toc headings={chapter.headings} title={chapter.title} />
        <div className="prose">
          <ChapterBody chapter={chapter} />
        </div>
        <References chapter={chapter} />
      </article>
      <PrevNext prev={chapters[i - 1]} next={chapters[i + 1]} />
    </>
  );
}
