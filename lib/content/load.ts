import fs from 'node:fs';
import type { Root } from 'mdast';
import type { z } from 'zod';
import path from 'node:path';
import { ContentError, ContentErrors, fromZod } from './errors';
import { explorableFiles, loadExplorableData, type ExplorableData } from './explorable-data';
import { crossCheckFigures, loadFigureData, type FigureData } from './figure-data';
import { duplicateIds, parseEntries } from './parse';
import {
  citedSources,
  componentUses,
  frontmatter,
  headings,
  parseMdx,
  readingMinutes,
  wordCount,
  type ComponentUse,
  type Heading,
} from './mdx';
import { chartFiles, sortedYears, type ChartData } from './chart-data';
import {
  annotationSchema,
  chapterFrontmatterSchema,
  eraSchema,
  eventSchema,
  sourceSchema,
  termSchema,
  type Annotation,
  type ChapterFrontmatter,
  type Era,
  type Source,
  type Term,
  type TimelineEvent,
} from './schemas';

export interface Chapter extends ChapterFrontmatter {
  slug: string;
  file: string;
  body: string;
  headings: Heading[];
  words: number;
  minutes: number;
  uses: ComponentUse[];
  /** Source ids in order of first citation: a source's number is its index + 1. */
  citedSources: string[];
}

export interface Content {
  chapters: Chapter[];
  sources: Source[];
  glossary: Term[];
  events: TimelineEvent[];
  eras: Era[];
  /** The timeline's annotations at turning points, each tied to an event. */
  annotations: Annotation[];
  /** Data behind the explorables (content/data/), validated by lib/content/explorable-data.ts. */
  explorables: ExplorableData;
  /** Numbers for the data charts (content/data/), each entry with a checked source id. */
  charts: ChartData;
  /** Staged and mandate figure data (content/data/). */
  figures: FigureData;
}

// CONTENT_DIR lets the build-failure tests point the loader at a broken fixture.
const contentRoot = () => path.resolve(process.env.CONTENT_DIR ?? 'content');
const rel = (file: string) => path.relative(process.cwd(), file);

