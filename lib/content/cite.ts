import type { Source } from './schemas';
import { monthNames } from '../format/months';

/** "01:19:15" → 4755 seconds. */
export function timestampSeconds(at: string): number {
  return at.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** The link a citation card opens: a podcast's episode at the timestamp, else the source URL. */
export function citationHref(source: Source, at?: string): string | undefined {
  if (at && source.episode) {
    const url = new URL(source.episode);
    url.searchParams.set('t', `${timestampSeconds(at)}s`);
    return url.toString();
  }
  return source.url ?? source.episode ?? (source.doi ? `https://doi.org/${source.doi}` : undefined);
}

/** "2006-03-14" → "March 14, 2006"; "2006-03" → "March 2006"; "2006" → "2006". */
export function formatPartialDate(date: string, circa = false): string {
  const [y, m, d] = date.split('-');
  const text = d
    ? `${monthNames[Number(m) - 1]} ${Number(d)}, ${y}`
    : m
      ? `${monthNames[Number(m) - 1]} ${y}`
      : y;
  return circa ? `c. ${text}` : text;
}

/** "Acquired (podcast), 2022" style line for cards and reference lists. */
export function sourceLine(source: Source): string {
  const isbn = source.isbn ? `ISBN ${source.isbn}` : undefined;
  return [source.author, source.publisher, formatPartialDate(source.date), isbn]
    .filter(Boolean)
    .join(', ');
}
