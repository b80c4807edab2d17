import path from 'node:path';
import createMDX from '@next/mdx';
import type { NextConfig } from 'next';

// BASE_PATH lets the same export be served under a sub-path (e.g. /primitives).
const basePath = process.env.BASE_PATH?.replace(/\/$/, '') || undefined;

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath ?? '' },
  // page.test-only.tsx files (/lab/, /size-baseline/) exist only in builds made for tests.
  pageExtensions: [
    'ts',
    'tsx',
    'mdx',
    ...(process.env.PRIMITIVES_TEST_PAGES === '1' ? ['test-only.tsx'] : []),
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

// Turbopack needs serializable options, so plugins are named as strings.
const withMDX = createMDX({
  options: {
    // The same parser the content loader uses (lib/content/mdx.ts); the citation numbers come
    // from this tree.
    remarkPlugins: [
      'remark-frontmatter',
      'remark-gfm',
      // A project file goes by its absolute path (the loader did not resolve a relative one).
      path.resolve('lib/content/remark-citations.mjs'),
    ],
    rehypePlugins: [
      'rehype-slug',
      [
        'rehype-autolink-headings',
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'], ariaHidden: true, tabIndex: -1 },
          content: { type: 'text', value: '#' },
        },
      ],
    ],
  },
});

export default withMDX(nextConfig);
