import { format } from 'd3-format';
import { scaleLinear, scaleLog } from 'd3-scale';
import { ASCENT, DESCENT, blockHeight, box, type Box } from '../layout-kit/boxes';
import { fitText, problemsAt, type StepLabel, type StepMark } from '../layout-kit/place';
import { textWidth } from '../layout-kit/text-width';
import { breakEvenDays, ec2Hour, patternBought, patternOnEc2, unitOnAws } from './model';
import type { LaunchPricesData } from './data';
import { dateWords } from '../../format/months';

/** The figure's steps, 0-based. */
export const STEP = { card: 0, perUnit: 1, leftOut: 2, overTime: 3, patterns: 4 } as const;
export const STEP_COUNT = 5;
export const NARROW = 600;

export { dateWords };
const comma = format(',');
/** Dollars for reading: $0.40, $2.40, $10, $1,000, $100,000. */
export const usd = (v: number) =>
  Number.isInteger(v) ? `$${comma(v)}` : `$${v < 1000 ? v.toFixed(2) : comma(Math.round(v))}`;
/** 0.5 → "half", 2.4 → "2.4×", 2500 → "2,500×". */
const times = (r: number) => (r >= 10 ? `${comma(Math.round(r))}×` : `${+r.toFixed(1)}×`);

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PricesLayout {
  width: number;
  height: number;
  k: number;
  narrow: boolean;
  step: number;
  card?: { frame: Rect; cells: Rect[]; rule: number };
  units?: {
    rows: { id: string; buy: Rect; aws: Rect; extra?: Rect }[];
    axis: { x0: number; x1: number; y: number; ticks: number[] };
    legend: { buy: Rect; aws: Rect };
  };
  time?: {
    plot: Rect;
    buy: [number, number][];
    rent: [number, number][];
    cross: { x: number; y: number };
    ticksX: { x: number }[];
  };
  patterns?: {
    rows: { id: string; y: number; rent: number; buy: number }[];
    ticks: { x: number; y0: number; y1: number }[];
    axis: { x0: number; x1: number; y: number };
    legend: { buy: Rect; aws: Rect };
  };
  labels: StepLabel[];
  marks: StepMark[];
}

export function pricesScale(width: number, embed: boolean): number {
  if (embed) return width >= 900 ? 1.3 : width >= NARROW ? 1.15 : 1.05;
  return width >= NARROW ? 1 : 0.95;
}

export function layoutPrices(
  d: LaunchPricesData,
  width: number,
  height: number,
  k: number,
  step: number,
): PricesLayout {
  // Each scene is laid out at the text scale asked for; where it does not fit (a short slide,
  // a narrow phone), at a slightly smaller one, until every label is clear and inside.
  let out: PricesLayout | null = null;
  for (const s of [1, 0.92, 0.85, 0.78, 0.72]) {
    out = layoutAt(d, width, height, k * s, step);
    if (!problemsAt(step, out.labels, out.marks, boundsOf(out)).length) return out;
  }
  return out!;
}

function layoutAt(
  d: LaunchPricesData,
  width: number,
  height: number,
  k: number,
  step: number,
): PricesLayout {
  const narrow = width < NARROW;
  const pad = (narrow ? 10 : 18) * k;
  const area = { x0: pad, x1: width - pad, y0: pad, y1: height - pad };
  const out: PricesLayout = { width, height, k, narrow, step, labels: [], marks: [] };
  const at = { from: step, until: step };
  if (step === STEP.card) cardScene(d, out, area, at);
  else if (step === STEP.perUnit || step === STEP.leftOut) unitsScene(d, out, area, at);
  else if (step === STEP.overTime) timeScene(d, out, area, at);
  else patternsScene(d, out, area, at);
  return out;
}

type Area = { x0: number; x1: number; y0: number; y1: number };
type At = { from: number; until: number };

