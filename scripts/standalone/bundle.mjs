// Bundles a standalone entry (no Next runtime) into one script and one stylesheet, for the
// single-file offline copies. Only the figures asked for are bundled in.
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Swaps two modules for a single-file build: the standalone flag (lib/site/standalone.ts) is
 * true, and components/figures/load.ts loads only `figureIds` (every figure's folder is its id,
 * as in load.ts itself), so a talk-kit file carries one figure.
 */
function swapPlugin(figureIds) {
  const figures = path.join(root, 'components/figures');
  const is = (args, file) =>
    path.resolve(args.resolveDir, args.path.replace(/^@\//, `${root}/`)) === path.join(root, file);
  return {
    name: 'primitives-standalone',
    setup(b) {
      b.onResolve({ filter: /(^|\/)standalone$/ }, (args) =>
        is(args, 'lib/site/standalone')
          ? { path: 'standalone', namespace: 'primitives' }
          : undefined,
      );
      b.onResolve({ filter: /(^|\/)load$/ }, (args) =>
        is(args, 'components/figures/load') ? { path: 'load', namespace: 'primitives' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'primitives' }, (args) => {
        if (args.path === 'standalone')
          return { contents: 'export const standalone = true;', loader: 'ts' };
        const entries = figureIds.map(
          (id) =>
            `${JSON.stringify(id)}: () => import(${JSON.stringify(path.join(figures, id, 'index.tsx'))})`,
        );
        return {
          contents: `const loaders = {${entries.join(',')}};
export function loadFigure(id) {
  const load = loaders[id];
  if (!load) throw new Error('standalone: figure "' + id + '" is not in this file');
  return load();
}`,
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
