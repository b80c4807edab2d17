import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, go, test } from './fixtures';
import { chapterRoutes } from './routes';
import { site } from '../lib/site/paths';

// The EPUB edition (scripts/epub/), read back from the export as a reader would open it.
const outDir = path.resolve(process.env.OUT_DIR ?? 'out');
const epubFile = path.join(outDir, 'primitives.epub');
const basePath = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
// SKIP_EPUB=1 (given to the build and to the tests) is for exports made only to test other things.
const skipped = process.env.SKIP_EPUB === '1';

function readEpub() {
  const bytes = fs.readFileSync(epubFile);
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`${name} is not in the EPUB`);
    return new TextDecoder().decode(f);
  };
  const dir = 'EPUB/';
  const parsed = new Map<string, HTMLElement>();
  const doc = (href: string) => {
    if (!parsed.has(href)) parsed.set(href, parse(text(dir + href)));
    return parsed.get(href)!;
  };
  return { bytes, files, text, doc, dir };
}

/** The chapters in reading order, as the one-page book of the export has them. */
function chapterSlugs(): string[] {
  const book = parse(fs.readFileSync(path.join(outDir, 'book/index.html'), 'utf8'));
  const slugs = book.querySelectorAll('article.book__chapter').map((a) => a.id.slice(8));
  expect([...slugs].sort()).toEqual(
    chapterRoutes()
      .map((r) => r.split('/')[2])
      .sort(),
  );
  return slugs;
}
const attr = (el: HTMLElement, name: string) => el.getAttribute(name) ?? '';

/** epubcheck from Debian is an executable jar; run it with java when binfmt is not set up. */
function epubcheck(): string[] | null {
  const which = spawnSync('sh', ['-c', 'command -v epubcheck'], { encoding: 'utf8' });
  const bin = which.stdout.trim();
  if (!bin) return null;
  const real = fs.realpathSync(bin);
  return real.endsWith('.jar') ? ['java', '-jar', real] : [real];
}

