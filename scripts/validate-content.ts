/**
 * Build step: validate content/ and write the JSON that client-side figures import.
 * Exits 1 with one line per problem (file › entry › field: message).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, ContentErrors } from '../lib/content/errors';
import { loadFigureData } from '../lib/content/figure-data';

const out = path.resolve(process.env.GENERATED_DIR ?? '.generated');
const write = (name: string, data: unknown) =>
  fs.writeFileSync(path.join(out, name), JSON.stringify(data, null, 1) + '\n');

function report(errors: ContentError[]): never {
  console.error(`content invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
  for (const e of errors) console.error(`  ${e.message}`);
  process.exit(1);
}

// Phase 1: the staged figures' data. The figure registry reads its steps from this JSON, and the
// full loader below checks chapters against the registry, so it must exist first (a clean clone
// has no .generated/ yet).
fs.mkdirSync(out, { recursive: true });
const root = path.resolve(process.env.CONTENT_DIR ?? 'content');
const figureErrors: ContentError[] = [];
const figureData = loadFigureData(
  path.join(root, 'figures'),
  (f) => path.relative(process.cwd(), f),
  figureErrors,
);
if (figureErrors.length) report(figureErrors);
for (const { figure } of figureData.staged) write(`${figure.id}.json`, figure);
if (figureData.mandate) write('api-mandate.json', figureData.mandate.data);
for (const { id, data } of figureData.other) write(`${id}.json`, data);

// Phase 2: everything, cross-checked.
async function validateAll() {
  const { loadContent } = await import('../lib/content/load');
  const c = loadContent();
  write('timeline.json', {
    events: c.events,
    eras: c.eras,
    chapters: c.chapters.map(({ slug, title, order }) => ({ slug, title, order })),
  });
  write('sources.json', c.sources);
  // Explorables import their data from here (components/figures/<id>/).
  if (c.explorables.excessCapacity) write('excess-capacity.json', c.explorables.excessCapacity);
  if (c.explorables.provisioning) write('provisioning.json', c.explorables.provisioning);
  write('charts.json', c.charts);
  console.log(
    `content ok: ${c.chapters.length} chapters, ${c.sources.length} sources, ${c.glossary.length} terms, ${c.events.length} events, ${c.figures.staged.length + (c.figures.mandate ? 1 : 0)} figure data sets, ${c.charts.financials.length} years of AWS results`,
  );
}

validateAll().catch((err: unknown) => {
  if (err instanceof ContentErrors) report(err.errors);
  throw err;
});
