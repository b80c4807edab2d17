import {
  Children,
  isValidElement,
  type ComponentPropsWithoutRef,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { MDXComponents, MDXProps } from 'mdx/types';
import { getSource, type Chapter } from '@/lib/content/load';
import { CiteMarker } from '@/components/mdx/Cite';
import { FigureStrip } from '@/components/mdx/FigureStrip';

/** Drops the heading's '#' self-link, which points at the unprefixed id. */
function withoutAnchor(children: ReactNode): ReactNode {
  return Children.toArray(children).filter(
    (c) =>
      !(
        isValidElement<{ className?: string }>(c) &&
        String(c.props.className ?? '').includes('heading-anchor')
      ),
  );
}

/** Loads a chapter's compiled MDX; the file name is NN-slug.mdx. */
export async function loadChapterModule(chapter: Chapter): Promise<ComponentType<MDXProps>> {
  const name = chapter.file
    .split('/')
    .pop()!
    .replace(/\.mdx$/, '');
  const mod = (await import(`@/content/chapters/${name}.mdx`)) as {
    default: ComponentType<MDXProps>;
  };
  return mod.default;
}

/**
 * Renders a chapter; its citations come numbered from the MDX pipeline (by order of first use). `book` renders it for the
 * one-page book: heading ids prefixed by the chapter (so chapters cannot collide) and every
 * figure as a strip of its steps.
 */
export async function ChapterBody({ chapter, book = false }: { chapter: Chapter; book?: boolean }) {
  const Content = await loadChapterModule(chapter);
  const bookComponents: MDXComponents = book
    ? {
        Figure: FigureStrip,
        h2: ({ id, children }: ComponentPropsWithoutRef<'h2'>) => (
          <h2 id={`${chapter.slug}-${id}`}>{withoutAnchor(children)}</h2>
        ),
        h3: ({ id, children }: ComponentPropsWithoutRef<'h3'>) => (
          <h3 id={`${chapter.slug}-${id}`}>{withoutAnchor(children)}</h3>
        ),
      }
    : {};
  const components: MDXComponents = {
    ...bookComponents,
    // `n` is written by lib/content/remark-citations.mjs while the chapter compiles.
    Cite: ({ source, at, page, n }: { source: string; at?: string; page?: string; n: string }) => {
      const s = getSource(source);
      if (!s) throw new Error(`${chapter.file}: unknown source "${source}"`);
      return <CiteMarker source={s} n={Number(n)} scope={chapter.slug} at={at} page={page} />;
    },
  };
  return <Content components={components} />;
}
