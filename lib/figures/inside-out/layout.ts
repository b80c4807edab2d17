import {
  fitText,
  makeLabel,
  wrapToWidth,
  type Label as GenericLabel,
  type Weight,
} from '../measure';
import { arrowInto, tagKicker, type InsideOutData, type StackLayer, type StackTag } from './model';

/**
 * Where everything in the inside-out figure goes: the stack in the middle (models on top, chips at
 * the bottom), Amazon's side on the left, customers and partners on the right, an arrow between
 * each tag and its layer, and a line from a layer down to the one it runs on. Pure numbers.
 */

export type Tone = 'ink' | 'muted' | 'aws' | 'amazon' | 'customers';
export type Label = GenericLabel<Tone>;

export type LayerState = 'future' | 'built' | 'current';

export interface PlacedTag {
  side: 'inside' | 'outside';
  kind: StackTag['kind'];
  x: number;
  y: number;
  w: number;
  h: number;
  /** Stressed in the last step, where the figure asks what Amazon itself used. */
  stressed: boolean;
  labels: Label[];
  /** From x1 to x2 at height y, the head at x2. */
  arrow: { x1: number; x2: number; y: number } | null;
}

export interface PlacedLink {
  /** A path from the tag down to the layer it runs on, as points; the head at the last. */
  points: [number, number][];
  label: Label | null;
}

export interface PlacedLayer {
  id: string;
  state: LayerState;
  x: number;
  y: number;
  w: number;
  h: number;
  labels: Label[];
  tags: PlacedTag[];
  link: PlacedLink | null;
}

export interface InsideOutLayout {
  width: number;
  height: number;
  fs: number;
  narrow: boolean;
  headers: Label[];
  layers: PlacedLayer[];
}

export function stepCount(data: InsideOutData): number {
  return data.layers.length + 1;
}

export function fontSize(width: number, big = false): number {
  if (width < 600) return width < 360 ? 12 : 13;
  const fs = Math.max(13, Math.min(19, width / 58));
  return Math.round(big ? Math.min(21, fs * 1.1) : fs);
}

/** A layer at a 0-based step: not yet there, there, or the one this step adds. */
export function layerState(layer: StackLayer, step: number): LayerState {
  if (layer.step > step + 1) return 'future';
  return layer.step === step + 1 ? 'current' : 'built';
}

function label(
  x: number,
  y: number,
  text: string,
  size: number,
  weight: Weight = 'regular',
  tone: Tone = 'ink',
  anchor: Label['anchor'] = 'start',
): Label {
  return makeLabel(x, y, text, size, weight, tone, anchor);
}

/** Lines of text set from `top`, each `lead` apart, as labels. */
function lines(
  texts: string[],
  x: number,
  top: number,
  size: number,
  lead: number,
  weight: Weight,
  tone: Tone,
  anchor: Label['anchor'] = 'start',
): Label[] {
  return texts.map((t, i) => label(x, top + size * 0.8 + i * lead, t, size, weight, tone, anchor));
}

