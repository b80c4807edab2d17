import { scaleLinear, scaleLog } from 'd3-scale';
import type { FinancialYear } from '../content/chart-data';

export type YScale = 'linear' | 'log';

export interface GrowthPoint {
  year: number;
  x: number;
  revenue: number;
  income: number;
  /** Pixel y for revenue and operating income on the linear and the log scale. */
  yRev: Record<YScale, number>;
  yInc: Record<YScale, number>;
  beforeSbc: boolean;
  /** 2014 stated before stock-based compensation, drawn on the dashed old basis. */
  preSbc?: { income: number; y: Record<YScale, number> };
}

export interface GrowthLayout {
  points: GrowthPoint[];
  /** x of the line between the before-SBC and with-SBC years, or null if there is none. */
  breakX: number | null;
  ticks: Record<YScale, { value: number; y: number; label: string }[]>;
  plot: { left: number; right: number; top: number; bottom: number };
  step: number;
}

const LOG_MIN = 300; // $0.3B: below the smallest operating income
const logTicks = [500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];

function tickLabel(millions: number): string {
  const b = millions / 1000;
  return b < 1 ? `$${b}B` : `$${b}B`;
}

/**
 * Positions for the growth chart. Both y mappings are computed so the figure can tween between
 * them; `years` must already be sorted (the loader sorts them).
 */
export function growthLayout(
  years: FinancialYear[],
  size: {
    width: number;
    height: number;
    left?: number;
    right?: number;
    top?: number;
    bottom?: number;
    /** Room between the y axis and the first year, so its label clears the lowest tick's. */
    inset?: number;
  },
): GrowthLayout {
  const plot = {
    left: size.left ?? 44,
    right: size.width - (size.right ?? 150),
    top: size.top ?? 36,
    bottom: size.height - (size.bottom ?? 28),
  };
  const first = years[0]?.year ?? 2013;
  const last = years[years.length - 1]?.year ?? 2024;
  const x = scaleLinear()
    .domain([first, last])
    .range([plot.left + (size.inset ?? 8), plot.right]);
  const max = Math.max(...years.map((y) => y.revenue));
  const lin = scaleLinear().domain([0, max]).nice(5).range([plot.bottom, plot.top]);
  const log = scaleLog()
    .domain([LOG_MIN, max * 1.15])
    .range([plot.bottom, plot.top]);
  const both = (v: number) => ({ linear: lin(v), log: log(Math.max(v, LOG_MIN)) });
  const points = years.map<GrowthPoint>((y) => ({
    year: y.year,
    x: x(y.year),
    revenue: y.revenue,
    income: y.operatingIncome,
    yRev: both(y.revenue),
    yInc: both(y.operatingIncome),
    beforeSbc: y.basis === 'before-sbc',
    preSbc:
      y.operatingIncomeBeforeSbc !== undefined
        ? { income: y.operatingIncomeBeforeSbc, y: both(y.operatingIncomeBeforeSbc) }
        : undefined,
  }));
  const lastBefore = points.findLast((p) => p.beforeSbc);
  const firstWith = points.find((p) => !p.beforeSbc);
  const breakX = lastBefore && firstWith ? (lastBefore.x + firstWith.x) / 2 : null;
  return {
    points,
    breakX,
    plot,
    step: points.length > 1 ? points[1].x - points[0].x : plot.right - plot.left,
    ticks: {
      linear: lin.ticks(5).map((v) => ({ value: v, y: lin(v), label: tickLabel(v) })),
      log: logTicks
        .filter((v) => v <= max * 1.15)
        .map((v) => ({ value: v, y: log(v), label: tickLabel(v) })),
    },
  };
}

/** The index of the year nearest to a pixel x. */
export function nearestIndex(layout: GrowthLayout, px: number): number {
  let best = 0;
  layout.points.forEach((p, i) => {
    if (Math.abs(p.x - px) < Math.abs(layout.points[best].x - px)) best = i;
  });
  return best;
}

/** Operating margin in percent, rounded. */
export function margin(p: { revenue: number; income: number }): number {
  return Math.round((p.income / p.revenue) * 100);
}
