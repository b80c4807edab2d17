import { describe, expect, it } from 'vitest';
import { loadContent } from '../content/load';
import {
  clampTeams,
  coordinationPaths,
  directReads,
  interfaces,
  layoutMandate,
  rulesAt,
} from './mandate';
import { apiMandate } from '@/components/figures/api-mandate/meta';

describe('coordination arithmetic', () => {
  it('counts pairs as n(n-1)/2 and interfaces as n', () => {
    expect(coordinationPaths(2)).toBe(1);
    expect(coordinationPaths(10)).toBe(45);
    expect(coordinationPaths(40)).toBe(780);
    expect(interfaces(10)).toBe(10);
    expect(interfaces(40)).toBe(40);
    expect(directReads(10)).toBe(90);
  });

  it('matches the sums it stands for', () => {
    for (let n = 2; n <= 40; n++) {
      let pairs = 0;
      for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs++;
      expect(coordinationPaths(n)).toBe(pairs);
      expect(directReads(n)).toBe(2 * pairs);
    }
  });

  it('keeps the slider between 2 and 40 teams', () => {
    expect(clampTeams(1)).toBe(2);
    expect(clampTeams(99)).toBe(40);
    expect(clampTeams(Number.NaN)).toBe(10);
    expect(clampTeams(7.6)).toBe(8);
  });

  it('switches the rules on one by one', () => {
    expect(rulesAt(0)).toMatchObject({ count: 0, interfaces: false, noBackDoors: false });
    expect(rulesAt(3)).toMatchObject({ count: 3, talk: true, noBackDoors: true, anyTech: false });
    expect(rulesAt(7, 7).count).toBe(7);
    expect(rulesAt(9, 6).count).toBe(6);
  });

  it('places every team, its database and its interface inside the drawing', () => {
    for (const n of [2, 10, 40]) {
      const l = layoutMandate(n, 400, 400);
      expect(l.teams).toHaveLength(n);
      for (const t of l.teams)
        for (const [x, y] of [t.team, t.db, t.api]) {
          expect(x).toBeGreaterThan(0);
          expect(x).toBeLessThan(400);
          expect(y).toBeGreaterThan(0);
          expect(y).toBeLessThan(400);
        }
    }
  });
});

describe('mandate data', () => {
  it('has its rules worded as the chapter words them, and one step per rule plus before', () => {
    const c = loadContent();
    const mandate = c.figures.mandate!.data;
    const chapter = c.chapters.find((ch) => ch.slug === 'monolith-and-mandate')!;
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    for (const r of mandate.rules) expect(flat(chapter.body)).toContain(flat(r.text));
    expect(apiMandate.steps).toHaveLength(mandate.rules.length + 1);
    expect(apiMandate.steps[3].title).toBe(`Rule 3: ${mandate.rules[2].short}`);
  });
});