export function layoutInsideOut(
  data: InsideOutData,
  width: number,
  height: number,
  step: number,
  big = false,
): InsideOutLayout {
  const narrow = width < 600;
  const fs = fontSize(width, big);
  const small = Math.round(fs * (narrow ? 0.88 : 0.86) * 10) / 10;
  const lead = small * 1.22;
  const pad = Math.round(fs * (narrow ? 0.8 : 1));
  const last = step >= data.layers.length;

  // Columns: Amazon's side, a gutter, the stack, a gutter, the outside, and a strip on the far
  // right for the line from the top layer down to the chips.
  const strip = fs * (narrow ? 0.9 : 1.3);
  const gutter = fs * (narrow ? 1.1 : 2.2);
  const avail = width - 2 * pad - strip - 2 * gutter;
  const sideW = Math.floor(avail * (narrow ? 0.31 : 0.27));
  const bandW = avail - 2 * sideW;
  const leftX = pad;
  const bandX = leftX + sideW + gutter;
  const rightX = bandX + bandW + gutter;
  const stripX = rightX + sideW + strip / 2;

  const headY = pad + fs * 0.85;
  const headers: Label[] = [
    label(
      leftX,
      headY,
      fitText(['Inside Amazon', 'Amazon'], sideW, fs, 'bold'),
      fs,
      'bold',
      'amazon',
    ),
    label(
      bandX + bandW / 2,
      headY,
      fitText(['AWS’s stack, end of 2024', 'The stack, 2024', 'Stack'], bandW, fs, 'bold'),
      fs,
      'bold',
      'aws',
      'middle',
    ),
    label(
      rightX,
      headY,
      fitText(['Customers, partners', 'Outside'], sideW, fs, 'bold'),
      fs,
      'bold',
      'customers',
    ),
  ];

  const top = headY + fs * 0.75;
  const bottom = height - pad;
  const n = data.layers.length;
  const gap = fs * (narrow ? 0.55 : 0.6);
  const rowH = (bottom - top + gap) / n;
  const bandH = rowH - gap;
  const inset = fs * 0.55;

  const placed: PlacedLayer[] = data.layers.map((layer, i) => {
    const state = last ? 'built' : layerState(layer, step);
    const y = top + i * rowH;
    const cy = y + bandH / 2;
    const inner = bandW - 2 * inset;

    // The band: its name, then what went on sale when: the long forms if they fit, else the
    // short ones a line each, else the short ones run together (every product always shown).
    const name = wrapToWidth(layer.name, inner, fs, 'bold');
    const fits = (ls: string[]) => name.length * fs * 1.2 + ls.length * lead + inset * 1.8 <= bandH;
    const long = layer.products.flatMap((p) => wrapToWidth(p.text, inner, small));
    const short = layer.products.flatMap((p) => wrapToWidth(p.short, inner, small));
    const joined = wrapToWidth(layer.products.map((p) => p.short).join(' · '), inner, small);
    const products =
      state === 'future'
        ? []
        : ([long, short].find((ls) => fits(ls) && (ls !== long || !narrow)) ?? joined);
    const blockH = name.length * fs * 1.2 + products.length * lead - (lead - small);
    const textTop = cy - blockH / 2 - fs * 0.05;
    const labels: Label[] = [
      ...lines(
        name,
        bandX + inset,
        textTop,
        fs,
        fs * 1.2,
        'bold',
        state === 'future' ? 'muted' : 'ink',
      ),
      ...lines(
        products,
        bandX + inset,
        textTop + name.length * fs * 1.2,
        small,
        lead,
        'regular',
        'aws',
      ),
    ];

    const tags: PlacedTag[] = [];
    let link: PlacedLink | null = null;
    if (state !== 'future') {
      for (const tag of layer.tags) {
        const x = tag.side === 'inside' ? leftX : rightX;
        const tin = fs * 0.45;
        const kicker = tagKicker(tag, data.layers);
        const textW = sideW - 2 * tin;
        const tone: Tone = tag.side === 'inside' ? 'amazon' : 'customers';
        const room = bandH - 2 * tin - small * 2.4;
        const longLines = wrapToWidth(tag.text, textW, small);
        const shortLines = wrapToWidth(tag.short, textW, small);
        const body = longLines.length * lead <= room ? longLines : shortLines;
        const ks = small * 0.92;
        const kick = wrapToWidth(kicker, textW, ks, 'bold');
        const kickH = kick.length * ks * 1.15 + ks * 0.2;
        const h = Math.min(bandH, 2 * tin + kickH + body.length * lead - (lead - small));
        const ty = cy - h / 2;
        const tagLabels = [
          ...lines(kick, x + tin, ty + tin, ks, ks * 1.15, 'bold', tone),
          ...lines(body, x + tin, ty + tin + kickH, small, lead, 'regular', 'ink'),
        ];
        const into = arrowInto(tag);
        const edgeTag = tag.side === 'inside' ? x + sideW : x;
        const edgeBand = tag.side === 'inside' ? bandX : bandX + bandW;
        const arrow =
          tag.kind === 'runs-on'
            ? null
            : into
              ? { x1: edgeTag, x2: edgeBand, y: cy }
              : { x1: edgeBand, x2: edgeTag, y: cy };
        tags.push({
          side: tag.side,
          kind: tag.kind,
          x,
          y: ty,
          w: sideW,
          h,
          stressed: last && tag.side === 'inside',
          labels: tagLabels,
          arrow,
        });
        if (tag.link) {
          const to = data.layers.findIndex((l) => l.id === tag.link);
          const toCy = top + to * rowH + bandH / 2;
          const points: [number, number][] = [
            [x + sideW, cy],
            [stripX, cy],
            [stripX, toCy],
            [bandX + bandW, toCy],
          ];
          const text = tag.linkText
            ? fitText(
                [tag.linkText, tag.linkText.replace(/, .*$/, '')],
                sideW + gutter - fs * 0.5,
                small,
              )
            : '';
          link = {
            points,
            label: text
              ? label(rightX, toCy - small * 0.55, text, small, 'regular', 'customers')
              : null,
          };
        }
      }
    }
    return { id: layer.id, state, x: bandX, y, w: bandW, h: bandH, labels, tags, link };
  });

  return { width, height, fs, narrow, headers, layers: placed };
}

/** Every label, for the tests. */
export function allLabels(l: InsideOutLayout): Label[] {
  return [
    ...l.headers,
    ...l.layers.flatMap((x) => [
      ...x.labels,
      ...x.tags.flatMap((t) => t.labels),
      ...(x.link?.label ? [x.link.label] : []),
    ]),
  ];
}
