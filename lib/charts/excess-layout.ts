import { scaleBand, scaleLinear } from 'd3-scale';
import type { ExcessCapacityData } from '../content/explorable-data';
import { box, labelBox, type Box, type TextLabel } from '../figures/layout-kit/boxes';
import { placeCallouts, type Callout } from '../figures/layout-kit/callouts';
import { hatchSegments } from '../figures/layout-kit/hatch';
import { textWidth, wrapToWidth } from '../figures/layout-kit/text-width';
import { modelExcess, monthName, type ExcessResult } from '../models/excess-capacity';

/**
 * The excess-capacity explorable's geometry: columns, axes, a headline that states the step's
 * point and every label, placed (with the layout kit's callout placer) so that none overlaps
 * another label, a column or a line. Pure numbers for the SVG to draw and for unit tests to check.
 */

export interface ExcessState {
  growth: number;
  launchMonth: number;
}

/** The top of the value axis: room above capacity for demand with no server, once there is any. */
export const Y_MAX = 1.55;
/** Before customers arrive nothing rises above capacity: the axis stops just over it. */
export const Y_MAX_QUIET = 1.12;
export const yMaxFor = (step: number) => (step === 0 ? Y_MAX_QUIET : Y_MAX);

/** The model for the figure's data at the reader's settings. */
export function modelFor(data: ExcessCapacityData, state: ExcessState): ExcessResult {
  return modelExcess({
    retail: data.retail.months,
    capacity: data.capacity.value,
    start: data.aws.start,
    growthPct: state.growth,
    launchMonth: state.launchMonth,
  });
}

/** The readout sentence for a model run, shared by the SVG, the live region and the table. */
export function describeState(r: ExcessResult, short = false): string {
  if (r.crossing === null) return 'Outside demand fits in the idle servers for both years.';
  const n = r.monthsToCrossing ?? 0;
  const year = r.crossing < 12 ? 'launch year' : 'next year';
  if (short) {
    const next = r.crossing < 12 ? '' : ' next year';
    return `Idle servers gone in ${monthName(r.crossing, true)}${next}, ${n} mo after launch`;
  }
  const after = n === 0 ? 'in the launch month' : `${n} month${n === 1 ? '' : 's'} after launch`;
  const why = r.cause === 'peak' ? ', at the fourth-quarter rush' : '';
  return `Out of idle servers in ${monthName(r.crossing)} of the ${year}: ${after}${why}.`;
}

/** "about half", "about a third": the idle share of the quiet months in words. */
function shareInWords(v: number): string {
  const words: [number, string][] = [
    [1 / 4, 'a quarter'],
    [1 / 3, 'a third'],
    [1 / 2, 'half'],
    [2 / 3, 'two thirds'],
    [3 / 4, 'three quarters'],
  ];
  const [, w] = words.reduce((a, b) => (Math.abs(b[0] - v) < Math.abs(a[0] - v) ? b : a));
  return `about ${w}`;
}

/**
 * What each step says, longest first: the layout takes the first that fits. Step 0 is the
 * quiet year, 1 the arrival, 2 the crossing, 3 the fourth-quarter collision, 4 free play.
 */
export function headlineVariants(
  data: ExcessCapacityData,
  state: ExcessState,
  step: number,
  r: ExcessResult,
): string[] {
  const g = state.growth;
  const launch = monthName(r.launch);
  const cross = r.crossing === null ? null : monthName(r.crossing);
  const crossShort = r.crossing === null ? null : monthName(r.crossing, true);
  const next = r.crossing !== null && r.crossing >= 12 ? ' the next year' : '';
  if (step === 0) {
    const quiet = data.retail.months.slice(0, 9);
    const idle = data.capacity.value - quiet.reduce((s, v) => s + v, 0) / quiet.length;
    const share = shareInWords(idle / data.capacity.value);
    return [
      `Servers are bought for the Christmas rush, so most of the year ${share} of them sit idle`,
      `Bought for Christmas, ${share} of the servers sit idle most of the year`,
      `Bought for Christmas, ${share} sit idle all year`,
    ];
  }
  if (step === 1)
    return [
      `From ${launch}, outside customers start to use the idle servers`,
      `From ${launch}, customers start to use the idle servers`,
      `From ${monthName(r.launch, true)}, customers use idle servers`,
    ];
  if (step === 2 && cross)
    return [
      `Growing ${g}% a month, customers use up the idle servers by ${cross}${next}`,
      `At ${g}% a month, the idle servers run out in ${cross}${next}`,
      `At ${g}% a month, idle runs out in ${crossShort}`,
    ];
  if (step === 3 && r.collision !== null)
    return [
      `Even at ${g}% a month, the Christmas rush takes the idle servers back`,
      `Even at ${g}% a month, Christmas takes the idle servers back`,
      `Even at ${g}% a month, Christmas takes them back`,
    ];
  if (!cross)
    return [
      `At ${g}% a month from ${launch}, customers fit in the idle servers for two years`,
      `At ${g}% a month, customers fit for two years`,
    ];
  return [
    `At ${g}% a month from ${launch}, the idle servers run out in ${cross}${next}`,
    `At ${g}% a month, the idle servers run out in ${cross}${next}`,
    `At ${g}% a month, idle runs out in ${crossShort}${next ? ' (yr 2)' : ''}`,
  ];
}