/** Step 1: the whole price list of 2006 on one card. */
function cardScene(d: LaunchPricesData, out: PricesLayout, a: Area, at: At) {
  const { k, narrow } = out;
  const W = a.x1 - a.x0;
  const cols = W >= 760 * k ? 4 : 2;
  const rowsN = Math.ceil(d.prices.length / cols);
  const ip = (narrow ? 12 : 18) * k;
  const head = 13 * k;
  const headH = blockHeight(1, head) + 14 * k;
  const gapX = (narrow ? 10 : 18) * k;
  const cellW = (W - 2 * ip - (cols - 1) * gapX) / cols;
  const bigSize = Math.min(44 * k, cellW / 3.2);
  const fs = 13 * k;
  const small = 12 * k;
  // Text of each cell first: its height decides the card's.
  const cells = d.prices.map((p) => {
    const unit = fitText([p.unit], cellW, fs, 400, 2);
    const service = fitText([`${p.service}: ${p.what}`], cellW, fs, 650, 3);
    const date = fitText(
      [p.id === 'transfer' ? 'from March 2006' : `from ${dateWords(p.date)}`],
      cellW,
      small,
      400,
      2,
    );
    const detail = p.detail ? fitText([p.detail], cellW, small, 400, 4) : [];
    const h =
      blockHeight(1, bigSize) +
      2 * k +
      blockHeight(unit.length, fs) +
      8 * k +
      blockHeight(service.length, fs) +
      2 * k +
      blockHeight(date.length, small) +
      (detail.length ? 4 * k + blockHeight(detail.length, small) : 0);
    return { p, unit, service, date, detail, h };
  });
  const rowH = Array.from({ length: rowsN }, (_, r) =>
    Math.max(...cells.slice(r * cols, r * cols + cols).map((c) => c.h)),
  );
  const gapY = 16 * k;
  const cardH = headH + rowH.reduce((s, h) => s + h, 0) + gapY * (rowsN - 1) + 2 * ip;
  const top = a.y0 + Math.max(0, (a.y1 - a.y0 - cardH) / 2);
  const frame = { x: a.x0, y: top, w: W, h: cardH };
  const held: string[] = [];
  const push = (l: StepLabel) => {
    out.labels.push(l);
    held.push(l.id);
  };
  push({
    id: 'card-head',
    x: a.x0 + ip,
    y: top + ip + ASCENT * head,
    lines: ['Amazon Web Services: the price list of 2006'],
    size: head,
    weight: 650,
    tone: 'muted',
    ...at,
  });
  const rule = top + ip + headH - 8 * k;
  const rects: Rect[] = [];
  cells.forEach((c, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    const x = a.x0 + ip + col * (cellW + gapX);
    let y = rule + 12 * k + rowH.slice(0, row).reduce((s, h) => s + h + gapY, 0);
    rects.push({ x, y, w: cellW, h: rowH[row] });
    const l = (
      id: string,
      lines: string[],
      size: number,
      tone: StepLabel['tone'],
      weight = 400,
      role?: string,
    ) => {
      push({
        id: `${id}-${c.p.id}`,
        x,
        y: y + ASCENT * size,
        lines,
        size,
        weight,
        tone,
        role,
        ...at,
      });
      y += blockHeight(lines.length, size);
    };
    l('price', [`${c.p.cents}¢`], bigSize, 'strong', 650, 'aws');
    y += 2 * k;
    l('unit', c.unit, fs, 'text');
    y += 8 * k;
    l('service', c.service, fs, 'strong', 650);
    y += 2 * k;
    l('date', c.date, small, 'muted');
    if (c.detail.length) {
      y += 4 * k;
      l('detail', c.detail, small, 'muted');
    }
  });
  out.card = { frame, cells: rects, rule };
  out.marks.push({
    id: 'card',
    box: box(frame.x, frame.y, frame.x + frame.w, frame.y + frame.h),
    ...at,
    holds: held,
  });
}

