import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry } from './registry';

/**
 * A figure's interactive code is what a reader downloads; the schemas that check content/ at
 * build time must not come with it (zod alone is about 60 KB gzip). This walks the value imports
 * (not `import type`) from each figure's index.tsx through the project's own files.
 */
const root = path.resolve('.');
const exts = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(root, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const e of exts) if (fs.existsSync(base + e)) return base + e;
  return null;
}

/** Packages reached from `entry` by value imports, with the file that imports each. */
function packagesFrom(entry: string): { found: Map<string, string>; files: number } {
  const seen = new Set<string>();
  const found = new Map<string, string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    // `import x from`, `import { a, type b } from`, `export { x } from`, but not `import type`.
    const re = /^(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
    for (const m of text.matchAll(re)) {
      const spec = m[1];
      if (spec.endsWith('.json') || spec.endsWith('.css')) continue;
      const local = resolve(file, spec);
      if (local) stack.push(local);
      else if (!spec.startsWith('.') && !spec.startsWith('@/'))
        found.set(spec, path.relative(root, file));
    }
  }
  return { found, files: seen.size };
}

describe('figure client code', () => {
  it.each(Object.keys(registry))('%s does not ship the content schemas (zod, yaml)', (id) => {
    const { found, files } = packagesFrom(path.join(root, 'components/figures', id, 'index.tsx'));
    expect(found.get('zod'), 'zod imported by').toBeUndefined();
    expect(found.get('yaml'), 'yaml imported by').toBeUndefined();
    // The walk followed the figure's own imports (its data and its drawing at least).
    expect(files).toBeGreaterThan(1);
  });
});