function listFiles(dir: string, ext: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function loadList<T extends { id: string }>(
  files: string[],
  schema: z.ZodType<T>,
  errors: ContentError[],
) {
  const items: { file: string; entry: T }[] = [];
  for (const file of files) {
    const result = parseEntries(rel(file), fs.readFileSync(file, 'utf8'), schema);
    errors.push(...result.errors);
    for (const entry of result.entries) items.push({ file: rel(file), entry });
  }
  errors.push(...duplicateIds(items));
  return items;
}

function loadChapter(file: string, errors: ContentError[]): Chapter | null {
  const name = path.basename(file, '.mdx');
  const m = /^(\d{2})-([a-z0-9-]+)$/.exec(name);
  if (!m) {
    errors.push(new ContentError(rel(file), name, '(file name)', 'must be NN-slug.mdx'));
    return null;
  }
  const text = fs.readFileSync(file, 'utf8');
  const fail = (field: string, problem: string) => {
    errors.push(new ContentError(rel(file), m[2], field, problem));
    return null;
  };
  let tree: Root;
  let front: ReturnType<typeof frontmatter>;
  try {
    tree = parseMdx(text);
  } catch (err) {
    return fail('(mdx)', (err as Error).message.split('\n')[0]);
  }
  try {
    front = frontmatter(tree);
  } catch (err) {
    return fail('frontmatter', `invalid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!front) return fail('frontmatter', 'missing --- frontmatter block');
  const parsed = chapterFrontmatterSchema.safeParse(front.data);
  if (!parsed.success) {
    errors.push(fromZod(rel(file), m[2], parsed.error));
    return null;
  }
  if (parsed.data.order !== Number(m[1])) {
    fail('order', `is ${parsed.data.order} but the file name says ${Number(m[1])}`);
  }
  const words = wordCount(tree);
  return {
    ...parsed.data,
    slug: m[2],
    file: rel(file),
    body: text.slice(front.bodyOffset).replace(/^\r?\n/, ''),
    headings: headings(tree),
    words,
    minutes: readingMinutes(words),
    uses: componentUses(tree),
    citedSources: citedSources(tree),
  };
}

/** Reads and validates everything in content/; throws ContentErrors listing every problem. */
export function loadContent(): Content {
  const root = contentRoot();
  const errors: ContentError[] = [];
  // content/figures/ was merged into content/data/: a file left there would be silently unread.
  for (const f of listFiles(path.join(root, 'figures'), /./))
    errors.push(
      new ContentError(rel(f), '(file)', '(place)', 'figure data lives in content/data/'),
    );
  const sources = loadList(listFiles(path.join(root, 'sources'), /\.ya?ml$/), sourceSchema, errors);
  // content/glossary.yaml or one file per part of the book in content/glossary/.
  const glossaryFiles = [
    ...listFiles(root, /^glossary\.ya?ml$/),
    ...listFiles(path.join(root, 'glossary'), /\.ya?ml$/),
  ];
  const glossary = loadList(glossaryFiles, termSchema, errors);
  const timelineFiles = listFiles(path.join(root, 'timeline'), /\.ya?ml$/);
  const special = (f: string) => /(^|\/)(eras|annotations)\.ya?ml$/.test(f);
  const events = loadList(
    timelineFiles.filter((f) => !special(f)),
    eventSchema,
    errors,
  );
  const annotations = loadList(
    timelineFiles.filter((f) => /(^|\/)annotations\.ya?ml$/.test(f)),
    annotationSchema,
    errors,
  );
  const eras = loadList(
    timelineFiles.filter((f) => f.endsWith('eras.yaml')),
    eraSchema,
    errors,
  );
  const chapters = listFiles(path.join(root, 'chapters'), /\.mdx$/)
    .map((f) => loadChapter(f, errors))
    .filter((c): c is Chapter => c !== null)
    .sort((a, b) => a.order - b.order);
  const charts = loadCharts(path.join(root, 'data'), errors);

  const content: Content = {
    chapters,
    sources: sources.map((s) => s.entry),
    glossary: glossary.map((t) => t.entry),
    events: events.map((e) => e.entry),
    eras: eras.map((e) => e.entry),
    annotations: annotations.map((a) => a.entry),
    explorables: loadExplorableData(root, new Set(sources.map((s) => s.entry.id)), errors),
    charts: {
      financials: sortedYears(charts.financials.map((i) => i.entry)),
      shares: charts.shares.map((i) => i.entry),
      margins: charts.margins.map((i) => i.entry),
      layers: charts.layers.map((i) => i.entry),
      powers: charts.powers.map((i) => i.entry),
    },
    figures: loadFigureData(path.join(root, 'data'), rel, errors),
  };
  errors.push(...crossCheck(content, events));
  const eventIds = new Set(content.events.map((e) => e.id));
  for (const { file, entry } of annotations)
    if (!eventIds.has(entry.event))
      errors.push(
        new ContentError(file, entry.event, 'event', `unknown timeline event "${entry.event}"`),
      );
  errors.push(...checkChartSources(content, charts));
  errors.push(
    ...crossCheckFigures(
      content.figures,
      new Set(content.sources.map((s) => s.id)),
      new Set(content.chapters.map((ch) => ch.slug)),
    ),
  );
  if (errors.length) throw new ContentErrors(errors);
  return content;
}

type Loaded<T> = { file: string; entry: T }[];
type LoadedCharts = { [K in keyof ChartData]: Loaded<ChartData[K][number]> };

/** Each file of content/data/ against its schema; a missing folder or file is an empty list. */
function loadCharts(dir: string, errors: ContentError[]): LoadedCharts {
  const one = <K extends keyof ChartData>(key: K) => {
    const { file, schema } = chartFiles[key];
    const full = path.join(dir, file);
    return loadList(fs.existsSync(full) ? [full] : [], schema as never, errors) as LoadedCharts[K];
  };
  return {
    financials: one('financials'),
    shares: one('shares'),
    margins: one('margins'),
    layers: one('layers'),
    powers: one('powers'),
  };
}

/** Every number on a chart must point at a source that exists; years must not repeat. */
function checkChartSources(c: Content, charts: LoadedCharts): ContentError[] {
  const errors: ContentError[] = [];
  const sourceIds = new Set(c.sources.map((s) => s.id));
  for (const list of Object.values(charts) as Loaded<{ id: string; source: string }>[]) {
    for (const { file, entry } of list) {
      if (!sourceIds.has(entry.source)) {
        errors.push(
          new ContentError(file, entry.id, 'source', `unknown source id "${entry.source}"`),
        );
      }
    }
  }
  const years = new Map<number, string>();
  for (const { file, entry } of charts.financials) {
    const first = years.get(entry.year);
    if (first) errors.push(new ContentError(file, entry.id, 'year', `same year as ${first}`));
    years.set(entry.year, entry.id);
  }
  return errors;
}

/** References between files: citations, terms, events, figures, chapters and anchors. */
function crossCheck(c: Content, events: { file: string; entry: TimelineEvent }[]): ContentError[] {
  const errors: ContentError[] = [];
  const sourceIds = new Set(c.sources.map((s) => s.id));
  const termIds = new Set(c.glossary.map((t) => t.id));
  const eventIds = new Set(c.events.map((e) => e.id));
  const chapterBySlug = new Map(c.chapters.map((ch) => [ch.slug, ch]));
  const orders = new Map<number, string>();

  for (const ch of c.chapters) {
    const other = orders.get(ch.order);
    if (other) errors.push(new ContentError(ch.file, ch.slug, 'order', `same order as ${other}`));
    orders.set(ch.order, ch.file);
    for (const use of ch.uses) {
      const at = `${ch.file}:${use.line}`;
      const check = (ok: boolean, field: string, problem: string) => {
        if (!ok) errors.push(new ContentError(at, `<${use.name}>`, field, problem));
      };
      if (use.name === 'Cite') {
        check(!!use.props.source, 'source', 'is required');
        if (use.props.source)
          check(
            sourceIds.has(use.props.source),
            'source',
            `unknown source id "${use.props.source}"`,
          );
        if (use.props.at !== undefined) {
          check(
            /^(\d{1,2}:)?[0-5]\d:[0-5]\d$/.test(use.props.at),
            'at',
            `malformed timestamp "${use.props.at}" (use HH:MM:SS)`,
          );
        }
      } else if (use.name === 'Term') {
        check(
          termIds.has(use.props.id ?? ''),
          'id',
          `unknown glossary term "${use.props.id ?? ''}"`,
        );
      } else if (use.name === 'When') {
        check(
          eventIds.has(use.props.event ?? ''),
          'event',
          `unknown timeline event "${use.props.event ?? ''}"`,
        );
      } else if (use.name === 'Claim') {
        check(
          ['myth', 'contested', 'confirmed'].includes(use.props.verdict ?? ''),
          'verdict',
          'must be myth, contested or confirmed',
        );
      }
    }
  }
  for (const { file, entry } of events) {
    for (const s of entry.sources) {
      if (!sourceIds.has(s))
        errors.push(new ContentError(file, entry.id, 'sources', `unknown source id "${s}"`));
    }
    const ch = chapterBySlug.get(entry.chapter);
    if (!ch)
      errors.push(
        new ContentError(file, entry.id, 'chapter', `unknown chapter "${entry.chapter}"`),
      );
    else if (entry.anchor && !ch.headings.some((h) => h.id === entry.anchor)) {
      errors.push(
        new ContentError(file, entry.id, 'anchor', `no heading "#${entry.anchor}" in ${ch.file}`),
      );
    }
  }
  return errors;
}

/**
 * Every `<Figure id>` placement against the registered figures (the registry lives with the
 * figures, above lib/; scripts/validate-content.ts passes its ids).
 */
export function figurePlacementErrors(c: Content, figureIds: ReadonlySet<string>): ContentError[] {
  return c.chapters.flatMap((ch) =>
    ch.uses
      .filter((use) => use.name === 'Figure' && !figureIds.has(use.props.id ?? ''))
      .map(
        (use) =>
          new ContentError(
            `${ch.file}:${use.line}`,
            '<Figure>',
            'id',
            `unknown figure "${use.props.id ?? ''}" (not in components/figures/registry.ts)`,
          ),
      ),
  );
}

/**
 * The validated data behind the figures, one entry per file of content/data/ (named as the file,
 * without its extension), plus the timeline's events, eras, chapters and the sources they cite.
 */
export function dataFiles(c: Content): Record<string, unknown> {
  const name = (file: string) => path.basename(file).replace(/\.ya?ml$/, '');
  const out: Record<string, unknown> = {
    timeline: {
      events: c.events,
      eras: c.eras,
      notes: c.annotations.map(({ event, text }) => ({ event, text })),
      chapters: c.chapters.map(({ slug, title, order }) => ({ slug, title, order })),
      sources: c.sources.filter((s) => c.events.some((e) => e.sources.includes(s.id))),
    },
  };
  for (const key of Object.keys(chartFiles) as (keyof ChartData)[])
    out[name(chartFiles[key].file)] = c.charts[key];
  for (const [key, { file }] of Object.entries(explorableFiles))
    if (c.explorables[key as keyof ExplorableData])
      out[name(file)] = c.explorables[key as keyof ExplorableData];
  for (const { file, figure } of c.figures.staged) out[name(file)] = figure;
  if (c.figures.mandate) out[name(c.figures.mandate.file)] = c.figures.mandate.data;
  return out;
}

let cache: Content | undefined;

/** The validated content, read once per build process. */
export function content(): Content {
  cache ??= loadContent();
  return cache;
}

export function getChapter(slug: string): Chapter | undefined {
  return content().chapters.find((c) => c.slug === slug);
}

export function getSource(id: string): Source | undefined {
  return content().sources.find((s) => s.id === id);
}