/** Steps 2-3: what Gray's dollar bought, against the same on AWS; then what the dollar left out. */
function unitsScene(d: LaunchPricesData, out: PricesLayout, a: Area, at: At) {
  const { k, step } = out;
  const fs = 13 * k;
  const small = 12 * k;
  const barH = 14 * k;
  const W = a.x1 - a.x0;
  const units = d.gray.units.map((u) => ({ u, aws: unitOnAws(d, u) }));
  const max = Math.max(...units.map((x) => x.aws), 1);
  // Value labels sit right of the bars: the scale stops short of the widest one.
  const awsText = (x: (typeof units)[number]) =>
    `${usd(x.aws)} · ${x.u.quantity} ${x.u.quantityUnit}`;
  const labelRoom = Math.max(...units.map((x) => textWidth(awsText(x), small))) + 8 * k;
  const x = scaleLinear()
    .domain([0, Math.ceil(max)])
    .range([a.x0, Math.max(a.x0 + W * 0.45, a.x1 - labelRoom)]);

  // Legend: two keys, stacked on phones.
  const keyW = 22 * k;
  const buyKey = `Bought: what $1 bought in Jim Gray’s rules of thumb, ${d.gray.when} (hardware alone)`;
  const awsKey = 'AWS at its 2006 launch prices';
  const buyLines = fitText([buyKey], W - keyW - 8 * k, small, 400, 3);
  const awsLines = fitText([awsKey], W - keyW - 8 * k, small, 400, 2);
  let y = a.y0;
  const legend = {
    buy: { x: a.x0, y: y + (ASCENT * small - 8 * k) / 2 + 2 * k, w: keyW, h: 8 * k },
    aws: { x: 0, y: 0, w: keyW, h: 8 * k },
  };
  out.labels.push({
    id: 'key-buy',
    x: a.x0 + keyW + 8 * k,
    y: y + ASCENT * small,
    lines: buyLines,
    size: small,
    tone: 'text',
    ...at,
  });
  y += blockHeight(buyLines.length, small) + 4 * k;
  legend.aws = { x: a.x0, y: y + (ASCENT * small - 8 * k) / 2 + 2 * k, w: keyW, h: 8 * k };
  out.labels.push({
    id: 'key-aws',
    x: a.x0 + keyW + 8 * k,
    y: y + ASCENT * small,
    lines: awsLines,
    size: small,
    tone: 'text',
    ...at,
  });
  y += blockHeight(awsLines.length, small) + 14 * k;
  out.marks.push(
    {
      id: 'key-buy',
      box: box(legend.buy.x, legend.buy.y, legend.buy.x + keyW, legend.buy.y + legend.buy.h),
      ...at,
    },
    {
      id: 'key-aws',
      box: box(legend.aws.x, legend.aws.y, legend.aws.x + keyW, legend.aws.y + legend.aws.h),
      ...at,
    },
  );

  // Rows: a title, a line for what the dollar left out (step 3), the bought bar, the AWS bar.
  const footer = fitText([`Jim Gray: “${d.gray.operations.quote}”`], W, small, 400, 2);
  const footerH = step === STEP.leftOut ? blockHeight(footer.length, small) + 10 * k : 0;
  const axisH = blockHeight(1, small) + 6 * k;
  const extraText = (w: number) =>
    fitText(
      [
        '+ space, power, a spare copy and staff: no figure given',
        '+ space, power, staff: no figure',
      ],
      w,
      small,
      400,
      2,
    );
  const extraLines = extraText(a.x1 - x(1) - 6 * k);
  const titleH = blockHeight(1, fs);
  const rowInner =
    titleH + 5 * k + blockHeight(extraLines.length, small) + 3 * k + barH + 4 * k + barH;
  const avail = a.y1 - y - axisH - footerH;
  const gapRow = Math.max(10 * k, (avail - units.length * rowInner) / Math.max(1, units.length));
  const rows: NonNullable<PricesLayout['units']>['rows'] = [];
  for (const { u, aws } of units) {
    const title = fitText([u.label], W, fs, 650, 2);
    out.labels.push({
      id: `title-${u.id}`,
      x: a.x0,
      y: y + ASCENT * fs,
      lines: title,
      size: fs,
      weight: 650,
      tone: 'strong',
      ...at,
    });
    y += blockHeight(title.length, fs) + 5 * k;
    const extraTop = y;
    y += blockHeight(extraLines.length, small) + 3 * k;
    const buy = { x: x(0), y, w: x(u.dollars) - x(0), h: barH };
    y += barH + 4 * k;
    const awsBar = { x: x(0), y, w: x(aws) - x(0), h: barH };
    y += barH + gapRow;
    const row: (typeof rows)[number] = { id: u.id, buy, aws: awsBar };
    out.labels.push(
      {
        id: `buy-${u.id}`,
        x: buy.x + buy.w + 6 * k,
        y: buy.y + barH / 2 + 0.36 * small,
        lines: [usd(u.dollars)],
        size: small,
        weight: 650,
        tone: 'text',
        ...at,
      },
      {
        id: `aws-${u.id}`,
        x: awsBar.x + awsBar.w + 6 * k,
        y: awsBar.y + barH / 2 + 0.36 * small,
        lines: [awsText({ u, aws })],
        size: small,
        tone: 'strong',
        role: 'aws',
        ...at,
      },
    );
    out.marks.push(
      { id: `bar-buy-${u.id}`, box: box(buy.x, buy.y, buy.x + buy.w, buy.y + barH), ...at },
      {
        id: `bar-aws-${u.id}`,
        box: box(awsBar.x, awsBar.y, awsBar.x + awsBar.w, awsBar.y + barH),
        ...at,
      },
    );
    if (u.owned && step === STEP.leftOut) {
      // Past the dollar: no figure, so an open band that fades, with its words above it.
      const labelW = textWidth(usd(u.dollars), small, 650) + 12 * k;
      row.extra = {
        x: buy.x + buy.w + labelW,
        y: buy.y,
        w: a.x1 - (buy.x + buy.w + labelW),
        h: barH,
      };
      out.labels.push({
        id: `extra-${u.id}`,
        x: x(1) + 6 * k,
        y: extraTop + ASCENT * small,
        lines: extraLines,
        size: small,
        tone: 'muted',
        italic: true,
        ...at,
      });
      out.marks.push({
        id: `extra-${u.id}`,
        box: box(row.extra.x, row.extra.y, row.extra.x + row.extra.w, row.extra.y + barH),
        ...at,
      });
    }
    rows.push(row);
  }
  y -= gapRow;
  const axisY = y + 6 * k;
  const ticks = Array.from({ length: Math.ceil(max) + 1 }, (_, i) => i);
  for (const t of ticks)
    out.labels.push({
      id: `tick-${t}`,
      x: x(t),
      y: axisY + ASCENT * small,
      lines: [`$${t}`],
      size: small,
      anchor: t === 0 ? 'start' : 'middle',
      tone: 'muted',
      ...at,
    });
  if (step === STEP.leftOut)
    out.labels.push({
      id: 'gray-quote',
      x: a.x0,
      y: a.y1 - blockHeight(footer.length, small) + ASCENT * small,
      lines: footer,
      size: small,
      tone: 'text',
      italic: true,
      ...at,
    });
  // No grid through the rows (it would cross their words): ticks on an axis line under them.
  out.units = {
    rows,
    axis: {
      x0: x(0),
      x1: x(ticks[ticks.length - 1]),
      y: axisY - 2 * k,
      ticks: ticks.map((t) => x(t)),
    },
    legend,
  };
  out.marks.push({
    id: 'axis',
    box: box(x(0), axisY - 2.5 * k, x(ticks[ticks.length - 1]), axisY - 1.5 * k),
    ...at,
  });
}

