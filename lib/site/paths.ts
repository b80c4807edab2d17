/** The sub-path the export is served under ('' at the root), baked in at build time. */
export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Prefixes a site-absolute path for places Next does not rewrite (raw <a>, fetch, CSS urls). */
export function withBase(pathname: string): string {
  return `${basePath}${pathname}`;
}

export const site = {
  name: 'Primitives',
  tagline: 'How Amazon turned its own plumbing into the cloud',
  promise:
    'How an online bookshop, buckling under its own software, learned to build in small independent pieces, and then sold those pieces to the world as Amazon Web Services.',
  url: 'https://primitives.example',
};
