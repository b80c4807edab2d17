'use client';

import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { FigureMeta } from '@/lib/figures/types';
import { fontFaceCss } from '@/lib/site/fonts';
import { loadFigure } from '../figures/load';

export interface ExportOptions {
  meta: FigureMeta;
  step: number;
  theme: 'light' | 'dark';
  transparent: boolean;
}

/** The logical size figures are drawn at for export: labels keep slide-friendly proportions. */
const EXPORT_WIDTH = 1280;

/** Presentation properties copied onto every element, so the SVG needs no stylesheet. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  'color',
];

function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

/** Draws the figure at a step, off screen, in the asked theme, and hands back its live SVG. */
async function renderOffscreen<T>(
  opts: ExportOptions,
  width: number,
  height: number,
  read: (svg: SVGSVGElement, host: HTMLElement) => T | Promise<T>,
): Promise<T> {
  const Fig = (await loadFigure(opts.meta.id)).default;
  const host = document.createElement('div');
  host.dataset.theme = opts.theme;
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;`;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        createElement(Fig, {
          meta: opts.meta,
          step: opts.step,
          width,
          height,
          theme: opts.theme,
          reducedMotion: true,
          mode: 'export',
        }),
      ),
    );
    await document.fonts.ready;
    await nextFrame();
    await nextFrame();
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('The figure drew no SVG');
    return await read(svg, host);
  } finally {
    root.unmount();
    host.remove();
  }
}

function inlineStyles(source: SVGElement, target: SVGElement): void {
  const cs = getComputedStyle(source);
  const decl = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  const own = target.getAttribute('style');
  target.setAttribute('style', own ? `${decl};${own}` : decl);
  target.removeAttribute('class');
  const a = source.children;
  const b = target.children;
  for (let i = 0; i < a.length; i++) inlineStyles(a[i] as SVGElement, b[i] as SVGElement);
}

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

/** The site's @font-face rules with the font files inlined, for the families the SVG uses. */
async function embeddedFonts(svgText: string): Promise<string> {
  const rules = fontFaceCss()
    .split(/(?=@font-face)/)
    .filter((r) => /url\(/.test(r))
    .filter((r) => svgText.includes(/font-family:'([^']+)'/.exec(r)?.[1] ?? '\u0000'));
  const out: string[] = [];
  for (const rule of rules) {
    const url = /url\(([^)]+)\)/.exec(rule)![1];
    out.push(rule.replace(url, await dataUrl(url)));
  }
  return out.join('');
}

/** A self-contained SVG of the figure at a step: styles inlined, fonts embedded, text included. */
export async function figureSvg(opts: ExportOptions, width = EXPORT_WIDTH): Promise<string> {
  const height = Math.round(width / opts.meta.aspect);
  const body = await renderOffscreen(opts, width, height, (svg) => {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    const box = svg.getBoundingClientRect();
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    clone.setAttribute('width', String(Math.round(box.width)));
    clone.setAttribute('height', String(Math.round(box.height)));
    if (!clone.getAttribute('viewBox'))
      clone.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
    const bg = opts.transparent
      ? 'none'
      : getComputedStyle(svg.parentElement!).getPropertyValue('--paper');
    return { clone, bg, w: box.width, h: box.height };
  });
  const s = opts.meta.steps[opts.step];
  const { clone, bg, w, h } = body;
  const ns = 'http://www.w3.org/2000/svg';
  const title = document.createElementNS(ns, 'title');
  title.textContent = `${opts.meta.title}: ${s.title}`;
  const desc = document.createElementNS(ns, 'desc');
  desc.textContent = `${s.caption} (Primitives, step ${opts.step + 1} of ${opts.meta.steps.length})`;
  clone.prepend(title, desc);
  if (bg !== 'none') {
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('width', String(w));
    rect.setAttribute('height', String(h));
    rect.setAttribute('fill', bg.trim() || '#fff');
    desc.after(rect);
  }
  let text = new XMLSerializer().serializeToString(clone);
  const fonts = await embeddedFonts(text);
  // Fonts go in as data URLs so the file renders the same on a machine without them.
  if (fonts) text = text.replace('</desc>', `</desc><style><![CDATA[${fonts}]]></style>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const fileName = (o: ExportOptions, ext: string) =>
  `primitives-${o.meta.id}-step${o.step + 1}-${o.transparent ? 'transparent' : o.theme}.${ext}`;

export async function downloadSvg(opts: ExportOptions): Promise<void> {
  save(new Blob([await figureSvg(opts)], { type: 'image/svg+xml' }), fileName(opts, 'svg'));
}

/** A slide-sized PNG: the figure centred with its title above and the step's caption below. */
export async function figurePng(
  opts: ExportOptions & { width: number; height: number },
): Promise<Blob> {
  const svgText = await figureSvg({ ...opts, transparent: true });
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    img.src = url;
    await img.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  const { width: W, height: H } = opts;
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d')!;
  const probe = document.createElement('div');
  probe.dataset.theme = opts.theme;
  document.body.append(probe);
  const css = getComputedStyle(probe);
  const paper = css.getPropertyValue('--paper').trim();
  const ink = css.getPropertyValue('--ink').trim();
  const ink2 = css.getPropertyValue('--ink-2').trim();
  probe.remove();
  if (!opts.transparent) {
    ctx.fillStyle = paper;
    ctx.fillRect(0, 0, W, H);
  }
  const u = W / 1920;
  const pad = 64 * u;
  const s = opts.meta.steps[opts.step];
  ctx.fillStyle = ink;
  ctx.font = `650 ${40 * u}px 'Inter Variable', sans-serif`;
  ctx.fillText(opts.meta.title, pad, pad + 30 * u);
  const top = pad + 70 * u;
  const bottom = H - pad - 90 * u;
  const scale = Math.min((W - 2 * pad) / img.width, (bottom - top) / img.height);
  const w = img.width * scale;
  const h = img.height * scale;
  ctx.drawImage(img, (W - w) / 2, top + (bottom - top - h) / 2, w, h);
  ctx.fillStyle = ink2;
  ctx.font = `400 ${28 * u}px 'Inter Variable', sans-serif`;
  wrap(ctx, `${s.title}. ${s.caption}`, pad, H - pad - 56 * u, W - 2 * pad, 38 * u, 2);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG failed'))), 'image/png'),
  );
}

function wrap(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  lineHeight: number,
  maxLines: number,
): void {
  const words = text.split(/\s+/);
  let line = '';
  let lines = 0;
  for (let i = 0; i < words.length; i++) {
    const test = line ? `${line} ${words[i]}` : words[i];
    if (ctx.measureText(test).width > maxWidth && line) {
      if (lines === maxLines - 1) {
        ctx.fillText(`${line}…`, x, y + lines * lineHeight);
        return;
      }
      ctx.fillText(line, x, y + lines * lineHeight);
      lines++;
      line = words[i];
    } else line = test;
  }
  ctx.fillText(line, x, y + lines * lineHeight);
}

export async function downloadPng(
  opts: ExportOptions & { width: number; height: number },
): Promise<void> {
  save(await figurePng(opts), fileName(opts, 'png').replace('.png', `-${opts.width}.png`));
}
