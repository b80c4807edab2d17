import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve('out');

/** Every reading route in the export (embed step pages are covered by the talk tests). */
export function exportedRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (
        !entry.isDirectory() ||
        entry.name.startsWith('_') ||
        ['pagefind', 'fonts', 'talk-kit', '404'].includes(entry.name)
      )
        continue;
      const sub = `${rel}${entry.name}/`;
      if (rel.startsWith('/embed/')) continue;
      if (fs.existsSync(path.join(dir, entry.name, 'index.html'))) routes.push(sub);
      walk(path.join(dir, entry.name), sub);
    }
  };
  walk(out, '/');
  return ['/', ...routes.filter((r) => !r.startsWith('/embed/')).sort()];
}

export function chapterRoutes(): string[] {
  return exportedRoutes().filter((r) => /^\/chapters\/[^/]+\/$/.test(r));
}
