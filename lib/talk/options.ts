import { fromDisplayStep, toDisplayStep } from '@/lib/figures/steps';
import type { FigureMeta } from '@/lib/figures/types';
import { routes } from '@/lib/site/routes';

export type EmbedTheme = 'light' | 'dark';

/** What a speaker can choose in an embed URL. Steps are 1-based in URLs and messages. */
export interface EmbedOptions {
  /** 0-based, always within the figure's steps. */
  step: number;
  /** Absent: follow the system. */
  theme?: EmbedTheme;
  bg: 'solid' | 'transparent';
  controls: boolean;
  caption: boolean;
}

export const defaultEmbedOptions: Omit<EmbedOptions, 'step'> = {
  bg: 'solid',
  controls: true,
  caption: true,
};

function flag(raw: string | null, fallback: boolean): boolean {
  if (raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  return fallback;
}

/**
 * Reads `?step=&theme=&bg=&controls=&caption=` and `#step=N`: `#step` wins over `?step`, which
 * wins over the page's own step; a step past the last is the last. Unknown or hostile values
 * are dropped for the default; nothing read here is ever written into the page as HTML.
 */
export function parseEmbedOptions(
  meta: Pick<FigureMeta, 'steps'>,
  search: string,
  hash: string,
  pathStep: number,
): EmbedOptions {
  const q = new URLSearchParams(search);
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const total = meta.steps.length;
  const step =
    fromDisplayStep(total, h.get('step')) ?? fromDisplayStep(total, q.get('step')) ?? pathStep;
  const theme = q.get('theme');
  return {
    step,
    theme: theme === 'light' || theme === 'dark' ? theme : undefined,
    bg: q.get('bg') === 'transparent' ? 'transparent' : 'solid',
    controls: flag(q.get('controls'), defaultEmbedOptions.controls),
    caption: flag(q.get('caption'), defaultEmbedOptions.caption),
  };
}

/** The query string for a set of options, leaving defaults out so URLs stay short. */
export function embedQuery(opts: Partial<Omit<EmbedOptions, 'step'>>): string {
  const q = new URLSearchParams();
  if (opts.theme) q.set('theme', opts.theme);
  if (opts.bg === 'transparent') q.set('bg', 'transparent');
  if (opts.controls === false) q.set('controls', '0');
  if (opts.caption === false) q.set('caption', '0');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The path of a figure's embed page at a 0-based step (lib/site/routes.ts). */
export const embedPath = routes.embed;

/** The `#step=N` an open embed page keeps in its address, and answers when it changes. */
export function stepHash(step: number): string {
  return `#step=${toDisplayStep(step)}`;
}

/** The step a `#step=N` hash asks for (0-based, clamped), or null. */
export function stepFromHash(meta: Pick<FigureMeta, 'steps'>, hash: string): number | null {
  return fromDisplayStep(
    meta.steps.length,
    new URLSearchParams(hash.replace(/^#/, '')).get('step'),
  );
}

/** The iframe snippet a speaker pastes into a deck. */
export function embedSnippet(url: string, title: string): string {
  const safeTitle = title.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<iframe src="${url}" title="${safeTitle}" width="1600" height="900" style="border:0;width:100%;aspect-ratio:16/9" allow="fullscreen" loading="lazy"></iframe>`;
}
