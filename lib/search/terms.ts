/**
 * Lower case without accents, one UTF-16 unit for one: positions in the folded text are
 * positions in the original, so a match found in one can be marked in the other.
 */
export function fold(s: string): string {
  let out = '';
  for (const c of s) {
    const f = c
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    out += f.length === c.length ? f : c;
  }
  return out;
}

/** Query words of two characters or more, folded like the text, each once. */
export function terms(query: string): string[] {
  return [...new Set(fold(query).split(/[^\p{L}\p{N}]+/u))].filter((t) => t.length >= 2);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression for any of `words` at the start of a word, or null for none. */
export function wordStartRe(words: string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'gu');
}
