// The search index (Pagefind) over the export: each chapter's prose, one result per section
// (Pagefind's sub-results, from the headings' ids), and each glossary term as its own record
// that opens at its entry. Text that is not prose (cards, citation numbers, figures, contents,
// references, the reading-time line) is left out with the same selectors the one-page book's
// search uses (lib/search/not-prose.json).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';

const notProse = JSON.parse(
  fs.readFileSync(new URL('../lib/search/not-prose.json', import.meta.url), 'utf8'),
);

/** The glossary page's entries: `<div id=…><dt>term<span class=glossary__aka>…</span><dt><dd>`. */
export function glossaryRecords(html) {
  return parse(html)
    .querySelectorAll('.glossary__entry[id]')
    .map((entry) => {
      const dt = entry.querySelector('dt');
      const aka = dt?.querySelector('.glossary__aka');
      const also = aka?.text.trim().replace(/^also\s+/, '') ?? '';
      aka?.remove();
      const term = dt?.text.trim() ?? '';
      const definition = entry.querySelector('dd')?.text.trim() ?? '';
      if (!term || !definition) return null;
      return {
        url: `/glossary/#${entry.id}`,
        language: 'en',
        content: `${term}. ${definition}${also ? ` Also called ${also}.` : ''}`,
        meta: { title: term, group: 'Glossary' },
      };
    })
    .filter((r) => r !== null);
}

/** Writes out/pagefind/; returns what it indexed. */
export async function buildSearchIndex(out) {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: notProse });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const pages = await index.addDirectory({ path: out });
    if (pages.errors.length) throw new Error(`pagefind: ${pages.errors.join('; ')}`);
    const glossary = path.join(out, 'glossary/index.html');
    const records = fs.existsSync(glossary)
      ? glossaryRecords(fs.readFileSync(glossary, 'utf8'))
      : [];
    for (const r of records) {
      const added = await index.addCustomRecord(r);
      if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return { pages: pages.page_count, terms: records.length };
  } finally {
    await pagefind.close();
  }
}