export interface Column {
  i: number;
  x: number;
  w: number;
  retail: Box;
  idle: Box | null;
  aws: Box | null;
  /** Demand with no server, above capacity (cut at the top of the axis). */
  short: Box | null;
  /** Its hatching, as line segments. */
  hatch: [number, number, number, number][];
  /** Demand runs past the top of the axis: the column ends in a chevron. */
  clipped: boolean;
}

/** A leader from a label to the point it names, in plot coordinates. */
export interface Leader {
  x: number;
  y0: number;
  y1: number;
}

export interface ExcessLayout {
  fs: number;
  narrow: boolean;
  width: number;
  height: number;
  /** The plot's origin in the SVG (labels and marks below are in plot coordinates). */
  plot: { left: number; top: number; width: number; height: number };
  yMax: number;
  capY: number;
  columns: Column[];
  grid: number[];
  /** The fourth-quarter band behind the collision (a background tint). */
  q4: Box | null;
  /** Leaders of the annotations, by label id ('cross' is the crossing month's dashed line). */
  leaders: Record<string, Leader>;
  /** Rules under the month axis, one per year. */
  yearRules: { x0: number; x1: number; y: number }[];
  /** Header labels are in SVG coordinates, the rest in plot coordinates. */
  header: TextLabel[];
  labels: TextLabel[];
  /** The step from which each annotation shows (the ones of later steps are placed, hidden). */
  from: Partial<Record<string, number>>;
  /** How many first lines of a label carry its emphasis (the rest are quieter). */
  emphasis: Partial<Record<string, number>>;
  result: ExcessResult;
}

interface Options {
  width: number;
  height: number;
  step: number;
  /** The value axis's top (tweened by the client between steps); defaults to the step's. */
  yMax?: number;
  /** Larger type for talk embeds. */
  big?: boolean;
  /** A settings line at the foot (the server frame has no controls). */
  settingsLine?: boolean;
}

const HEAD = 1.12;
const SUB = 0.88;
const TICK = 0.85;
const MONTH = 0.82;
export const NOTE = 'Illustrative model, not Amazon data';

/**
 * The annotations one step places together (the ones of the next step too, hidden, so nothing
 * moves when they appear), most important first, and the step each first shows in.
 */
const SETS: string[][] = [
  [],
  ['launch', 'cross'],
  ['launch', 'cross'],
  ['q4', 'cross', 'launch'],
  ['cross', 'q4', 'launch'],
];
const FROM: Record<string, number> = { launch: 1, vogels: 2, cross: 2, q4: 3 };

