// What a figure's deck cites and links to, read from the content loader and the site's paths.
import { citationHref, sourceLine } from '@/lib/content/cite';
import { content, getSource } from '@/lib/content/load';
import { figures } from '@/components/figures/registry';
import type { FigureMeta } from '@/lib/figures/types';
import { site } from '@/lib/site/paths';
import { embedPath } from '@/lib/talk/options';
import type { DeckLinks, SourceRef } from './notes';

/** The figures that get a deck and a video: all but the test-only ones (or those named). */
export function talkMediaFigures(
  env: Record<string, string | undefined> = process.env,
): FigureMeta[] {
  const only = env.TALK_MEDIA_FIGURES?.split(',').map((s) => s.trim());
  return figures.filter((f) => !f.testOnly && (!only || only.includes(f.id)));
}

/** The figure's sources with their real titles; an id the content does not know is an error. */
export function sourcesOf(meta: Pick<FigureMeta, 'id' | 'sources'>): SourceRef[] {
  return meta.sources.map((id) => {
    const s = getSource(id);
    if (!s) throw new Error(`figure ${meta.id}: unknown source "${id}"`);
    return { title: s.title, detail: sourceLine(s), url: citationHref(s) };
  });
}

/** The figure on the live site (BASE_PATH included), and the chapter that shows it. */
export function linksOf(meta: Pick<FigureMeta, 'id'>, basePath: string): DeckLinks {
  const live = `${site.url}${basePath}`;
  const chapter = content().chapters.find((ch) =>
    ch.uses.some((u) => u.name === 'Figure' && u.props.id === meta.id),
  );
  return {
    figure: `${live}${embedPath(meta.id)}`,
    chapter: chapter && { title: chapter.title, url: `${live}/chapters/${chapter.slug}/` },
  };
}