test.describe('primitives.epub @desktop-only', () => {
  test.skip(skipped, 'SKIP_EPUB=1: the export was built without the EPUB');
  test('validates with epubcheck: 0 errors, 0 warnings', async () => {
    test.setTimeout(240_000);
    const cmd = epubcheck();
    if (!cmd) {
      console.log('epubcheck: not installed (Debian package `epubcheck`); validation skipped');
      test.skip(true, 'epubcheck is not installed');
      return;
    }
    const run = spawnSync(cmd[0], [...cmd.slice(1), epubFile], { encoding: 'utf8' });
    const output = `${run.stdout}\n${run.stderr}`;
    const counts = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(output);
    const clean = /No errors or warnings detected/.test(output);
    console.log(`epubcheck: ${counts?.[0] ?? output.trim().split('\n').pop()}`);
    expect(clean || (counts && counts.slice(1, 4).every((n) => n === '0')), output).toBeTruthy();
    expect(run.status, output).toBe(0);
  });

  test('is an OCF container with every chapter, in order, in the spine, nav and NCX', () => {
    const { bytes, text, doc, files } = readEpub();
    // mimetype first, stored, no extra field: readers sniff the first bytes.
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.readUInt16LE(28)).toBe(0);
    expect(text('mimetype')).toBe('application/epub+zip');
    expect(text('META-INF/container.xml')).toContain('full-path="EPUB/package.opf"');

    const opf = parse(text('EPUB/package.opf'));
    const items = new Map(opf.querySelectorAll('item').map((i) => [i.id, i]));
    const spine = opf
      .querySelectorAll('itemref')
      .map((r) => attr(items.get(attr(r, 'idref'))!, 'href'));
    const slugs = chapterSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    expect(spine.filter((h) => h.startsWith('chapter-'))).toEqual(
      slugs.map((s) => `chapter-${s}.xhtml`),
    );
    for (const f of ['nav.xhtml', 'glossary.xhtml', 'sources.xhtml', 'timeline.xhtml'])
      expect(spine).toContain(f);
    // The manifest is exactly the files in the container.
    const hrefs = [...items.values()].map((i) => `EPUB/${attr(i, 'href')}`).sort();
    const inZip = Object.keys(files)
      .filter((f) => f.startsWith('EPUB/') && f !== 'EPUB/package.opf')
      .sort();
    expect(hrefs).toEqual(inZip);
    const cover = [...items.values()].find((i) => attr(i, 'properties') === 'cover-image')!;
    expect(attr(cover, 'media-type')).toBe('image/png');
    const meta = text('EPUB/package.opf');
    for (const tag of ['dc:title', 'dc:creator', 'dc:publisher', 'dc:language', 'dc:identifier'])
      expect(meta).toMatch(new RegExp(`<${tag}[^>]*>[^<]+</${tag}>`));
    expect(meta).toMatch(/<meta property="dcterms:modified">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ</);
    // Fonts: the book's own, as TrueType.
    const fonts = [...items.values()].filter((i) => attr(i, 'media-type') === 'font/ttf');
    expect(fonts.map((f) => attr(f, 'href')).join()).toMatch(/SourceSerif4.*Inter/);

    // Nav: a chapter entry per chapter with its sections, each pointing at a real heading.
    const toc = doc('nav.xhtml').querySelector('nav[epub\\:type="toc"]')!;
    const top = toc.querySelectorAll(':scope > ol > li');
    for (const slug of slugs) {
      const file = `chapter-${slug}.xhtml`;
      const entry = top.find((li) => attr(li.querySelector('a')!, 'href') === file);
      expect(entry, file).toBeTruthy();
      const chapter = doc(file);
      const sections = entry!.querySelectorAll('ol a');
      expect(sections.length, `${file} sections`).toBe(chapter.querySelectorAll('h2[id]').length);
      for (const a of sections) {
        const id = attr(a, 'href').split('#')[1];
        expect(chapter.getElementById(id)?.tagName, `${file}#${id}`).toBe('H2');
      }
    }
    const ncx = text('EPUB/toc.ncx');
    for (const slug of slugs) expect(ncx).toContain(`src="chapter-${slug}.xhtml"`);
  });

  test('citations are footnotes that resolve both ways, one per marker of the web chapter', () => {
    const { doc } = readEpub();
    for (const slug of chapterSlugs()) {
      const file = `chapter-${slug}.xhtml`;
      const chapter = doc(file);
      const refs = chapter.querySelectorAll('a[epub\\:type="noteref"]');
      const notes = chapter.querySelectorAll('aside[epub\\:type="footnote"]');
      const web = parse(fs.readFileSync(path.join(outDir, 'chapters', slug, 'index.html'), 'utf8'));
      expect(refs.length, file).toBe(web.querySelectorAll('.prose sup.cite').length);
      expect(notes.length, file).toBe(refs.length);
      for (const ref of refs) {
        const note = chapter.getElementById(attr(ref, 'href').slice(1));
        expect(note?.getAttribute('epub:type'), `${file} ${attr(ref, 'href')}`).toBe('footnote');
        const back = note!.querySelector('a[role="doc-backlink"]')!;
        expect(attr(back, 'href')).toBe(`#${ref.id}`);
        // The note names its source and shows the same number as the marker.
        expect(back.text).toBe(ref.text);
        expect(note!.querySelector('a.note__title')?.text.length).toBeGreaterThan(0);
      }
    }
    // A podcast cited at a timestamp: the note gives the time and links to it.
    const timed = chapterSlugs()
      .flatMap((s) => doc(`chapter-${s}.xhtml`).querySelectorAll('aside.note'))
      .find((n) => /At \d\d:\d\d:\d\d/.test(n.text));
    if (timed) expect(timed.querySelector('a[href*="t="]')).toBeTruthy();
  });

  test('every figure is its steps as images with alt text and captions', () => {
    const { doc, files, dir } = readEpub();
    const book = parse(fs.readFileSync(path.join(outDir, 'book/index.html'), 'utf8'));
    for (const slug of chapterSlugs()) {
      const file = `chapter-${slug}.xhtml`;
      const chapter = doc(file);
      const site = book
        .querySelectorAll(`#chapter-${slug} figure.fig-strip`)
        .filter((f) => attr(f, 'data-figure') !== 'timeline');
      const figs = chapter.querySelectorAll('div.fig:not(.fig--timeline)');
      expect(figs.length, file).toBe(site.length);
      figs.forEach((fig, i) => {
        const steps = Math.max(1, site[i].querySelectorAll('.fig-strip__steps > li').length);
        expect(fig.querySelectorAll('figure.fig-step').length, `${file} ${fig.id}`).toBe(steps);
        expect(fig.querySelector('.fig-title')?.text.length).toBeGreaterThan(0);
      });
      for (const img of chapter.querySelectorAll('img')) {
        expect(attr(img, 'alt').length, `${file} ${attr(img, 'src')}`).toBeGreaterThan(5);
        expect(files[dir + attr(img, 'src')], attr(img, 'src')).toBeTruthy();
        expect(img.closest('figure')?.querySelector('figcaption')?.text.length).toBeGreaterThan(0);
      }
      // The chapter timeline is a list whose events open in the book's timeline.
      for (const tl of chapter.querySelectorAll('.fig--timeline')) {
        const links = tl.querySelectorAll('li a');
        expect(links.length, `${file} timeline`).toBeGreaterThan(0);
        for (const a of links) expect(attr(a, 'href')).toMatch(/^timeline\.xhtml#event-/);
      }
    }
    // SVG steps stand alone: no classes or custom properties left to a stylesheet.
    for (const [name, data] of Object.entries(files).filter(([n]) => n.endsWith('.svg'))) {
      const svg = new TextDecoder().decode(data);
      expect(svg, name).not.toMatch(/class=|var\(--|<foreignObject/);
      // Paint as SVG 1.1 readers know it (Qt's renderer in Calibre drew color(srgb …) black).
      const paints = [...svg.matchAll(/ (?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]);
      expect(
        paints.filter((p) => !/^(#[0-9a-f]{6}|none|url\(#[\w-]+\))$/.test(p)),
        name,
      ).toEqual([]);
    }
  });

  test('links stay inside the book and all resolve', () => {
    const { files, doc, dir } = readEpub();
    const xhtml = Object.keys(files)
      .filter((f) => f.endsWith('.xhtml'))
      .map((f) => f.slice(dir.length));
    for (const file of xhtml) {
      for (const a of doc(file).querySelectorAll('a[href]')) {
        const href = attr(a, 'href');
        if (/^https?:/.test(href)) {
          // A link to the web edition is only ever to its front page, never to a page the book holds.
          expect(href.startsWith(site.url) && href.replace(/\/$/, '') !== site.url, href).toBe(
            false,
          );
          continue;
        }
        expect(href, `${file}: ${href}`).not.toMatch(/^\/|^\.\./);
        const [target, id] = href.split('#');
        const targetFile = target || file;
        expect(xhtml, `${file}: ${href}`).toContain(targetFile);
        if (id) expect(doc(targetFile).getElementById(id), `${file}: ${href}`).toBeTruthy();
      }
    }
  });

  test('its size stays in range', () => {
    const size = fs.statSync(epubFile).size;
    console.log(`primitives.epub: ${Math.round(size / 1024)} KB`);
    // Text, 6 static fonts (~300 KB), SVG steps, a few PNG steps and the cover.
    expect(size).toBeGreaterThan(600 * 1024);
    expect(size).toBeLessThan(6 * 1024 * 1024);
  });

  test('reads in a browser engine: fonts embedded, images drawn, at phone and tablet size', async ({
    browser,
  }, testInfo) => {
    const { files } = readEpub();
    const dir = testInfo.outputPath('epub');
    for (const [name, data] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), data);
    }
    const slug = chapterSlugs().find((s) =>
      new TextDecoder().decode(files[`EPUB/chapter-${s}.xhtml`]).includes('<img'),
    )!;
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 820, height: 1180 },
    ]) {
      const page = await browser.newPage({ viewport });
      await page.goto(`file://${path.join(dir, 'EPUB', `chapter-${slug}.xhtml`)}`);
      const state = await page.evaluate(async () => {
        await document.fonts.ready;
        for (const img of document.images) await img.decode().catch(() => undefined);
        return {
          fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
          broken: [...document.images].filter((i) => !i.naturalWidth).map((i) => i.src),
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect(state.fonts).toContain('Source Serif 4');
      expect(state.broken).toEqual([]);
      expect(state.overflow, `horizontal overflow at ${viewport.width}px`).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});

test('the cover offers the EPUB beside the single-file book', async ({ page, request }) => {
  await go(page, '/');
  const link = page.getByRole('link', { name: 'The book as an EPUB' });
  await expect(link).toHaveAttribute('href', `${basePath}/primitives.epub`);
  if (skipped) return;
  const res = await request.get('primitives.epub');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/epub+zip');
});

test('the cover offers the EPUB under the sub-path @subpath', async ({ page }) => {
  await go(page, '/');
  const link = page.getByRole('link', { name: 'The book as an EPUB' });
  await expect(link).toHaveAttribute('href', `${basePath}/primitives.epub`);
  // The sub-path export is built without media (PRIMITIVES_MEDIA=0); the root test fetches the
  // file, which is the same bytes under any base path.
  expect(basePath).not.toBe('');
});
