import { fontWeights } from './font-subset';
import { withBase } from './paths';

/**
 * @font-face rules for the self-hosted Latin subsets, plus fallbacks whose metrics are adjusted
 * toward the web fonts so the swap does not shift the text.
 */
export function fontFaceCss(): string {
  const face = (family: string, file: string, style = 'normal') =>
    `@font-face{font-family:'${family}';font-style:${style};font-display:swap;font-weight:${fontWeights.min} ${fontWeights.max};src:url(${withBase(`/fonts/${file}`)}) format('woff2')}`;
  return [
    face('Source Serif 4 Variable', 'source-serif-4-latin-wght-normal.woff2'),
    face('Source Serif 4 Variable', 'source-serif-4-latin-wght-italic.woff2', 'italic'),
    face('Inter Variable', 'inter-latin-wght-normal.woff2'),
    face('JetBrains Mono Variable', 'jetbrains-mono-latin-wght-normal.woff2'),
    `@font-face{font-family:'Serif Fallback';src:local('Georgia'),local('DejaVu Serif'),local('Times New Roman');size-adjust:96%;ascent-override:96%;descent-override:32%;line-gap-override:0%}`,
    `@font-face{font-family:'Sans Fallback';src:local('Arial'),local('Helvetica'),local('DejaVu Sans'),local('Liberation Sans');size-adjust:107%;ascent-override:90%;descent-override:22%;line-gap-override:0%}`,
  ].join('');
}

export const preloadFonts = [
  'source-serif-4-latin-wght-normal.woff2',
  'inter-latin-wght-normal.woff2',
];
