// The book's fonts for e-readers: the subset variable WOFF2 files the build already wrote
// (scripts/fonts.ts → public/fonts → out/fonts), pinned to static instances and written as
// TrueType. Kobo's Adobe engine reads neither WOFF2 nor font variations, and Apple Books and
// Calibre read TrueType as well, so one static file per weight works everywhere; the subset is
// the site's, so the glyphs are exactly those the content may use.
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { keptText } from '../../lib/site/font-subset';

export interface EpubFont {
  file: string;
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  data: Buffer;
}

const faces = [
  { from: 'source-serif-4-latin-wght-normal.woff2', family: 'Source Serif 4', style: 'normal' },
  { from: 'source-serif-4-latin-wght-italic.woff2', family: 'Source Serif 4', style: 'italic' },
  { from: 'inter-latin-wght-normal.woff2', family: 'Inter', style: 'normal' },
] as const;
const weights = [400, 700] as const;

export async function epubFonts(outDir: string): Promise<EpubFont[]> {
  const jobs = faces.flatMap((face) =>
    weights.map(async (weight) => {
      const source = fs.readFileSync(path.join(outDir, 'fonts', face.from));
      const data = await subsetFont(source, keptText(), {
        targetFormat: 'sfnt',
        variationAxes: { wght: weight },
      });
      const name = `${face.family.replace(/\s+/g, '')}-${weight}${face.style === 'italic' ? 'i' : ''}`;
      return { file: `${name}.ttf`, family: face.family, weight, style: face.style, data };
    }),
  );
  return Promise.all(jobs);
}

export function fontFaces(fonts: EpubFont[], dir = '../fonts'): string {
  return fonts
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:${f.style};src:url(${dir}/${f.file})}`,
    )
    .join('\n');
}
