import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chartFiles, sortedYears } from '../content/chart-data';
import { ContentErrors } from '../content/errors';
import { loadContent } from '../content/load';
import { parseEntries } from '../content/parse';
import { growthLayout, margin, nearestIndex } from './growth';
import { billions, pct, wrapText } from './format';
import { leadOverSecond, namedTotal, remainder } from './shares';

const saved = process.env.CONTENT_DIR;
afterEach(() => {
  process.env.CONTENT_DIR = saved;
});

const charts = loadContent().charts;

describe('AWS growth data', () => {
  it('loads every year from 2013 to 2024, sorted by year', () => {
    const years = charts.financials.map((y) => y.year);
    expect(years[0]).toBe(2013);
    expect(years.at(-1)).toBe(2024);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(new Set(years).size).toBe(years.length);
    expect(charts.financials.find((y) => y.year === 2024)?.revenue).toBe(107556);
  });

  it('sorts years whatever order the file lists them in', () => {
    const shuffled = [...charts.financials].reverse();
    expect(sortedYears(shuffled).map((y) => y.year)).toEqual(charts.financials.map((y) => y.year));
  });

  it('marks the stock-based compensation break after the only pre-SBC year', () => {
    const before = charts.financials.filter((y) => y.basis === 'before-sbc').map((y) => y.year);
    expect(before).toEqual([2013]);
    const layout = growthLayout(charts.financials, { width: 800, height: 400 });
    const [p2013, p2014] = layout.points;
    expect(layout.breakX).toBeCloseTo((p2013.x + p2014.x) / 2);
    expect(p2014.preSbc?.income).toBe(660);
  });

  it('maps revenue upward on both scales and finds the nearest year', () => {
    const layout = growthLayout(charts.financials, { width: 800, height: 400 });
    for (const s of ['linear', 'log'] as const) {
      const ys = layout.points.map((p) => p.yRev[s]);
      expect(ys).toEqual([...ys].sort((a, b) => b - a));
      for (const y of ys) expect(y).toBeGreaterThanOrEqual(layout.plot.top - 0.01);
    }
    expect(layout.ticks.log.map((t) => t.label)).toContain('$100B');
    const i = nearestIndex(layout, layout.points[5].x + 3);
    expect(layout.points[i].year).toBe(2018);
  });

  it('formats for reading', () => {
    expect(billions(107556)).toBe('$107.6B');
    expect(pct(38.9)).toBe('38.9%');
    expect(pct(31)).toBe('31%');
    expect(margin({ revenue: 107556, income: 39834 })).toBe(37);
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('market shares', () => {
  it('never add up to more than 100% for one measurer', () => {
    expect(charts.shares.length).toBeGreaterThanOrEqual(2);
    for (const m of charts.shares) expect(namedTotal(m)).toBeLessThanOrEqual(100);
  });

  it('carry the measurer, scope and period that make them differ', () => {
    const gartner = charts.shares.find((m) => m.id === 'gartner-iaas-2021')!;
    const synergy = charts.shares.find((m) => m.id === 'synergy-q4-2023')!;
    expect(gartner.scope).toMatch(/IaaS/);
    expect(synergy.period).toBe('2023-Q4');
    expect(leadOverSecond(gartner)).toEqual({ second: 'Microsoft', points: 17.8 });
    expect(leadOverSecond(synergy)).toEqual({ second: 'Microsoft', points: 7 });
    expect(remainder(synergy)).toBe(34);
  });
});

describe('margins, layers and powers', () => {
  it('keep Google advertising without an invented number', () => {
    const ads = charts.margins.find((m) => m.id === 'google-ads')!;
    expect(ads.low).toBeUndefined();
    expect(ads.unquantified).toBeTruthy();
  });
  it('list seven powers, four held', () => {
    expect(charts.powers).toHaveLength(7);
    expect(charts.powers.filter((p) => p.verdict === 'held')).toHaveLength(4);
  });
  it('place EC2 and S3 in IaaS and App Engine and Azure in PaaS', () => {
    const layer = (id: string) => charts.layers.find((l) => l.id === id)?.layer;
    expect([layer('ec2'), layer('s3'), layer('app-engine'), layer('azure')]).toEqual([
      'iaas',
      'iaas',
      'paas',
      'paas',
    ]);
  });
});

describe('chart schemas reject bad entries', () => {
  const parse = (key: keyof typeof chartFiles, yaml: string) =>
    parseEntries(`content/data/${chartFiles[key].file}`, yaml, chartFiles[key].schema).errors.map(
      (e) => e.message,
    );

  it('names file, entry and field for a non-number revenue', () => {
    expect(
      parse(
        'financials',
        '- {id: fy-2030, year: 2030, revenue: lots, operatingIncome: 1, basis: with-sbc, source: amazon-10k}',
      ),
    ).toEqual([expect.stringMatching(/aws-financials\.yaml › entry "fy-2030" › field "revenue"/)]);
  });

  it('rejects shares that add up to more than 100%', () => {
    const yaml = `- id: made-up
  measurer: X
  scope: Y
  scopeDetail: Z
  period: '2020'
  periodLabel: full year 2020
  source: a
  shares: [{company: A, role: aws, share: 70}, {company: B, role: rivals, share: 40}]`;
    expect(parse('shares', yaml)[0]).toMatch(/entry "made-up" › field "shares": add up to 110%/);
  });

  it('rejects a share above 100 and names the nested field', () => {
    const yaml = `- {id: m, measurer: X, scope: Y, scopeDetail: Z, period: '2020', periodLabel: p, source: a, shares: [{company: A, role: aws, share: 120}]}`;
    expect(parse('shares', yaml)[0]).toMatch(/field "shares\.0\.share"/);
  });

  it('rejects a margin with neither a number nor a comparison', () => {
    expect(parse('margins', '- {id: m, label: L, who: W, role: aws, source: a}')[0]).toMatch(
      /entry "m" › field "low"/,
    );
  });

  it('rejects a power without its one-line mechanism', () => {
    expect(parse('powers', '- {id: p, power: P, verdict: held, source: a}')[0]).toMatch(
      /entry "p" › field "mechanism"/,
    );
  });

  it('fails the load when a number points at a source that does not exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    fs.cpSync(path.resolve(__dirname, '../content/fixtures/good'), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(
      path.join(dir, 'data/aws-financials.yaml'),
      '- {id: fy-2013, year: 2013, revenue: 3108, operatingIncome: 673, basis: before-sbc, source: no-such-source}\n',
    );
    process.env.CONTENT_DIR = dir;
    let messages: string[] = [];
    try {
      loadContent();
    } catch (err) {
      if (err instanceof ContentErrors) messages = err.errors.map((e) => e.message);
      else throw err;
    }
    expect(messages).toEqual([
      expect.stringMatching(
        /aws-financials\.yaml › entry "fy-2013" › field "source": unknown source id "no-such-source"/,
      ),
    ]);
  });
});

describe('layer diagram lanes', () => {
  it('stacks products launched close together and keeps apart ones in lane 0', async () => {
    const { assignLanes, fractionalYear } = await import('./layers');
    const placed = assignLanes(
      [2006.2, 2006.6, 2012.5],
      (v) => v * 100,
      () => 80,
    );
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0]);
    expect(fractionalYear('2006-08-25')).toBeCloseTo(2006.65, 1);
  });
});
