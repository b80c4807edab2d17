import { toDisplayStep } from '../figures/steps';

/**
 * Every path of the site, built here and nowhere else. Paths are site-absolute without the
 * BASE_PATH: Next's <Link> adds it, and withBase() (lib/site/paths.ts) does for raw <a>.
 */
export const routes = {
  home: '/',
  contents: '/#contents',
  chapter: (slug: string, anchor?: string) => `/chapters/${slug}/${anchor ? `#${anchor}` : ''}`,
  /** The timeline, optionally opened at an event or a window of years. */
  timeline: (view: { event?: string; from?: string; to?: string } = {}) => {
    const q = new URLSearchParams(
      Object.entries(view).filter((e): e is [string, string] => e[1] !== undefined),
    ).toString();
    return `/timeline/${q ? `?${q}` : ''}`;
  },
  glossary: (term?: string) => `/glossary/${term ? `#${term}` : ''}`,
  sources: '/sources/',
  book: '/book/',
  talks: '/talks/',
  /** A figure's embed page at a 0-based step (step 0 is the bare figure URL). */
  embed: (id: string, step = 0) =>
    step > 0 ? `/embed/${id}/${toDisplayStep(step)}/` : `/embed/${id}/`,
  talkKit: (id: string) => `/talk-kit/${id}.html`,
  offlineBook: '/primitives-offline.html',
} as const;
