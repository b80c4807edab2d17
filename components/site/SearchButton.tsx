import { content } from '@/lib/content/load';
import { starters } from '@/lib/search/suggest';
import { SearchDialog } from './SearchDialog';

/**
 * The search entry point in the header. Rendered on the server so that the suggestions come
 * from the content: the glossary terms most chapters use, to start from, and the glossary's
 * and chapters' words, to respell a query that finds nothing.
 */
export function SearchButton() {
  const { glossary, chapters } = content();
  const words = [
    ...glossary.flatMap((t) => [t.term, ...(t.aka ?? [])]),
    ...chapters.map((c) => c.title),
  ];
  return (
    <SearchDialog
      starters={starters(
        glossary,
        chapters.map((c) => c.body),
      )}
      words={words}
    />
  );
}
