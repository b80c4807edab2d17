// Writes the self-hosted fonts into public/fonts: fontsource's Latin variable files from npm,
// cut down to the characters and the weight range the site uses (lib/site/font-subset.ts).
// Nothing is downloaded: harfbuzz runs from npm as WebAssembly.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { fontWeights, keptText } from '../lib/site/font-subset';

export const fontFiles = [
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  '@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2',
];

async function main() {
  const dest = path.resolve('public/fonts');
  fs.mkdirSync(dest, { recursive: true });
  const text = keptText();
  // The cut depends only on the source files and what is kept: skip it when neither changed.
  const stamp = path.join(dest, '.subset');
  const key = createHash('sha256')
    .update(JSON.stringify({ text, fontWeights }))
    .update(Buffer.concat(fontFiles.map((f) => fs.readFileSync(path.resolve('node_modules', f)))))
    .digest('hex');
  const done = fontFiles.every((f) => fs.existsSync(path.join(dest, path.basename(f))));
  if (done && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === key) {
    console.log('fonts: public/fonts is up to date');
    return;
  }
  let before = 0;
  let after = 0;
  for (const file of fontFiles) {
    const source = fs.readFileSync(path.resolve('node_modules', file));
    const target = path.join(dest, path.basename(file));
    const cut = await subsetFont(source, text, {
      targetFormat: 'woff2',
      variationAxes: { wght: fontWeights },
    });
    fs.writeFileSync(target, cut);
    before += source.length;
    after += cut.length;
  }
  fs.writeFileSync(stamp, key);
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  console.log(
    `fonts: ${fontFiles.length} files subset into public/fonts, ${kb(before)} to ${kb(after)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
