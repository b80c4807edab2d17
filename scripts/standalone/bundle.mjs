// Bundles a standalone entry (no Next runtime) into one script and one stylesheet, for the
// single-file offline copies. Only the figures asked for are bundled in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/** id → folder, read from components/figures/loaders.ts so there is one list of loaders. */
export function loaderFolders() {
  const src = readFileSync(path.join(root, 'components/figures/loaders.ts'), 'utf8');
  const re = /['"]?([\w-]+)['"]?\s*:\s*\(\)\s*=>\s*import\(\s*['"]\.\/([\w/-]+)['"]\s*\)/g;
  return new Map([...src.matchAll(re)].map((m) => [m[1], m[2]]));
}

function swapPlugin(figureIds) {
  const folders = loaderFolders();
  return {
    name: 'primitives-standalone',
    setup(b) {
      b.onResolve({ filter: /(^|\/)loaders$/ }, (args) =>
        args.path.endsWith('figures/loaders') ||
        (args.path === './loaders' && args.resolveDir.endsWith(path.join('components', 'figures')))
          ? { path: 'loaders', namespace: 'primitives' }
          : undefined,
      );
      b.onResolve({ filter: /(^|\/)standalone$/ }, (args) =>
        args.path.endsWith('talk/standalone') ||
        (args.path === './standalone' && args.resolveDir.endsWith(path.join('components', 'talk')))
          ? { path: 'standalone', namespace: 'primitives' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'primitives' }, (args) => {
        if (args.path === 'standalone')
          return { contents: 'export const standalone = true;', loader: 'ts' };
        const entries = figureIds.map((id) => {
          const folder = folders.get(id);
          if (!folder) throw new Error(`standalone: no loader for figure "${id}"`);
          const file = path.join(root, 'components/figures', folder);
          return `${JSON.stringify(id)}: () => import(${JSON.stringify(file)})`;
        });
        return {
          contents: `export const figureLoaders = {${entries.join(',')}};`,
          loader: 'ts',
          resolveDir: root,
        };
      });
    },
  };
}

/** esbuild options every browser bundle of ours shares: our components, built as Next would. */
export function browserBuildOptions(basePath = '') {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    legalComments: 'none',
    logLevel: 'error',
    external: ['/fonts/*'],
    define: {
      'process.env.NODE_ENV': '"production"',
      'process.env.NEXT_PUBLIC_BASE_PATH': JSON.stringify(basePath),
    },
  };
}

/** Returns { js, css } for an entry in scripts/standalone, with only `figureIds` inside. */
export async function bundleStandalone(entry, figureIds) {
  const result = await build({
    ...browserBuildOptions(),
    entryPoints: [path.join(root, 'scripts/standalone', entry)],
    write: false,
    outdir: 'standalone-out',
    format: 'iife',
    plugins: [swapPlugin(figureIds)],
  });
  const pick = (ext) =>
    result.outputFiles
      .filter((f) => f.path.endsWith(ext))
      .map((f) => f.text)
      .join('\n');
  return { js: pick('.js'), css: pick('.css') };
}
