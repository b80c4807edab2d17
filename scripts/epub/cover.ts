// The cover, drawn from the site's own look: its paper and ink, its two typefaces, and the six
// lane colours of every figure stacked as building blocks on one long platform, which is the
// book's argument in a picture. Rendered to a 1600×2400 PNG by render.ts.
import { escapeText } from './xhtml';

const paper = '#fbf8f2';
const ink = '#1f1d1a';
const ink3 = '#6b665d';
const rule = '#d9d1c1';
/** The lane colours, in the order of the site's legend (lib/content tokens, light theme). */
const lanes = ['#d55e00', '#0072b2', '#cc79a7', '#009e73', '#e69f00', '#56b4e9'];

/** Blocks of varied widths on three rows, each in a lane colour, over the platform bar. */
function blocks(): string {
  const rows = [
    [2, 1, 3, 1, 2, 1],
    [1, 2, 1, 2, 3],
    [3, 1, 2, 2],
  ];
  const unit = 52;
  const gap = 10;
  const height = 46;
  let svg = '';
  rows.forEach((row, r) => {
    let x = 0;
    const width = row.reduce((s, w) => s + w * unit + gap, -gap);
    const left = (640 - width) / 2;
    row.forEach((w, i) => {
      const fill = lanes[(i * 2 + r) % lanes.length];
      const y = 240 - (r + 1) * (height + gap);
      svg += `<rect x="${left + x}" y="${y}" width="${w * unit}" height="${height}" rx="6" fill="${fill}"/>`;
      x += w * unit + gap;
    });
  });
  svg += `<rect x="0" y="240" width="640" height="22" rx="6" fill="${ink}"/>`;
  return `<svg viewBox="0 0 640 262" width="640" height="262" xmlns="http://www.w3.org/2000/svg">${svg}</svg>`;
}

export function coverHtml({
  title,
  kicker,
  promise,
  site,
  fontUrl,
}: {
  title: string;
  kicker: string;
  promise: string;
  site: string;
  fontUrl: (file: string) => string;
}): string {
  return `<!DOCTYPE html><html><head><style>
@font-face{font-family:'Cover Serif';font-weight:400 700;src:url(${fontUrl('source-serif-4-latin-wght-normal.woff2')})}
@font-face{font-family:'Cover Sans';font-weight:400 700;src:url(${fontUrl('inter-latin-wght-normal.woff2')})}
html,body{margin:0;width:800px;height:1200px;background:${paper};color:${ink}}
body{box-sizing:border-box;padding:92px 80px 72px;display:flex;flex-direction:column}
.kicker{font:600 19px/1.3 'Cover Sans';letter-spacing:.14em;text-transform:uppercase;color:${ink3};margin:0}
h1{font:650 150px/0.95 'Cover Serif';letter-spacing:-.03em;margin:36px 0 40px}
.promise{font:400 33px/1.4 'Cover Serif';margin:0;max-width:620px}
.art{margin-top:auto;margin-bottom:64px}
.foot{border-top:2px solid ${rule};padding-top:22px;display:flex;justify-content:space-between;font:500 19px 'Cover Sans';color:${ink3}}
</style></head><body>
<p class="kicker">${escapeText(kicker)}</p>
<h1>${escapeText(title)}</h1>
<p class="promise">${escapeText(promise)}</p>
<div class="art">${blocks()}</div>
<div class="foot"><span>Every fact cited</span><span>${escapeText(site)}</span></div>
</body></html>`;
}
