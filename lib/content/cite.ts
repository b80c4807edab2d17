import type { Source } from './schemas';
import { dateWords } from '../format/months';

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

/** A source's date as the cards and reference lists print it (see dateWords). */
export const formatPartialDate = dateWords;

/** "Acquired (podcast), 2022" style line for cards and reference lists. */
export function sourceLine(source: Source): string {
  const isbn = source.isbn ? `ISBN ${source.isbn}` : undefined;
  return [source.author, source.publisher, formatPartialDate(source.date), isbn]
    .filter(Boolean)
    .join(', ');
}
