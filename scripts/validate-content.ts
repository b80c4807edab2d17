/**
 * Build step: validate content/ and write the JSON that client-side figures import.
 * Exits 1 with one line per problem (file › entry › field: message).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentErrors } from '../lib/content/errors';
import { loadContent } from '../lib/content/load';

try {
  const c = loadContent();
  const out = path.resolve(process.env.GENERATED_DIR ?? '.generated');
  fs.mkdirSync(out, { recursive: true });
  const write = (name: string, data: unknown) =>
    fs.writeFileSync(path.join(out, name), JSON.stringify(data, null, 1) + '\n');
  write('timeline.json', {
    events: c.events,
    eras: c.eras,
    chapters: c.chapters.map(({ slug, title, order }) => ({ slug, title, order })),
  });
  write('sources.json', c.sources);
  for (const { figure } of c.figures.staged) write(`${figure.id}.json`, figure);
  if (c.figures.mandate) write('api-mandate.json', c.figures.mandate.data);
  console.log(
    `content ok: ${c.chapters.length} chapters, ${c.sources.length} sources, ${c.glossary.length} terms, ${c.events.length} events`,
  );
} catch (err) {
  if (err instanceof ContentErrors) {
    console.error(
      `content invalid (${err.errors.length} problem${err.errors.length === 1 ? '' : 's'}):`,
    );
    for (const e of err.errors) console.error(`  ${e.message}`);
    process.exit(1);
  }
  throw err;
}