/** The whole figure at one step and one setting of the controls. */
export function excessLayout(
  data: ExcessCapacityData,
  state: ExcessState,
  o: Options,
): ExcessLayout {
  const { width, height } = o;
  const step = Math.min(Math.max(o.step, 0), SETS.length - 1);
  const fs = Math.round(Math.max(12, Math.min(o.big ? 22 : 15, width / 60)));
  const narrow = width < 560;
  const r = modelFor(data, state);
  const yMax = o.yMax ?? yMaxFor(step);
  const pad = fs * 0.8;
  const lh = fs * 1.25;

  // Header: the point of the step, then what is drawn (later: what the model says).
  const headSize = fs * HEAD;
  const headMax = width - pad * 2;
  const variants = headlineVariants(data, state, step, r);
  const oneLine = variants.find((v) => textWidth(v, headSize, 650) <= headMax);
  const headLines = oneLine
    ? [oneLine]
    : wrapToWidth(variants[variants.length - 1], headMax, headSize, 650).slice(0, 2);
  // A phone keeps two lines for the headline in every step, so the plot does not jump.
  const headRows = Math.max(headLines.length, narrow ? 2 : 1);
  const subSize = fs * SUB;
  const subVariants =
    step === 0
      ? [
          'Servers in use each month, as a share of the capacity bought for the peak',
          'Servers in use, as a share of the capacity bought',
          'Servers in use, share of capacity',
        ]
      : [describeState(r), describeState(r, true)];
  const subText = subVariants.find((v) => textWidth(v, subSize) <= headMax) ?? subVariants.at(-1)!;
  const header: TextLabel[] = [
    {
      id: 'headline',
      x: pad,
      y: pad + 0.97 * headSize,
      lines: headLines,
      size: headSize,
      weight: 650,
      lineHeight: headSize * 1.22,
    },
    {
      id: 'sub',
      x: pad,
      y: pad + headRows * headSize * 1.22 + 0.97 * subSize + fs * 0.15,
      lines: [subText],
      size: subSize,
    },
  ];

  // Left gutter: the value ticks and the names of the first column's parts.
  const tickSize = fs * TICK;
  const gutter =
    Math.max(
      textWidth('Capacity', tickSize, 650),
      textWidth('Retail', fs, 650),
      textWidth('Idle', fs),
    ) +
    fs * 0.6;
  const top = header[1].y + 0.24 * subSize + fs * 1.1;
  const monthSize = fs * MONTH;
  const noteSize = fs * 0.8;
  // Foot: months, the two years, the model's note (beside the second year when it fits).
  const yearRowY = fs * 1.15 + lh * 1.2;
  const plotW = width - pad - gutter - pad * 0.6;
  const noteBeside = textWidth(NOTE, noteSize) + textWidth('Next year', fs) + fs * 2 < plotW / 2;
  const footRows = 2.3 + (noteBeside ? 0 : 1) + (o.settingsLine ? 1 : 0);
  const bottom = lh * footRows + fs * 0.5;
  const plot = {
    left: pad + gutter,
    top,
    width: Math.max(10, plotW),
    height: Math.max(10, height - top - bottom),
  };
  const iw = plot.width;
  const ih = plot.height;

  const x = scaleBand<number>()
    .domain(r.months.map((d) => d.i))
    .range([0, iw])
    .paddingInner(narrow ? 0.14 : 0.2)
    .paddingOuter(0.1);
  const y = scaleLinear().domain([0, yMax]).range([ih, 0]);
  const bw = x.bandwidth();
  const cap = data.capacity.value;
  const capY = y(cap);
  const xc = (i: number) => (x(i) ?? 0) + bw / 2;
  const showAws = step >= 1;
  const chevron = fs * 0.4;

  const columns: Column[] = r.months.map((d) => {
    const x0 = x(d.i) ?? 0;
    const aws = showAws ? d.aws : 0;
    const total = d.retail + aws;
    const fits = Math.min(total, cap);
    const shortTop = Math.min(total, yMax);
    const short = total > cap + 1e-9 ? box(x0, y(shortTop), x0 + bw, capY) : null;
    return {
      i: d.i,
      x: x0,
      w: bw,
      retail: box(x0, y(d.retail), x0 + bw, ih),
      idle: cap - d.retail > 1e-9 ? box(x0, capY, x0 + bw, y(d.retail)) : null,
      aws: aws > 0 && fits > d.retail ? box(x0, y(fits), x0 + bw, y(d.retail)) : null,
      short,
      hatch: short ? hatchSegments(short, Math.max(4, fs * 0.4)) : [],
      clipped: total > yMax,
    };
  });
  /** Where a column's marks end at the top: its demand with no server (and chevron), or capacity. */
  const topOf = (i: number) => {
    const c = columns[i];
    return c.short ? c.short.y0 - (c.clipped ? chevron + 2 : 0) : capY;
  };

  const q4 =
    r.collision !== null
      ? (() => {
          const first = r.collision - (r.collision % 12) + 9;
          const pad0 = (x.step() - bw) / 2;
          return box((x(first) ?? 0) - pad0, 0, (x(first + 2) ?? 0) + bw + pad0, ih);
        })()
      : null;

  // Gutter: ticks, then the parts of the first column named where they are.
  const gutterLabels: TextLabel[] = [];
  const grid = [0, 0.5, 1];
  for (const t of grid)
    gutterLabels.push({
      id: `tick-${t * 100}`,
      x: -fs * 0.45,
      y: y(t) + tickSize * 0.35,
      lines: [`${t * 100}%`],
      size: tickSize,
      anchor: 'end',
    });
  // The capacity line is named over its 100%: the space above the line is the annotations'.
  gutterLabels.push({
    id: 'cap',
    x: -fs * 0.45,
    y: capY - tickSize * 0.95,
    lines: ['Capacity'],
    size: tickSize,
    weight: 650,
    anchor: 'end',
  });
  const first = columns[0];
  const mid = (b: Box) => (b.y0 + b.y1) / 2 + fs * 0.35;
  gutterLabels.push({
    id: 'retail',
    x: -fs * 0.45,
    y: mid(first.retail),
    lines: ['Retail'],
    size: fs,
    weight: 650,
    anchor: 'end',
  });
  const idleTop = first.aws ? first.aws.y0 : first.retail.y0;
  if (first.idle && idleTop - capY > fs * 1.4)
    gutterLabels.push({
      id: 'idle',
      x: -fs * 0.45,
      y: (capY + idleTop) / 2 + fs * 0.35,
      lines: ['Idle'],
      size: fs,
      anchor: 'end',
    });

  // Annotations: in rows above the capacity line, each with a leader down to what it names.
  // Every way of wording them is tried, fullest first; a label that finds no free row in any
  // wording is left out rather than drawn over something.
  const emphasis: Record<string, number> = {};
  const callouts: Record<string, { point: number; y: number; variants: string[][] }> = {};
  const customer = data.collision.customer;
  if (r.crossing !== null) {
    const name = `Out of idle: ${monthName(r.crossing, true)}`;
    callouts.cross = {
      point: xc(r.crossing),
      y: topOf(r.crossing),
      variants: [[name, 'hatched: demand with no server'], [name, 'hatched: no server'], [name]],
    };
  }
  // The launch names the customers' colour; under it, from the crossing's step, Vogels's
  // estimate of how soon they would have used up the idle servers (the crossing shows the model's).
  const launchName = state.launchMonth === data.launch.month ? data.launch.label : 'Launch';
  const surname = data.claim.who.split(' ').at(-1);
  const n = data.claim.months;
  const withVogels = step !== 3;
  const vogels = (lines: string[][]) => (withVogels ? lines : [[]]);
  callouts.launch = {
    point: xc(r.launch),
    y: topOf(r.launch),
    variants: [
      ...vogels([
        [`${data.claim.who}: idle gone within ${n} months`],
        [`${surname}: idle gone within ${n} months`],
      ]).map((v) => [`${launchName}: AWS customers arrive`, ...v]),
      ...vogels([
        [`${surname}: idle gone within ${n} months`],
        [`${surname}: idle gone`, `within ${n} months`],
      ]).map((v) => [`${launchName}:`, 'AWS customers arrive', ...v]),
      ...vogels([[`${surname}: gone`, `within ${n} months`]]).map((v) => [
        `${launchName}:`,
        'AWS customers',
        ...v,
      ]),
    ],
  };
  if (q4 && r.collision !== null) {
    // The leader points into the quarter (the tint marks all of it): its middle month, or
    // another one when the crossing's line already runs through that.
    const oct = r.collision - (r.collision % 12) + 9;
    const month = [oct + 1, oct + 2, oct].find((i) => i !== r.crossing)!;
    callouts.q4 = {
      point: xc(month),
      y: topOf(month),
      variants: [
        [
          'Q4: retail wants its servers back',
          `and customers like ${customer} need theirs then too`,
        ],
        ['Q4: retail wants its servers back', `and customers like ${customer}`, 'need theirs too'],
        ['Q4: retail wants', 'its servers back', `and ${customer} needs`, 'its servers too'],
        ['Q4: retail needs', 'them back'],
      ],
    };
  }

  // What the labels must keep clear of: the columns' demand above capacity, the body of the
  // chart below the capacity line, and the gutter's labels.
  const avoid: Box[] = [box(-gutter - pad, capY - 0.5, iw + pad, ih)];
  for (const c of columns)
    if (c.short) avoid.push(box(c.short.x0, topOf(c.i), c.short.x1, c.short.y1));
  avoid.push(...gutterLabels.map(labelBox));

  const set = SETS[step].filter((id) => callouts[id]);
  const placed = placeAll(set, callouts, (ids, choice) =>
    placeCallouts(
      ids.map((id, k): Callout => {
        const c = callouts[id];
        const bold = id === 'launch' || id === 'cross' || id === 'q4';
        // A label goes on the side of its point with more room.
        const right = c.point < iw * 0.55;
        return {
          id,
          x: c.point,
          y: c.y - 2,
          lines: c.variants[choice[k]],
          size: fs,
          weight: bold ? 650 : 400,
          tone: 'text',
          from: FROM[id],
          anchors: right ? ['start', 'end', 'middle'] : ['end', 'start', 'middle'],
        };
      }),
      {
        direction: 'up',
        base: capY - 3,
        left: -gutter,
        right: iw + pad * 0.4,
        rowHeight: lh,
        maxRows: Math.max(1, Math.floor((capY + fs * 0.6) / lh)),
        // Up into the gap under the header's second line, not onto it.
        top: -fs * 0.6,
        avoid,
        gap: fs * 0.5,
      },
    ),
  );

  const labels: TextLabel[] = [];
  const leaders: Record<string, Leader> = {};
  const lhOf = (l: TextLabel) => l.lineHeight ?? l.size * 1.25;
  for (const l of placed.labels) {
    const soft = l.lines.findIndex((t) => /^(and|hatched|Werner|Vogels)\b/.test(t));
    if (l.id === 'launch' && soft > 0) {
      // Vogels's estimate is a label of its own under the launch's, shown a step later.
      const head = { ...l, lines: l.lines.slice(0, soft), weight: l.weight };
      labels.push(head, {
        id: 'vogels',
        x: l.x,
        y: l.y + soft * lhOf(l),
        lines: l.lines.slice(soft),
        size: l.size,
      });
      const lead = placed.leaders.find((d) => d.id === 'launch');
      if (lead) leaders['launch-early'] = { x: lead.x, y0: labelBox(head).y1 + 2, y1: lead.y1 };
      continue;
    }
    labels.push({ id: l.id, x: l.x, y: l.y, lines: l.lines, size: l.size, weight: l.weight });
    // The alert's lines are strong, the explanation after them quieter.
    if (soft > 0) emphasis[l.id] = soft;
  }
  for (const l of placed.leaders) {
    // The crossing month's line runs on down through its column to the axis.
    leaders[l.id] = { x: l.x, y0: l.y0, y1: l.id === 'cross' ? ih : l.y1 };
  }
  // A label right on its point still needs the crossing line through the column.
  if (!leaders.cross && labels.some((l) => l.id === 'cross')) {
    const l = labels.find((t) => t.id === 'cross')!;
    leaders.cross = { x: callouts.cross.point, y0: labelBox(l).y1 + 2, y1: ih };
  }
  labels.push(...gutterLabels);

  // Months: initials on phones; every other one where even initials would touch.
  const monthText = (i: number) => (narrow ? monthName(i).charAt(0) : monthName(i, true));
  const widest = Math.max(...r.months.map((d) => textWidth(monthText(d.i), monthSize)));
  const every = widest + 2 <= x.step() ? 1 : 2;
  for (const d of r.months)
    if (d.i % every === 0)
      labels.push({
        id: `month-${d.i}`,
        x: xc(d.i),
        y: ih + fs * 1.15,
        lines: [monthText(d.i)],
        size: monthSize,
        anchor: 'middle',
      });
  const yearRules = [0, 12].map((start) => ({
    x0: (x(start) ?? 0) + 1,
    x1: (x(start + 11) ?? 0) + bw - 1,
    y: ih + fs * 1.65,
  }));
  for (const start of [0, 12])
    labels.push({
      id: `year-${start}`,
      x: x(start) ?? 0,
      y: ih + yearRowY,
      lines: [start === 0 ? 'Launch year' : 'Next year'],
      size: fs,
    });
  const noteY = noteBeside ? ih + yearRowY : ih + yearRowY + lh;
  labels.push({
    id: 'note',
    x: noteBeside ? iw : 0,
    y: noteY,
    lines: [NOTE],
    size: noteSize,
    anchor: noteBeside ? 'end' : 'start',
  });
  if (o.settingsLine)
    labels.push({
      id: 'settings',
      x: 0,
      y: noteY + lh,
      lines: [`Growth ${state.growth}% a month · launch in ${monthName(state.launchMonth - 1)}`],
      size: noteSize,
    });

  return {
    fs,
    narrow,
    width,
    height,
    plot,
    yMax,
    capY,
    columns,
    grid,
    q4,
    leaders,
    yearRules,
    header,
    labels,
    from: FROM,
    emphasis,
    result: r,
  };
}