/** Step 4: one server kept running, bought on day one or rented by the hour. */
function timeScene(d: LaunchPricesData, out: PricesLayout, a: Area, at: At) {
  const { k } = out;
  const small = 12 * k;
  const fs = 13 * k;
  const days = d.horizonDays;
  const perDay = ec2Hour(d) * 24;
  const buyAt = d.gray.computer.dollars;
  const cross = breakEvenDays(d);
  const yMax = Math.max(buyAt, perDay * days) * 1.22;
  const yLabelW = textWidth('$1,000', small) + 8 * k;
  const plot = {
    x: a.x0 + yLabelW,
    y: a.y0 + 8 * k,
    w: a.x1 - a.x0 - yLabelW,
    h: a.y1 - a.y0 - 8 * k - (blockHeight(2, small) + 8 * k),
  };
  const x = scaleLinear()
    .domain([0, days])
    .range([plot.x, plot.x + plot.w]);
  const y = scaleLinear()
    .domain([0, yMax])
    .range([plot.y + plot.h, plot.y]);
  const dayPerMonth = 365.25 / 12;
  const months = Array.from({ length: Math.floor(days / dayPerMonth / 3) + 1 }, (_, i) => i * 3);
  for (const v of [0, 500, 1000].filter((v) => v <= yMax))
    out.labels.push({
      id: `y-${v}`,
      x: plot.x - 6 * k,
      y: y(v) + 0.36 * small,
      lines: [usd(v)],
      size: small,
      anchor: 'end',
      tone: 'muted',
      ...at,
    });
  const base = plot.y + plot.h + 6 * k + ASCENT * small;
  for (const m of months)
    out.labels.push({
      id: `x-${m}`,
      x: x(m * dayPerMonth),
      y: base,
      lines: [String(m)],
      size: small,
      anchor: m === 0 ? 'start' : 'middle',
      tone: 'muted',
      ...at,
    });
  out.labels.push({
    id: 'x-title',
    x: plot.x + plot.w,
    y: base + small * 1.25,
    lines: ['months of running one server around the clock'],
    size: small,
    anchor: 'end',
    tone: 'muted',
    ...at,
  });

  const rent: [number, number][] = [
    [x(0), y(0)],
    [x(days), y(perDay * days)],
  ];
  const buy: [number, number][] = [
    [x(0), y(0)],
    [x(0), y(buyAt)],
    [x(days), y(buyAt)],
  ];
  const cx = x(cross);
  const cy = y(buyAt);
  // Labels: the bought line's above it at the left; the rented line's above its end; the
  // crossing's under it, right of a drop line to the axis, where both lines are above it.
  const buyText = fitText(
    [`Bought: ${usd(buyAt)} on day one, hardware alone`],
    cx - plot.x - 20 * k,
    fs,
    650,
    2,
  );
  out.labels.push({
    id: 'buy-line',
    x: plot.x + 8 * k,
    y: cy - 8 * k - DESCENT * fs - (buyText.length - 1) * fs * 1.25,
    lines: buyText,
    size: fs,
    weight: 650,
    tone: 'text',
    ...at,
  });
  const endY = y(perDay * days);
  const rentText = fitText(
    [
      `Rented on EC2: ${usd(perDay * 31)} a month, ${usd(perDay)} a day`,
      `Rented: ${usd(perDay)} a day`,
    ],
    plot.w * 0.7,
    fs,
    650,
    1,
  );
  out.labels.push({
    id: 'rent-line',
    x: plot.x + plot.w,
    y: endY - 8 * k - DESCENT * fs,
    lines: rentText,
    size: fs,
    weight: 650,
    anchor: 'end',
    tone: 'strong',
    role: 'aws',
    ...at,
  });
  const crossText = fitText(
    [`${Math.round(cross)} days: the same`, `${Math.round(cross)} days`],
    plot.x + plot.w - cx - 8 * k,
    small,
    650,
    1,
  );
  out.labels.push({
    id: 'cross',
    x: cx + 6 * k,
    y: plot.y + plot.h - 6 * k - DESCENT * small,
    lines: crossText,
    size: small,
    weight: 650,
    tone: 'text',
    ...at,
  });
  out.time = {
    plot,
    buy,
    rent,
    cross: { x: cx, y: cy },
    ticksX: months.map((m) => ({ x: x(m * dayPerMonth) })),
  };
  // Marks to keep clear of: the lines (as the boxes of their straight pieces) and the dots.
  const seg = (id: string, [x0, y0]: [number, number], [x1, y1]: [number, number], n = 12) => {
    for (let i = 0; i < n; i++) {
      const t0 = i / n;
      const t1 = (i + 1) / n;
      out.marks.push({
        id: `${id}-${i}`,
        box: box(
          x0 + (x1 - x0) * t0,
          y0 + (y1 - y0) * t0,
          x0 + (x1 - x0) * t1,
          y0 + (y1 - y0) * t1,
        ),
        ...at,
      });
    }
  };
  seg('rent', rent[0], rent[1], 40);
  seg('buy-up', buy[0], buy[1], 1);
  seg('buy-flat', buy[1], buy[2], 1);
  out.marks.push({
    id: 'dot-cross',
    box: box(cx - 4 * k, cy - 4 * k, cx + 4 * k, cy + 4 * k),
    ...at,
  });
  out.marks.push({
    id: 'drop',
    box: box(cx - 0.5, cy + 5 * k, cx + 0.5, plot.y + plot.h),
    ...at,
  });
  out.marks.push({
    id: 'axis-x',
    box: box(plot.x, plot.y + plot.h - 0.5, plot.x + plot.w, plot.y + plot.h + 0.5),
    ...at,
  });
}

