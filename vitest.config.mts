import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts', 'content/**/*.test.ts'],
    environment: 'node',
    // Content tests parse every chapter into a syntax tree; a loaded shared machine is slow.
    testTimeout: 30_000,
  },
});
