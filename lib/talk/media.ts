import type { EmbedTheme } from './options';

/**
 * The talk kit's deck and video of a figure in a theme, under /talk-kit/ (built by
 * scripts/talk-media/ for every figure that is not test-only). The panel, /talks/ and the tests
 * read the names from here.
 */
export function talkMediaFiles(id: string, theme: EmbedTheme): { deck: string; video: string } {
  const suffix = theme === 'dark' ? '-dark' : '';
  return { deck: `${id}${suffix}.pptx`, video: `${id}${suffix}.mp4` };
}