/** Step 5: what a few ways of using servers cost rented by the hour, against buying them. */
function patternsScene(d: LaunchPricesData, out: PricesLayout, a: Area, at: At) {
  const { k } = out;
  const fs = 13 * k;
  const small = 12 * k;
  const rows = d.patterns.map((p) => ({ p, rent: patternOnEc2(d, p), buy: patternBought(d, p) }));
  const lo = Math.min(...rows.map((r) => r.rent)) / 2;
  const hi = Math.max(...rows.map((r) => r.buy)) * 2;
  const W = a.x1 - a.x0;
  const keyW = 10 * k;
  const rentKey = `Rented on EC2 at ${Math.round(ec2Hour(d) * 100)}¢ a server-hour`;
  const buyKey = `Bought at ${usd(d.gray.computer.dollars)} a server, hardware alone, however long it is used`;
  let y = a.y0;
  const awsLines = fitText([rentKey], W - keyW - 8 * k, small, 400, 2);
  const buyLines = fitText([buyKey], W - keyW - 8 * k, small, 400, 3);
  const legend = {
    aws: { x: a.x0, y: y + ASCENT * small - 9 * k, w: keyW, h: keyW },
    buy: { x: 0, y: 0, w: keyW, h: keyW },
  };
  out.labels.push({
    id: 'key-rent',
    x: a.x0 + keyW + 8 * k,
    y: y + ASCENT * small,
    lines: awsLines,
    size: small,
    tone: 'text',
    ...at,
  });
  y += blockHeight(awsLines.length, small) + 4 * k;
  legend.buy = { x: a.x0, y: y + ASCENT * small - 9 * k, w: keyW, h: keyW };
  out.labels.push({
    id: 'key-buy',
    x: a.x0 + keyW + 8 * k,
    y: y + ASCENT * small,
    lines: buyLines,
    size: small,
    tone: 'text',
    ...at,
  });
  y += blockHeight(buyLines.length, small) + 16 * k;
  out.marks.push(
    {
      id: 'key-rent',
      box: box(legend.aws.x, legend.aws.y, legend.aws.x + keyW, legend.aws.y + keyW),
      ...at,
    },
    {
      id: 'key-buy',
      box: box(legend.buy.x, legend.buy.y, legend.buy.x + keyW, legend.buy.y + keyW),
      ...at,
    },
  );
  // Value labels go outside the pair: the smaller value left of its dot, the larger right.
  const leftRoom =
    Math.max(...rows.map((r) => textWidth(usd(Math.min(r.rent, r.buy)), small, 650))) + 10 * k;
  const rightRoom =
    Math.max(...rows.map((r) => textWidth(usd(Math.max(r.rent, r.buy)), small, 650))) + 10 * k;
  const x = scaleLog()
    .domain([lo, hi])
    .range([a.x0 + leftRoom, a.x1 - rightRoom]);
  const axisH = blockHeight(1, small) + 8 * k;
  // Rows a comfortable distance apart, the block centred in what the legend leaves.
  const rowH = Math.min((a.y1 - axisH - y) / rows.length, 92 * k);
  y += (a.y1 - axisH - y - rowH * rows.length) / 2;
  const placed: NonNullable<PricesLayout['patterns']>['rows'] = [];
  const r = 5 * k;
  for (const { p, rent, buy } of rows) {
    const title = fitText(
      [
        `${p.label}: ${comma(p.servers * p.hours)} server-hour${p.servers * p.hours === 1 ? '' : 's'}`,
        p.label,
      ],
      W,
      fs,
      650,
      2,
    );
    out.labels.push({
      id: `title-${p.id}`,
      x: a.x0,
      y: y + ASCENT * fs,
      lines: title,
      size: fs,
      weight: 650,
      tone: 'strong',
      ...at,
    });
    const cy = y + blockHeight(title.length, fs) + 8 * k + small * 0.6;
    placed.push({ id: p.id, y: cy, rent: x(rent), buy: x(buy) });
    const [low, high] = rent <= buy ? [rent, buy] : [buy, rent];
    out.labels.push(
      {
        id: `low-${p.id}`,
        x: x(low) - r - 5 * k,
        y: cy + 0.36 * small,
        lines: [usd(low)],
        size: small,
        weight: 650,
        anchor: 'end',
        tone: low === rent ? 'strong' : 'text',
        role: low === rent ? 'aws' : undefined,
        ...at,
      },
      {
        id: `high-${p.id}`,
        x: x(high) + r + 5 * k,
        y: cy + 0.36 * small,
        lines: [usd(high)],
        size: small,
        weight: 650,
        anchor: 'start',
        tone: high === rent ? 'strong' : 'text',
        role: high === rent ? 'aws' : undefined,
        ...at,
      },
    );
    // The ratio, under the middle of the pair when it has room there.
    const ratio = buy / rent;
    const ratioText =
      ratio >= 1.5
        ? `buying costs ${times(ratio)} as much`
        : `renting: ${Math.round((rent / buy) * 100)}% of buying`;
    const ratioW = textWidth(ratioText, small);
    const mid = (x(low) + x(high)) / 2;
    const rx = Math.min(Math.max(mid - ratioW / 2, a.x0), a.x1 - ratioW);
    out.labels.push({
      id: `ratio-${p.id}`,
      x: rx,
      y: cy + r + 6 * k + ASCENT * small,
      lines: [ratioText],
      size: small,
      tone: 'muted',
      ...at,
    });
    out.marks.push({
      id: `pair-${p.id}`,
      box: box(x(low) - r, cy - r, x(high) + r, cy + r),
      ...at,
    });
    y += rowH;
  }
  const axisY = y + 4 * k;
  const decades: number[] = [];
  for (let v = 1; v <= hi; v *= 10) if (v >= lo) decades.push(v);
  const short = (v: number) => (v >= 1000 ? `$${v / 1000}k` : `$${v}`);
  const ticks = decades.map((v) => ({ x: x(v), y0: axisY - 6 * k, y1: axisY - 2 * k }));
  // Every decade named where the names have room, every other one where they do not.
  const widest = Math.max(...decades.map((v) => textWidth(short(v), small)));
  const every = x(10) - x(1) < widest + 8 * k ? 2 : 1;
  decades.forEach((v, i) => {
    if (i % every === 0)
      out.labels.push({
        id: `tick-${v}`,
        x: x(v),
        y: axisY + ASCENT * small,
        lines: [short(v)],
        size: small,
        anchor: 'middle',
        tone: 'muted',
        ...at,
      });
  });
  out.marks.push({ id: 'axis', box: box(x(lo), axisY - 6 * k, x(hi), axisY - 2 * k), ...at });
  out.patterns = { rows: placed, ticks, axis: { x0: x(lo), x1: x(hi), y: axisY - 4 * k }, legend };
}

export const boundsOf = (l: Pick<PricesLayout, 'width' | 'height'>): Box =>
  box(0, 0, l.width, l.height);
