import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs build script
import { chooseChromium } from './chromium.mjs';

const on =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);
const never = () => {
  throw new Error('Playwright was asked although a Chromium was found');
};

describe('which Chromium the tests use', () => {
  it("takes Debian's chromium before Playwright's own browser", () => {
    expect(chooseChromium({ env: {}, exists: on('/usr/bin/chromium'), playwrightOwn: never })).toBe(
      '/usr/bin/chromium',
    );
  });

  it('takes CHROME_PATH before anything else', () => {
    const exists = on('/opt/chrome', '/usr/bin/chromium');
    expect(
      chooseChromium({ env: { CHROME_PATH: '/opt/chrome' }, exists, playwrightOwn: never }),
    ).toBe('/opt/chrome');
  });

  it("falls back to Playwright's own browser only when it is installed, never to a download", () => {
    expect(chooseChromium({ env: {}, exists: on(), playwrightOwn: () => true })).toBeUndefined();
    expect(chooseChromium({ env: {}, exists: on(), playwrightOwn: () => false })).toBeNull();
  });
});
