import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/errors';
import { loadFigureData } from '../content/figure-data';
import { stagedFigureSchema, type StagedFigure } from '../content/figure-stages';
import { loadContent } from '../content/load';
import { monolithToPlatform } from '@/components/figures/monolith-to-platform/meta';
import { clampStep } from './steps';
import { describeStage, layoutStage, linkedNode, wrapLabel } from './stage-layout';

const file = path.resolve('content/data/monolith-to-platform.yaml');
type Entry = Record<string, unknown>;
type Raw = { stages: (Entry & { nodes: Entry[]; edges: Entry[] })[] };
const raw = (): Raw => parse(fs.readFileSync(file, 'utf8'));
const fig: StagedFigure = stagedFigureSchema.parse(raw());

/** Loads a copy of the figure file with one edit, returning the problems found. */
function problems(edit: (data: Raw) => void): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-'));
  const data = raw();
  edit(data);
  fs.writeFileSync(path.join(dir, 'monolith-to-platform.yaml'), JSON.stringify(data));
  const errors: ContentError[] = [];
  loadFigureData(dir, (f) => path.relative(dir, f), errors);
  return errors.map((e) => e.message);
}

describe('monolith-to-platform stage data', () => {
  it('is valid, with every source and chapter known to the rest of content/', () => {
    const c = loadContent();
    const staged = c.figures.staged.find((s) => s.figure.id === 'monolith-to-platform');
    expect(staged?.figure.stages).toHaveLength(8);
    const sources = new Set(c.sources.map((s) => s.id));
    for (const id of monolithToPlatform.sources) expect(sources.has(id), id).toBe(true);
  });

  it('gives the figure one step per stage, each reachable by the host', () => {
    expect(monolithToPlatform.steps).toHaveLength(fig.stages.length);
    fig.stages.forEach((s, i) => {
      expect(clampStep(monolithToPlatform.steps.length, i)).toBe(i);
      expect(monolithToPlatform.steps[i].caption).toBe(s.caption);
    });
    expect(monolithToPlatform.steps[0].title).toMatch(/^1995: /);
    expect(monolithToPlatform.steps[7].title).toMatch(/^2006: /);
  });

  it('keeps node ids stable: one role and one row per id in every stage', () => {
    const seen = new Map<string, string>();
    for (const s of fig.stages) {
      for (const n of s.nodes) {
        const key = `${n.role}/${n.tier}`;
        expect(seen.get(n.id) ?? key, `${s.id} › ${n.id}`).toBe(key);
        seen.set(n.id, key);
      }
    }
  });

  it('ties every new node to the stage before it unless it is genuinely new', () => {
    // The nodes that appear from nowhere, by stage: anything else must split or merge.
    const fresh: Record<string, string[]> = {
      growth: ['team-3', 'team-4', 'team-5', 'team-6'],
      coarse: ['team-7', 'team-8', 'team-9'],
      platform: ['messaging'],
      aws: ['public'],
    };
    for (let i = 1; i < fig.stages.length; i++) {
      const [before, now] = [fig.stages[i - 1], fig.stages[i]];
      const had = new Set(before.nodes.map((n) => n.id));
      const added = now.nodes.filter((n) => !had.has(n.id)).map((n) => n.id);
      const unlinked = added.filter((id) => !linkedNode(id, now, before));
      expect(unlinked, now.id).toEqual(fresh[now.id] ?? []);
    }
  });

  it('lays out every stage inside the box at phone, desktop and projector sizes', () => {
    for (const [w, h] of [
      [360, 462],
      [896, 597],
      [1920, 1080],
    ]) {
      for (const s of fig.stages) {
        const l = layoutStage(s, w, h);
        for (const n of l.nodes) {
          expect(n.x, `${s.id} ${n.id} at ${w}`).toBeGreaterThanOrEqual(0);
          expect(n.x + n.w).toBeLessThanOrEqual(w);
          expect(n.y).toBeGreaterThanOrEqual(0);
          expect(n.y + n.h).toBeLessThanOrEqual(h);
          if (n.badge) {
            // The badge is drawn inside its box, under the label.
            expect(n.badgeLines.length, `${s.id} ${n.id} badge at ${w}`).toBeGreaterThan(0);
            expect(n.badgeW).toBeLessThanOrEqual(n.w);
          }
        }
        for (const g of l.groups) {
          expect(g.x, `${s.id} group ${g.id} at ${w}`).toBeGreaterThanOrEqual(0);
          expect(g.x + g.w).toBeLessThanOrEqual(w);
          expect(g.y + g.h).toBeLessThanOrEqual(h);
        }
        expect(l.edges).toHaveLength(s.edges.length);
        for (const e of l.edges) expect(e.d).not.toMatch(/NaN|undefined/);
      }
    }
  });

  it('describes each stage in words for screen readers', () => {
    expect(describeStage(fig.stages[0])).toContain('One shared database');
    expect(describeStage(fig.stages[7])).toContain('Anyone with a credit card');
    expect(wrapLabel('Amazon.com: one program', 110, 13)).toEqual(['Amazon.com:', 'one program']);
  });

  it.each([
    [
      (d: Raw) => (d.stages[2].nodes[0].role = 'martian'),
      'entry "stage soa" › field "nodes.0.role"',
    ],
    [
      (d: Raw) => (d.stages[0].edges[0].to = 'nowhere'),
      'entry "stage monolith" › field "edges.0.to": no node "nowhere"',
    ],
    [(d: Raw) => (d.stages[3].nodes[9].tier = 'data'), 'is amazon/data here but amazon/services'],
    [
      (d: Raw) => (d.stages[4].nodes[0].from = ['monolith']),
      'entry "stage microservices" › field "nodes.0.from.0"',
    ],
    [(d: Raw) => delete d.stages[1].caption, 'entry "stage growth" › field "caption"'],
  ])('names file, stage and field for a bad entry (%#)', (edit, message) => {
    const found = problems(edit);
    expect(found.join('\n')).toContain(message);
    expect(found[0]).toMatch(/^monolith-to-platform\.yaml › /);
  });
});
