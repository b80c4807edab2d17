/**
 * What our self-hosted fonts keep. Fontsource's "latin" files carry every weight from 100 to 900
 * and about 250 characters; the site sets text between 400 and 700 and uses fewer characters, so
 * the build cuts each file down (about 150 KB to 85 KB for the three faces a chapter loads).
 * A unit test checks that the content and the stylesheets stay inside these limits.
 */
export const fontWeights = { min: 400, max: 700 } as const;

/** Inclusive code point ranges kept in every face (a face keeps only the glyphs it has). */
export const keptRanges: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1: accents, ×, ·, ©, superscripts ¹²³
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203a], // per mille, primes, angle quotes
  [0x2070, 0x2079], // superscript digits
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2194], // arrows
  [0x2212, 0x2212], // minus
  [0x2264, 0x2265], // ≤ ≥
];

/**
 * Symbols the site uses that none of our faces has: the browser draws them with a system font,
 * as it did before subsetting (⌘ is shown only on Apple devices, whose system fonts have it).
 */
export const systemSymbols = ['✓', '✕', '●', '↗', '⌘'];

export function isKept(codePoint: number): boolean {
  return keptRanges.some(([a, b]) => codePoint >= a && codePoint <= b);
}

export function keptText(): string {
  let s = '';
  for (const [a, b] of keptRanges) for (let c = a; c <= b; c++) s += String.fromCodePoint(c);
  return s;
}
