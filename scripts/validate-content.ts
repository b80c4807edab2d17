/**
 * Build step: validate content/, write the validated data the figures import, then check the
 * chapters' figure placements against the figure registry and write what the build derives from
 * it. Exits 1 with one line per problem (file › entry › field: message).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, ContentErrors } from '../lib/content/errors';
import { dataFiles, figurePlacementErrors, loadContent } from '../lib/content/load';

const out = path.resolve(process.env.GENERATED_DIR ?? '.generated');
const write = (name: string, data: unknown) => {
  const file = path.join(out, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 1) + '\n');
};

function report(errors: ContentError[]): never {
  console.error(`content invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):`);
  for (const e of errors) console.error(`  ${e.message}`);
  process.exit(1);
}

async function main() {
  const c = loadContent();
  // One file per validated data file of content/ (and the timeline's), named as in content/data/;
  // each figure's data.ts imports the ones it draws, so no figure carries another's data.
  fs.rmSync(path.join(out, 'data'), { recursive: true, force: true });
  for (const [name, data] of Object.entries(dataFiles(c))) write(`data/${name}.json`, data);

  // The registry's figures read the files above, so it is loaded once they exist.
  const { registry, figures } = await import('../components/figures/registry');
  const misplaced = figurePlacementErrors(c, new Set(Object.keys(registry)));
  if (misplaced.length) report(misplaced);
  // What the .mjs build scripts and the browser tests know of the registry.
  write(
    'figures.json',
    figures.map((f) => ({
      id: f.id,
      title: f.title,
      steps: f.steps.map(({ title, caption }) => ({ title, caption })),
      testOnly: !!f.testOnly,
    })),
  );
  // Each figure's stylesheet, imported by app/styles/site.css.
  write(
    'figures.css',
    '/* Written by scripts/validate-content.ts from components/figures/registry.ts. */\n' +
      Object.entries(registry)
        .flatMap(([id, e]) =>
          'styles' in e ? [`@import '../components/figures/${id}/${e.styles}';`] : [],
        )
        .join('\n') +
      '\n',
  );
  console.log(
    `content ok: ${c.chapters.length} chapters, ${c.sources.length} sources, ${c.glossary.length} terms, ${c.events.length} events, ${figures.length} figures, ${c.charts.financials.length} years of AWS results`,
  );
}

main().catch((err: unknown) => {
  if (err instanceof ContentErrors) report(err.errors);
  throw err;
});
