import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const out = path.resolve(process.env.OUT_DIR ?? 'out');
const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '_next' || e.name === 'pagefind' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') &&
      e.name !== 'primitives-offline.html' &&
      !p.includes('talk-kit')
      ? [p]
      : [];
  });
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) {
    const html = fs.readFileSync(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return ids.get(file)!;
}

/** The exported file a site path resolves to, as a static host would serve it. */
function target(pathname: string): string | null {
  let p = decodeURIComponent(pathname);
  if (base) {
    if (!p.startsWith(base)) return null;
    p = p.slice(base.length) || '/';
  }
  const file = path.join(out, p.endsWith('/') ? `${p}index.html` : p);
  return fs.existsSync(file) ? file : null;
}

test.describe('links in the export @desktop-only', () => {
  test('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(out)) {
      const html = fs.readFileSync(file, 'utf8');
      const page = `/${path.relative(out, file).replace(/index\.html$/, '')}`;
      for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:|blob:)/.test(href)) continue;
        const url = new URL(href.replace(/&amp;/g, '&'), `http://site${base}${page}`);
        const dest = target(url.pathname);
        if (!dest) {
          broken.push(`${page}: ${href} (no such page)`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !idsOf(dest).has(anchor)) broken.push(`${page}: ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every external source link is well-formed, https except a few old http-only blogs', () => {
    const html = fs.readFileSync(path.join(out, 'sources/index.html'), 'utf8');
    const external = [...html.matchAll(/<a\s[^>]*href="(https?:[^"]+)"/g)].map((m) =>
      m[1].replace(/&amp;/g, '&'),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const href of external) expect(() => new URL(href), href).not.toThrow();
    const plain = external.filter((href) => href.startsWith('http:'));
    // A plain-http link is kept only where the site serves nothing else; it stays the exception.
    expect(plain.length / external.length).toBeLessThan(0.05);
  });
});
