// Copies the Latin subsets of our variable fonts from npm into public/fonts, so the site serves
// them itself (no font CDN) and only the files we use ship.
import fs from 'node:fs';
import path from 'node:path';

export const fontFiles = [
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  '@fontsource-variable/jetbrains-mono/files/jetbrains-mono-latin-wght-normal.woff2',
];

const dest = path.resolve('public/fonts');
fs.mkdirSync(dest, { recursive: true });
for (const file of fontFiles) {
  fs.copyFileSync(path.resolve('node_modules', file), path.join(dest, path.basename(file)));
}
console.log(`fonts: copied ${fontFiles.length} files to public/fonts`);
