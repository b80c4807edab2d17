// Runs inside Chromium (page.evaluate), so it may use only the DOM and what it defines itself.
//
// A figure's SVG in the export is styled by the site's stylesheet (classes, custom properties,
// the theme). An SVG file in an EPUB is opened on its own by the reader, often as an <img>, where
// none of that exists, and Kobo's Adobe engine reads only SVG 1.1 presentation attributes. So
// each element gets the styles Chromium computed for it, as attributes, written only where they
// differ from what the element inherits; classes, inline styles and ARIA go.

export interface BakedSvg {
  svg: string;
  width: number;
  height: number;
}

export function bakeSvg(source: SVGSVGElement, background: string): BakedSvg {
  const inherited = [
    'fill',
    'fill-opacity',
    'fill-rule',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-dasharray',
    'stroke-dashoffset',
    'stroke-linecap',
    'stroke-linejoin',
    'stroke-miterlimit',
    'font-family',
    'font-size',
    'font-weight',
    'font-style',
    'text-anchor',
    'dominant-baseline',
    'letter-spacing',
  ];
  const own = ['opacity', 'clip-path', 'mask', 'text-decoration-line'];
  const initial: Record<string, string> = {
    fill: '#000000',
    'fill-opacity': '1',
    'fill-rule': 'nonzero',
    stroke: 'none',
    'stroke-width': '1',
    'stroke-opacity': '1',
    'stroke-dasharray': 'none',
    'stroke-dashoffset': '0',
    'stroke-linecap': 'butt',
    'stroke-linejoin': 'miter',
    'stroke-miterlimit': '4',
    'font-weight': '400',
    'font-style': 'normal',
    'text-anchor': 'start',
    'dominant-baseline': 'auto',
    'letter-spacing': 'normal',
    opacity: '1',
    'clip-path': 'none',
    mask: 'none',
    'text-decoration-line': 'none',
  };
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  // Any CSS colour (oklch, color-mix, color(srgb …), rgb with alpha) as #rrggbb plus an alpha,
  // read back from a painted pixel: SVG 1.1 readers know hex colours, not CSS Color 4.
  const color = (value: string): [string, number] | null => {
    if (value === 'none' || value.startsWith('url(')) return null;
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = value;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    const hex = [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
    return [`#${hex}`, Math.round((a / 255) * 1000) / 1000];
  };
  const number = (v: string) => v.replace(/(\d)px\b/g, '$1');
  // The site's metric-adjusted local fallbacks do not exist outside its stylesheet.
  const family = (v: string) =>
    v
      .split(',')
      .map((f) => f.trim())
      .filter((f) => !/Fallback/.test(f))
      .join(', ');

  /** The computed presentation of one element, as attribute values. */
  const read = (el: Element): Map<string, string> => {
    const cs = getComputedStyle(el);
    const out = new Map<string, string>();
    for (const p of [...inherited, ...own]) {
      let v = cs.getPropertyValue(p).trim();
      if (p === 'fill' || p === 'stroke') {
        const c = color(v);
        if (c) {
          v = c[0];
          const opacity = `${p}-opacity`;
          const a = Number(cs.getPropertyValue(opacity)) * c[1];
          out.set(opacity, String(Math.round(a * 1000) / 1000));
        } else v = v.replace(/url\("?(#[^")]+)"?\)/, 'url($1)');
      }
      if (p.endsWith('-opacity') && out.has(p)) continue;
      if (p === 'font-family') v = family(v);
      // SVG 1.1 knows the nine hundreds only; a variable weight such as 650 rounds to one.
      if (p === 'font-weight')
        v = String(Math.min(900, Math.max(100, Math.round(Number(v) / 100) * 100)));
      if (p === 'clip-path' || p === 'mask') v = v.replace(/url\("?(#[^")]+)"?\)/, 'url($1)');
      out.set(p, number(v));
    }
    return out;
  };

  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')] as Element[];
  const computed = new Map<Element, Map<string, string>>();
  const removed: Element[] = [];
  const halos: Element[] = [];
  originals.forEach((el, i) => {
    const copy = copies[i];
    const cs = getComputedStyle(el);
    const hiddenEl =
      cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0;
    if (hiddenEl && el !== source) {
      removed.push(copy);
      return;
    }
    const mine = read(el);
    computed.set(el, mine);
    const parent = el === source ? null : computed.get(el.parentElement!);
    for (const name of [...copy.attributes].map((a) => a.name)) {
      if (
        name === 'class' ||
        name === 'style' ||
        name === 'role' ||
        name === 'tabindex' ||
        name === 'focusable' ||
        name.startsWith('data-') ||
        name.startsWith('aria-') ||
        inherited.includes(name) ||
        own.includes(name)
      )
        copy.removeAttribute(name);
    }
    for (const [p, v] of mine) {
      const base = own.includes(p) || !parent ? initial[p] : parent.get(p);
      if (v !== base || (!parent && (p === 'font-family' || p === 'font-size'))) {
        copy.setAttribute(p, v);
      }
    }
    // paint-order (a halo drawn under text) is SVG 2; SVG 1.1 gets the stroke as a copy beneath.
    if (cs.paintOrder.startsWith('stroke') && mine.get('stroke') !== 'none' && el !== source) {
      halos.push(copy);
    }
    const t = cs.transform;
    // (A pattern's computed transform is its patternTransform, which stays as it is.)
    const transformable =
      /^(g|path|rect|circle|ellipse|line|polyline|polygon|text|use|image|clipPath)$/;
    if (t !== 'none' && !el.hasAttribute('transform') && transformable.test(el.tagName)) {
      // A transform set by CSS rather than by the attribute (with its origin folded in).
      const [ox, oy] = cs.transformOrigin.split(' ').map((v) => parseFloat(v));
      const m = new DOMMatrix().translate(ox, oy).multiply(new DOMMatrix(t)).translate(-ox, -oy);
      copy.setAttribute('transform', `matrix(${[m.a, m.b, m.c, m.d, m.e, m.f].join(' ')})`);
    }
  });
  for (const el of removed) el.remove();
  for (const el of halos) {
    if (!clone.contains(el)) continue;
    const under = el.cloneNode(true) as Element;
    under.setAttribute('fill', 'none');
    under.removeAttribute('id');
    el.setAttribute('stroke', 'none');
    el.parentNode!.insertBefore(under, el);
  }

  const box = source.viewBox.baseVal;
  const width = box && box.width ? box.width : source.width.baseVal.value;
  const height = box && box.height ? box.height : source.height.baseVal.value;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('version', '1.1');
  // The figure keeps its own page colour, so it stays legible under a dark reader theme.
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('x', String(box?.x ?? 0));
  bg.setAttribute('y', String(box?.y ?? 0));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', color(background)?.[0] ?? '#ffffff');
  clone.insertBefore(bg, clone.firstChild);
  return { svg: new XMLSerializer().serializeToString(clone), width, height };
}
