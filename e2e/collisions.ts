/**
 * Runs in the page (passed to page.evaluate, so it must be self-contained): measures every piece
 * of text and every painted SVG shape inside `rootSelector` and lists
 * - two pieces of text whose boxes overlap,
 * - text crossed by a stroke (a line, an outline, an arrow) it does not belong to,
 * - text half on and half off a filled shape (a bar or an area running through a label; text
 *   wholly inside a shape is a label on that shape, which is fine),
 * - text that runs outside the root or the window.
 * A shape and a label belong together when they share an ancestor marked `data-label-group`; a
 * shape marked `data-collide="none"` (a background, a hit area) is never a collision.
 */
export function findCollisions(rootSelector: string): string[] {
  const root = document.querySelector(rootSelector);
  if (!root) return [`no element matches ${rootSelector}`];
  const TOL = 1.5;
  const problems: string[] = [];
  const rootBox = root.getBoundingClientRect();
  const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };

  const visible = (el: Element) =>
    el.checkVisibility({
      opacityProperty: true,
      visibilityProperty: true,
    } as CheckVisibilityOptions);
  const name = (t: string) => `"${t.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const groupOf = (el: Element) => el.closest('[data-label-group]');

  // Text: each SVG <text> as one unit; each line box of each HTML text node as another.
  interface Piece {
    el: Element;
    text: string;
    box: DOMRect;
  }
  const pieces: Piece[] = [];
  for (const el of root.querySelectorAll('svg text')) {
    const text = el.textContent ?? '';
    if (!text.trim() || !visible(el)) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 1 && box.height > 1) pieces.push({ el, text, box });
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg') || !node.textContent?.trim() || !visible(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      // Visually hidden text (screen-reader only) is clipped to a pixel.
      if (box.width > 2 && box.height > 2) pieces.push({ el: parent, text: node.textContent, box });
    }
  }

  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOL &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOL;

  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i];
    for (let j = i + 1; j < pieces.length; j++) {
      const b = pieces[j];
      if (a.el === b.el && a.text === b.text) continue;
      if (a.el.contains(b.el) || b.el.contains(a.el)) {
        if (a.el.closest('svg')) continue; // tspans inside one <text>
      }
      if (overlap(a.box, b.box)) problems.push(`${name(a.text)} overlaps ${name(b.text)}`);
    }
    const out = (r: { left: number; top: number; right: number; bottom: number }) =>
      a.box.left < r.left - TOL ||
      a.box.top < r.top - TOL ||
      a.box.right > r.right + TOL ||
      a.box.bottom > r.bottom + TOL;
    if (out(rootBox) || out(view)) problems.push(`${name(a.text)} runs outside the figure`);
  }

  // Shapes: where a stroke or a fill is painted.
  const painted = (value: string) =>
    value !== 'none' && !/rgba\([^)]*,\s*0\)|transparent/.test(value);
  const shapes = [
    ...root.querySelectorAll<SVGGeometryElement>(
      'svg rect, svg circle, svg ellipse, svg line, svg polyline, svg polygon, svg path',
    ),
  ]
    .filter(
      (s) =>
        visible(s) &&
        !s.closest('[data-collide="none"]') &&
        !s.closest('defs, clipPath, mask, marker, pattern'),
    )
    .map((s) => {
      const cs = getComputedStyle(s);
      return {
        s,
        stroke:
          painted(cs.stroke) && parseFloat(cs.strokeWidth) > 0 && parseFloat(cs.strokeOpacity) > 0,
        fill: painted(cs.fill) && parseFloat(cs.fillOpacity) > 0,
        box: s.getBoundingClientRect(),
      };
    })
    .filter((x) => x.stroke || x.fill);

  for (const p of pieces) {
    // Sample the middle of the text (not its ascender and descender space), a few points wide.
    const xs = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => p.box.left + 2 + (p.box.width - 4) * f);
    const ys = [0.35, 0.5, 0.65].map((f) => p.box.top + p.box.height * f);
    for (const { s, stroke, fill, box } of shapes) {
      if (!overlap(p.box, box)) continue;
      const g = groupOf(s);
      if (g && g === groupOf(p.el)) continue;
      const ctm = s.getScreenCTM();
      if (!ctm) continue;
      const inv = ctm.inverse();
      let crossed = false;
      let inside = 0;
      let total = 0;
      for (const x of xs)
        for (const y of ys) {
          const pt = new DOMPoint(x, y).matrixTransform(inv);
          total++;
          if (stroke && s.isPointInStroke(pt)) crossed = true;
          if (fill && s.isPointInFill(pt)) inside++;
        }
      const what = `<${s.tagName}${s.getAttribute('class') ? ` class="${s.getAttribute('class')}"` : ''}>`;
      if (crossed) problems.push(`${name(p.text)} is crossed by ${what}`);
      else if (inside > 0 && inside < total) problems.push(`${name(p.text)} is half over ${what}`);
    }
  }
  return [...new Set(problems)];
}
