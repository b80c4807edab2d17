import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontWeights, isKept, systemSymbols } from './font-subset';

function files(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return files(p, ext);
    return ext.test(d.name) && !d.name.includes('.test.') ? [p] : [];
  });
}

describe('font subset', () => {
  it('keeps every character the content and the interface set in our faces', () => {
    const missing = new Map<string, string>();
    const sources = [
      ...files('content', /\.(mdx|ya?ml|json)$/),
      ...files('components', /\.tsx?$/),
      ...files('app', /\.tsx?$/),
    ];
    for (const file of sources) {
      for (const ch of fs.readFileSync(file, 'utf8')) {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x20 || isKept(cp) || systemSymbols.includes(ch)) continue;
        if (!missing.has(ch)) missing.set(ch, file);
      }
    }
    // A character listed here would be drawn in a fallback font: add it to keptRanges.
    expect(
      [...missing].map(([ch, file]) => `${ch} U+${ch.codePointAt(0)!.toString(16)} in ${file}`),
    ).toEqual([]);
  });

  it('asks for no weight the cut-down faces lack', () => {
    const css = [...files('app', /\.css$/), ...files('components', /\.css$/)];
    const weights = css.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/font-weight:\s*(\d+)/g)].map(
        (m) => [Number(m[1]), file] as const,
      ),
    );
    expect(weights.length).toBeGreaterThan(0);
    const outside = weights.filter(([w]) => w < fontWeights.min || w > fontWeights.max);
    expect(outside).toEqual([]);
  });

  it('is the range the @font-face rules declare', async () => {
    const { fontFaceCss } = await import('./fonts');
    expect(fontFaceCss()).toContain(`font-weight:${fontWeights.min} ${fontWeights.max}`);
  });
});
