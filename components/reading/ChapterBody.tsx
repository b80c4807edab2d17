import type { ComponentType } from 'react';
import type { MDXComponents, MDXProps } from 'mdx/types';
import { getSource, type Chapter } from '@/lib/content/load';
import { CiteMarker } from '@/components/mdx/Cite';

/** Loads a chapter's compiled MDX; the file name is NN-slug.mdx. */
export async function loadChapterModule(chapter: Chapter): Promise<ComponentType<MDXProps>> {
  const name = chapter.file.split('/').pop()!.replace(/\.mdx$/, '');
  const mod = (await import(`@/content/chapters/${name}.mdx`)) as { default: ComponentType<MDXProps> };
  return mod.default;
}

/** Renders a chapter, numbering its citations by order of first use. */
export async function ChapterBody({ chapter }: { chapter: Chapter }) {
  const Content = await loadChapterModule(chapter);
  const components: MDXComponents = {
    Cite: ({ source, at, page }: { source: string; at?: string; page?: string }) => {
      const s = getSource(source);
      if (!s) throw new Error(`${chapter.file}: unknown source "${source}"`);
      return <CiteMarker source={s} n={chapter.citedSources.indexOf(source) + 1} scope={chapter.slug} at={at} page={page} />;
    },
  };
  return <Content components={components} />;
}