type Placed = ReturnType<typeof placeCallouts>;

/**
 * The greedy placer is only as good as its order: the step's callouts are placed in their own
 * order, shortening a forced label's wording until all find a free row, and other orders (four
 * labels at most) are tried while they would shorten less. Only when nothing fits them all are
 * labels dropped, least important (last in the step's list) first.
 */
function placeAll(
  ids: string[],
  callouts: Record<string, { variants: string[][] }>,
  place: (ids: string[], choice: number[]) => Placed,
): Placed {
  /** Places `order`, shortening wordings while the total shortening stays under `limit`. */
  const fit = (order: string[], limit: number): { p: Placed; cost: number } | null => {
    const choice = order.map(() => 0);
    for (let cost = 0; cost < limit; cost++) {
      const p = place(order, choice);
      if (!p.forced.length) return { p, cost };
      // The forced label's wording first; when it has no shorter one, the others' in turn.
      const k = [...p.forced.map((id) => order.indexOf(id)), ...order.map((_, k) => k)].find(
        (k) => choice[k] < callouts[order[k]].variants.length - 1,
      );
      if (k === undefined) return null;
      choice[k]++;
    }
    return null;
  };
  // A label with no free row even alone (the quarter's note over columns cut at the top) is out.
  ids = ids.filter((id) => fit([id], Infinity));
  // The step's own order may shorten any wording; another order is tried only as long as it
  // shortens less (so, with no order fitting, every other order is tried in full wording once).
  let best = fit(ids, Infinity);
  for (const order of permutations(ids).slice(1)) {
    if (best?.cost === 0) break;
    const found = fit(order, best ? best.cost : 1);
    if (found) best = found;
  }
  // Still nothing: each label placed first in turn, with shorter wordings.
  const firsts = ids.slice(1).map((id) => [id, ...ids.filter((x) => x !== id)]);
  for (const order of best ? [] : firsts) {
    best = fit(order, Infinity);
    if (best) break;
  }
  if (best) return best.p;
  // Leave out as little as possible: every subset of the labels, the least important missing
  // first (a label that fits nowhere, as the quarter's note over clipped columns, goes alone).
  const weight = (id: string) => 2 ** (ids.length - ids.indexOf(id));
  const subsets = Array.from({ length: 2 ** ids.length - 1 }, (_, m) =>
    ids.filter((_, k) => m & (1 << k)),
  ).filter((sub) => sub.length < ids.length);
  const lost = (sub: string[]) =>
    ids.filter((id) => !sub.includes(id)).reduce((s, id) => s + weight(id), 0);
  subsets.sort((a, b) => lost(a) - lost(b));
  for (const sub of subsets) {
    const found = fit(sub, Infinity);
    if (found) return found.p;
  }
  return { labels: [], leaders: [], forced: [] };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Every label box in SVG coordinates (header ones as they are, the rest moved by the plot). */
export function svgBoxes(l: ExcessLayout): { id: string; box: Box }[] {
  const shift = (b: Box): Box =>
    box(b.x0 + l.plot.left, b.y0 + l.plot.top, b.x1 + l.plot.left, b.y1 + l.plot.top);
  return [
    ...l.header.map((t) => ({ id: t.id, box: labelBox(t) })),
    ...l.labels.map((t) => ({ id: t.id, box: shift(labelBox(t)) })),
  ];
}
