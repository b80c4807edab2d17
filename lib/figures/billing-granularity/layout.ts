import {
  fitText,
  labelBox,
  makeLabel,
  textWidth,
  type Label as GenericLabel,
  type Weight,
} from '../measure';
import {
  billedMs,
  byDate,
  dateLabel,
  durationLabel,
  monthYear,
  rungs,
  shortDuration,
  type BillingData,
  type BillingJob,
  type BillingRule,
} from './model';

/**
 * Where everything in the billing-granularity figure goes, for one size and step: a ladder of
 * the lengths AWS billed by (each bar the first sliver of the bar above, magnified), and below it
 * what one short job was billed. Pure numbers, so the placement is unit-tested.
 */

export type Tone = 'ink' | 'muted' | 'aws' | 'money';
export type Label = GenericLabel<Tone>;
export { labelBox };

export type RungState = 'sale' | 'future' | 'retired';

export interface PlacedRung {
  ms: number;
  state: RungState;
  /** The rule behind the rung was the one announced at this step. */
  current: boolean;
  x0: number;
  x1: number;
  y: number;
  h: number;
  labels: Label[];
}

export interface Lens {
  /** Polygon from the sliver of one bar to the whole of the next. */
  points: [number, number][];
  /** The sliver drawn darker on the upper bar. */
  slice: { x: number; y: number; w: number; h: number };
}

export interface PlacedJob {
  id: string;
  active: boolean;
  x: number;
  y: number;
  w: number;
  barY: number;
  barH: number;
  /** Widths in px on the bar's scale (the first rule's bill fills the bar). */
  used: number;
  billed: number;
  /** Outline of the earlier, larger bill once a finer rule applies. */
  ghost: number | null;
  labels: Label[];
}

export interface BillingLayout {
  /** The last step, about money: the ladder steps back. */
  cost: boolean;
  width: number;
  height: number;
  fs: number;
  narrow: boolean;
  headers: Label[];
  rungs: PlacedRung[];
  lenses: Lens[];
  zoomLabels: Label[];
  jobs: PlacedJob[];
}

/** Steps: one per rule in the order they arrived, then the cost of rounding. */
export function stepCount(data: BillingData): number {
  return data.rules.length + 1;
}

/** The date a step stands at: the day its rule took effect (the last step keeps the last). */
export function stepDate(data: BillingData, step: number): string {
  const rules = byDate(data.rules);
  return rules[Math.min(step, rules.length - 1)].from;
}

export function ruleState(rule: BillingRule, date: string): RungState {
  if (rule.from > date) return 'future';
  if (rule.until && rule.until <= date) return 'retired';
  return 'sale';
}

/** The rule a job is billed by at `date`: the later of its two once that has arrived. */
export function jobRule(data: BillingData, job: BillingJob, date: string): BillingRule | null {
  const [a, b] = job.rules.map((id) => data.rules.find((r) => r.id === id)!);
  if (b.from <= date) return b;
  if (a.from <= date) return a;
  return null;
}

const group = (n: number) => n.toLocaleString('en-US');

