/**
 * Pages and figures made for tests and benchmarks (/lab/, /size-baseline/, test-only figures)
 * are built only when PRIMITIVES_TEST_PAGES=1 (`npm test`, `npm run bench`), and even then
 * scripts/postbuild.mjs moves them out of out/ into out-test/: the user's export holds only
 * the product.
 */
export const withTestPages = process.env.PRIMITIVES_TEST_PAGES === '1';

/** Whether this build exports a figure: test-only ones only in builds made for tests. */
export const isBuilt = (figure: { testOnly?: boolean }) => !figure.testOnly || withTestPages;
