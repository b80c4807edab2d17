import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figures } from '../../components/figures/registry';
import { content } from './load';
import { bannedIn, locatorProblems, sourceProblems, unsourcedQuotations } from './rules';

describe('the editorial rules catch what they are for', () => {
  it('bans words that show how the book was made, not ordinary uses', () => {
    expect(bannedIn('The podcast seed describes it.')).toHaveLength(1);
    expect(bannedIn('Interview summary (publisher unknown)')).toHaveLength(2);
    expect(bannedIn('No stable link: identified by title.')).toHaveLength(1);
    expect(bannedIn('They raised a seed round; the seed of AWS was a memo.')).toEqual([]);
  });
  it('finds sources a reader could not look up', () => {
    const base = {
      id: 'x',
      title: 'Press reports on the deal',
      publisher: 'Press reports',
      date: '2015',
      kind: 'article',
    } as const;
    expect(sourceProblems(base).length).toBeGreaterThanOrEqual(3);
    expect(
      sourceProblems({
        ...base,
        title: 'Amazon buys Annapurna',
        publisher: 'Reuters',
        url: 'https://reuters.com/x',
      }),
    ).toEqual([]);
    expect(
      sourceProblems({
        id: 'b',
        title: 'A book',
        publisher: 'P',
        date: '2013',
        kind: 'book',
        url: undefined,
      }),
    ).toHaveLength(2);
  });
  it('allows timestamps only on recordings, within their length', () => {
    const pod = {
      id: 'p',
      title: 'T',
      publisher: 'P',
      date: '2022',
      kind: 'podcast',
      episode: 'https://e.example/x',
      duration: '01:00:00',
    } as const;
    expect(locatorProblems(pod, '00:16:49')).toEqual([]);
    expect(locatorProblems(pod, '02:05:04')).toHaveLength(1);
    expect(locatorProblems({ ...pod, kind: 'article' }, '00:01:00')).toHaveLength(1);
    expect(locatorProblems({ ...pod, kind: 'article' }, undefined, '12')).toHaveLength(1);
  });
  it('wants a citation after every quotation of three words or more', () => {
    expect(unsourcedQuotations('He called it “a little joke I threw in.”')).toHaveLength(1);
    expect(
      unsourcedQuotations('He called it “a little joke I threw in.”<Cite source="y" />'),
    ).toEqual([]);
    expect(unsourcedQuotations('It was “Big Red”, they said.')).toEqual([]);
  });
});

const c = content();
const sourceById = new Map(c.sources.map((s) => [s.id, s]));
const cites = c.chapters.flatMap((ch) =>
  ch.uses.filter((u) => u.name === 'Cite').map((u) => ({ chapter: ch, ...u })),
);
/** Every source id the book points at: chapters, timeline, figures and their data. */
const referenced = new Set<string>([
  ...cites.map((u) => u.props.source),
  ...c.events.flatMap((e) => e.sources),
  ...figures.flatMap((f) => f.sources),
  ...textOfDataFiles().flatMap(({ text }) =>
    [...text.matchAll(/\bsources?:\s*\[?([a-z0-9,\s-]+)\]?/g)].flatMap((m) => m[1].split(/[\s,]+/)),
  ),
]);

function textOfDataFiles(): { file: string; text: string }[] {
  const dirs = ['content/data', 'content/figures'].filter((d) => fs.existsSync(d));
  return dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .map((f) => ({ file: path.join(d, f), text: fs.readFileSync(path.join(d, f), 'utf8') })),
  );
}

describe('sources', () => {
  it('every referenced source can be looked up and is named for what it is', () => {
    const problems = c.sources
      .filter((s) => referenced.has(s.id))
      .flatMap((s) => sourceProblems(s).map((p) => `${s.id}: ${p}`));
    expect(problems).toEqual([]);
  });
  it('at least 90% of all sources carry a url, doi or isbn', () => {
    const linked = c.sources.filter((s) => s.url || s.doi || s.isbn).length;
    expect(linked / c.sources.length).toBeGreaterThanOrEqual(0.9);
  });
  it('lists no source that nothing cites', () => {
    expect(c.sources.filter((s) => !referenced.has(s.id)).map((s) => s.id)).toEqual([]);
  });
  it('lists each work once (no two entries with the same url)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const s of c.sources) {
      if (!s.url) continue;
      const key = s.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
      if (seen.has(key)) twice.push(`${seen.get(key)} and ${s.id}: ${s.url}`);
      seen.set(key, s.id);
    }
    expect(twice).toEqual([]);
  });
});

describe('citations', () => {
  it('rest on the four secondary summaries for at most 20% of the book', () => {
    const secondary = new Set([
      'acquired-aws',
      'acquired-amazon-infra',
      'nasser-building-blocks',
      'vogels-summary',
    ]);
    const share = cites.filter((u) => secondary.has(u.props.source)).length / cites.length;
    expect(share).toBeLessThanOrEqual(0.2);
  });
  it('carry timestamps only on recordings and pages only on print', () => {
    const problems = cites.flatMap((u) => {
      const s = sourceById.get(u.props.source);
      return s
        ? locatorProblems(s, u.props.at, u.props.page).map(
            (p) => `${u.chapter.file}:${u.line}: ${p}`,
          )
        : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('every chapter', () => {
  for (const ch of c.chapters) {
    describe(ch.file, () => {
      const paragraphs = ch.body.split(/\n\s*\n/).map((p) => p.trim());
      it('ties every direct quotation to a source', () => {
        expect(paragraphs.flatMap(unsourcedQuotations)).toEqual([]);
      });
      it('never says how the book was made', () => {
        const visible = [ch.title, ch.subtitle, ch.summary, ch.body].join('\n');
        expect(bannedIn(visible)).toEqual([]);
      });
      it('tells every timeline event that links to it, with a date that opens it', () => {
        const opened = new Set(ch.uses.filter((u) => u.name === 'When').map((u) => u.props.event));
        const untold = c.events
          .filter((e) => e.chapter === ch.slug && !opened.has(e.id))
          .map((e) => e.id);
        expect(untold).toEqual([]);
      });
    });
  }
});

describe('the rest of what readers see', () => {
  it('timeline, glossary, sources and figures never say how the book was made', () => {
    const texts = [
      ...c.events.map((e) => ({
        where: `event ${e.id}`,
        text: [e.title, e.summary, e.contested].join(' '),
      })),
      ...c.glossary.map((t) => ({ where: `term ${t.id}`, text: `${t.term} ${t.definition}` })),
      ...c.sources.map((s) => ({
        where: `source ${s.id}`,
        text: [s.title, s.publisher, s.note].join(' '),
      })),
      ...figures.map((f) => ({ where: `figure ${f.id}`, text: JSON.stringify(f) })),
      ...textOfDataFiles().map(({ file, text }) => ({
        where: file,
        text: text.replace(/^\s*#.*$/gm, ''),
      })),
    ];
    expect(
      texts.flatMap(({ where, text }) => bannedIn(text).map((hit) => `${where}: ${hit}`)),
    ).toEqual([]);
  });
  it('has at least 120 timeline events, each in a chapter that exists', () => {
    expect(c.events.length).toBeGreaterThanOrEqual(120);
    const slugs = new Set(c.chapters.map((ch) => ch.slug));
    expect(c.events.filter((e) => !slugs.has(e.chapter)).map((e) => e.id)).toEqual([]);
  });
});