export function fontSize(width: number, big = false): number {
  if (width < 600) return width < 360 ? 12 : 13;
  const fs = Math.max(13, Math.min(19, width / 56));
  return Math.round(big ? Math.min(21, fs * 1.1) : fs);
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

function rungTag(
  data: BillingData,
  rule: BillingRule,
  role: 'unit' | 'minimum',
  state: RungState,
  date: string,
): string[] {
  const name = role === 'minimum' ? (rule.minimumName ?? `${rule.name} minimum`) : rule.name;
  if (state === 'retired') {
    const end = rule.until ? rule.until.slice(0, 4) : '';
    return [`${name}, ${rule.from.slice(0, 4)}–${end}`];
  }
  // Who kept the rule once a finer one for the same product had arrived.
  const superseded = data.rules.some(
    (r) => r.product === rule.product && r.from > rule.from && r.from <= date,
  );
  const full = `${name}, ${dateLabel(rule.from)}`;
  const year = `${name}, ${rule.from.slice(0, 4)}`;
  return superseded && rule.still
    ? [`${full}; still ${rule.still}`, `${year}; still ${rule.still}`, year]
    : [full, `${name}, ${monthYear(rule.from)}`, year];
}

export function layoutBilling(
  data: BillingData,
  width: number,
  height: number,
  step: number,
  big = false,
): BillingLayout {
  const narrow = width < 600;
  const fs = fontSize(width, big);
  const small = Math.round(fs * 0.86 * 10) / 10;
  const pad = Math.round(fs * (narrow ? 0.9 : 1.1));
  const date = stepDate(data, step);
  const costStep = step >= data.rules.length;
  const currentRule = costStep ? null : byDate(data.rules)[step];

  // Jobs panel at the bottom: blocks side by side on wide screens, stacked on phones.
  const blockH = fs * 4.1;
  const jobsHeadH = fs * 1.4;
  const blocksH = narrow ? blockH * 2 + fs * 0.6 : blockH;
  const jobsTop = height - pad - blocksH - jobsHeadH;

  const headers: Label[] = [];
  const headY = pad + fs * 0.85;
  headers.push(label(pad, headY, 'The smallest unit billed', fs, 'bold'));
  const headRest = fitText(
    [' · each bar magnifies the start of the bar above', ' · each bar magnifies the one above', ''],
    width - 2 * pad - headers[0].width,
    small,
  );
  if (headRest)
    headers.push(label(pad + headers[0].width, headY, headRest, small, 'regular', 'muted'));
  headers.push(label(pad, jobsTop + fs * 0.85, 'What one short job was billed', fs, 'bold'));

  // The ladder.
  const all = rungs(data.rules);
  const top = headY + fs * 0.9;
  const bottom = jobsTop - fs * 0.9;
  const railH = Math.round(fs * (narrow ? 0.85 : 0.95));
  const lineH = fs * 1.2;
  // Per row: two lines of label beside the bar (wide) or above it (narrow).
  const rowBlock = narrow ? lineH * 2 + railH + fs * 0.2 : Math.max(lineH * 2, railH);
  const pitch = (bottom - top - rowBlock) / (all.length - 1);

  const rows = all.map((r, i) => {
    const state = ruleState(r.rule, date);
    const sizeText = durationLabel(r.ms);
    const rest =
      i === 0
        ? ` · ${group(r.ms)} ms`
        : ` · 1/${group(r.ofTop)} of the ${durationLabel(all[0].ms).replace(/^1 /, '')}`;
    return { r, i, state, sizeText, rest, tags: rungTag(data, r.rule, r.role, state, date) };
  });

  // Wide: a label column as wide as its longest line; the bars take the rest.
  let labelW = 0;
  if (!narrow) {
    for (const row of rows) {
      labelW = Math.max(
        labelW,
        textWidth(row.sizeText, fs, 'bold') + textWidth(row.rest, small),
        textWidth(row.tags[row.tags.length - 1], small),
      );
    }
    labelW = Math.min(labelW + fs * 0.8, width * 0.4);
  }
  const x0 = narrow ? pad : pad + labelW;
  const x1 = width - pad;
  const colW = narrow ? x1 - x0 : labelW - fs * 0.8;

  const placed: PlacedRung[] = rows.map(({ r, i, state, sizeText, rest, tags }) => {
    const blockTop = top + i * pitch;
    const y = narrow ? blockTop + lineH * 2 + fs * 0.2 : blockTop + (rowBlock - railH) / 2;
    const line1 = narrow ? blockTop + fs * 0.9 : y + railH / 2 - fs * 0.15;
    const line2 = line1 + lineH;
    const labels: Label[] = [];
    const head = label(pad, line1, sizeText, fs, 'bold', state === 'future' ? 'muted' : 'ink');
    labels.push(head);
    // Narrow rows keep room on the right of line 1 for the zoom factor.
    const zoomRoom = narrow && r.zoom ? textWidth(`×${group(r.zoom)}`, fs, 'bold') + fs : 0;
    const restText = fitText(
      [rest, rest.split(' of the')[0], ''],
      colW - head.width - zoomRoom,
      small,
    );
    if (restText) labels.push(label(pad + head.width, line1, restText, small, 'regular', 'muted'));
    if (state !== 'future') {
      const tag = fitText(tags, colW, small);
      labels.push(label(pad, line2, tag, small, 'regular', state === 'sale' ? 'aws' : 'muted'));
    }
    return {
      ms: r.ms,
      state,
      current: !!currentRule && r.rule.id === currentRule.id,
      x0,
      x1,
      y,
      h: railH,
      labels,
    };
  });

  const lenses: Lens[] = [];
  const zoomLabels: Label[] = [];
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i];
    const b = placed[i + 1];
    const zoom = all[i + 1].zoom!;
    const s = Math.max(1, (x1 - x0) / zoom);
    lenses.push({
      points: [
        [x0, a.y + a.h],
        [x0 + s, a.y + a.h],
        [x1, b.y],
        [x0, b.y],
      ],
      slice: { x: x0, y: a.y, w: s, h: a.h },
    });
    const z = `×${group(zoom)}`;
    if (narrow) {
      // On the next row's first line, at the right.
      zoomLabels.push(label(x1, b.labels[0].y, z, fs, 'bold', 'ink', 'end'));
    } else {
      const mid = (a.y + a.h + b.y) / 2 + fs * 0.35;
      const words =
        i === 0 ? `: its first ${durationLabel(all[1].ms).replace(/^1 /, '')}, magnified` : '';
      const text = fitText([`${z}${words}`, z], (x1 - x0) * 0.6, fs, 'bold');
      zoomLabels.push(label(x0 + fs * 0.5, mid, text, fs, 'bold'));
    }
  }

  // The jobs.
  const blockW = narrow ? width - 2 * pad : (width - 2 * pad - fs * 2) / 2;
  const jobs: PlacedJob[] = data.jobs.map((job, j) => {
    const bx = narrow ? pad : pad + j * (blockW + fs * 2);
    const by = jobsTop + jobsHeadH + (narrow ? j * (blockH + fs * 0.6) : 0);
    const [first, second] = job.rules.map((id) => data.rules.find((r) => r.id === id)!);
    const full = billedMs(job.usedMs, first);
    const rule = jobRule(data, job, date);
    const scale = (ms: number) => (ms / full) * blockW;
    const barY = by + fs * 1.25;
    const barH = Math.round(fs * 1.25);
    const labels: Label[] = [];
    const title = job.illustrative ? `${job.label} (an example)` : job.label;
    labels.push(
      label(
        bx,
        by + small * 0.85,
        fitText([title, job.label], blockW, small, 'bold'),
        small,
        'bold',
        rule ? 'ink' : 'muted',
      ),
    );
    const statusY = barY + barH + fs * 1.1;
    const used = scale(job.usedMs);
    if (!rule) {
      labels.push(
        label(
          bx,
          statusY,
          fitText(
            [
              `Not yet: ${first.name} arrives ${dateLabel(first.from, true).replace(/ \d+,/, '')}`,
              `${first.name} arrives ${first.from.slice(0, 4)}`,
            ],
            blockW,
            small,
          ),
          small,
          'regular',
          'muted',
        ),
      );
      return {
        id: job.id,
        active: false,
        x: bx,
        y: by,
        w: blockW,
        barY,
        barH,
        used: 0,
        billed: 0,
        ghost: null,
        labels,
      };
    }
    const billed = billedMs(job.usedMs, rule);
    const later = rule.id === second.id;
    const money = costStep && job.month;
    const priced =
      job.price && !later
        ? `, $${job.price.dollarsPerHour.toFixed(2)} at ${job.price.year}’s price`
        : '';
    const status = money
      ? fitText(
          [
            `Running time of ${job.month!.calls / 1e6} million calls a month at ${job.month!.memoryGb} GB`,
            `${job.month!.calls / 1e6} million calls a month at ${job.month!.memoryGb} GB`,
            `${job.month!.calls / 1e6} million calls a month`,
          ],
          blockW,
          small,
        )
      : fitText(
          later
            ? billed === job.usedMs
              ? [
                  `Billed ${shortDuration(billed)}, just what it ran, from ${monthYear(rule.from)}`,
                  `Billed ${shortDuration(billed)}, from ${monthYear(rule.from)}`,
                  `Billed ${shortDuration(billed)}`,
                ]
              : [
                  `Billed ${shortDuration(billed)} for ${shortDuration(job.usedMs)}, from ${monthYear(rule.from)}`,
                  `Billed ${shortDuration(billed)}, from ${monthYear(rule.from)}`,
                  `Billed ${shortDuration(billed)}`,
                ]
            : [
                `Billed ${shortDuration(billed)} for ${shortDuration(job.usedMs)} of work${priced}`,
                `Billed ${shortDuration(billed)} for ${shortDuration(job.usedMs)}${priced}`,
                `Billed ${shortDuration(billed)} for ${shortDuration(job.usedMs)}`,
              ],
          blockW,
          small,
        );
    labels.push(label(bx, statusY, status, small));
    const ghost = later ? scale(full) : null;
    if (later) {
      // Inside the outline of the old bill, at its right end.
      const ms = money ? fs : small;
      const midY = barY + barH / 2 + ms * 0.33;
      const room = blockW - scale(billed) - fs * 1.2;
      const before = money
        ? [
            `$${job.month!.stated[0]} a month before`,
            `$${job.month!.stated[0]} before`,
            `$${job.month!.stated[0]}`,
          ]
        : [
            `${shortDuration(full)} before ${monthYear(rule.from)}`,
            `${shortDuration(full)} before`,
          ];
      const after = money ? `$${job.month!.stated[1]}` : '';
      const afterW = after ? textWidth(after, ms, 'bold') + fs * 0.8 : 0;
      const weight: Weight = money ? 'bold' : 'regular';
      const text = fitText(before, room - afterW, ms, weight);
      if (textWidth(text, ms, weight) <= room - afterW)
        labels.push(
          label(bx + blockW - fs * 0.4, midY, text, ms, weight, money ? 'money' : 'muted', 'end'),
        );
      if (after)
        labels.push(label(bx + scale(billed) + fs * 0.4, midY, after, ms, 'bold', 'money'));
    }
    return {
      id: job.id,
      active: true,
      x: bx,
      y: by,
      w: blockW,
      barY,
      barH,
      used,
      billed: scale(billed),
      ghost,
      labels,
    };
  });

  return {
    cost: costStep,
    width,
    height,
    fs,
    narrow,
    headers,
    rungs: placed,
    lenses,
    zoomLabels,
    jobs,
  };
}

/** Every label of a layout, for the view's checks and the tests. */
export function allLabels(l: BillingLayout): Label[] {
  return [
    ...l.headers,
    ...l.rungs.flatMap((r) => r.labels),
    ...l.zoomLabels,
    ...l.jobs.flatMap((j) => j.labels),
  ];
}
