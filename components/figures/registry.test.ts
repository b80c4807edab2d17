import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFigure } from './load';
import { figures, registry } from './registry';

const dir = path.resolve('components/figures');
const generated = path.resolve(process.env.GENERATED_DIR ?? '.generated');
const folders = fs
  .readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'meta.ts')))
  .map((d) => d.name);

// Everything that lists figures is derived from the registry; this proves the lists agree.
describe('the figure registry', () => {
  it('holds every figure folder once, under its own id', () => {
    expect(Object.keys(registry).sort()).toEqual([...folders].sort());
    for (const [id, entry] of Object.entries(registry)) expect(entry.meta.id).toBe(id);
  });

  it("reaches every figure's interactive code through load.ts, and nothing else", async () => {
    for (const id of Object.keys(registry)) {
      const mod = await loadFigure(id);
      expect(typeof mod.default, id).toBe('function');
    }
    await expect(loadFigure('no-such-figure')).rejects.toThrow();
  });

  it("names every figure stylesheet, and the site's stylesheet index lists exactly those", () => {
    const sheets = folders.flatMap((id) =>
      fs
        .readdirSync(path.join(dir, id))
        .filter((f) => f.endsWith('.css'))
        .map((f) => `${id}/${f}`),
    );
    const named = Object.entries(registry).flatMap(([id, e]) =>
      'styles' in e ? [`${id}/${e.styles}`] : [],
    );
    expect(named.sort()).toEqual(sheets.sort());
    const index = fs.readFileSync(path.join(generated, 'figures.css'), 'utf8');
    const imported = [...index.matchAll(/@import '\.\.\/components\/figures\/([^']+)'/g)].map(
      (m) => m[1],
    );
    expect(imported.sort()).toEqual(sheets.sort());
  });

  it('is what the build scripts and browser tests read (the manifest)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(generated, 'figures.json'), 'utf8'));
    expect(manifest.map((f: { id: string }) => f.id)).toEqual(figures.map((f) => f.id));
    for (const [i, f] of figures.entries()) {
      expect(manifest[i].steps.map((s: { title: string }) => s.title)).toEqual(
        f.steps.map((s) => s.title),
      );
      expect(manifest[i].testOnly).toBe(!!f.testOnly);
    }
  });
});
