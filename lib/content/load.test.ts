import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentErrors } from './errors';
import { figurePlacementErrors, loadContent } from './load';

const good = path.resolve(__dirname, 'fixtures/good');
const saved = process.env.CONTENT_DIR;
afterEach(() => {
  process.env.CONTENT_DIR = saved;
});

/** A copy of the good fixture with one file changed. */
function broken(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  fs.cpSync(good, dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  return dir;
}

function problems(dir: string): string[] {
  process.env.CONTENT_DIR = dir;
  try {
    loadContent();
    return [];
  } catch (err) {
    if (err instanceof ContentErrors) return err.errors.map((e) => e.message);
    throw err;
  }
}

describe('loadContent', () => {
  it('loads the good fixture, numbering citations by first use', () => {
    process.env.CONTENT_DIR = good;
    const c = loadContent();
    expect(c.chapters.map((ch) => ch.slug)).toEqual(['only']);
    const ch = c.chapters[0];
    expect(ch.citedSources).toEqual(['post', 'pod']);
    expect(ch.headings.map((h) => h.id)).toEqual(['first-part', 'a-sub-part']);
    expect(ch.minutes).toBe(1);
  });

  it.each([
    [
      'chapters/01-only.mdx',
      (t: string) => t.replace('source="post" />', 'source="nope" />'),
      'unknown source id "nope"',
    ],
    [
      'chapters/01-only.mdx',
      (t: string) => t.replace('at="01:19:15"', 'at="1:99"'),
      'malformed timestamp "1:99"',
    ],
    [
      'chapters/01-only.mdx',
      (t: string) => t.replace('id="api"', 'id="zzz"'),
      'unknown glossary term "zzz"',
    ],
    [
      'chapters/01-only.mdx',
      (t: string) => t.replace('order: 1', 'order: 2'),
      'field "order": is 2 but the file name says 1',
    ],
    [
      'chapters/01-only.mdx',
      (t: string) => t.replace('subtitle: A fixture\n', ''),
      'field "subtitle"',
    ],
    [
      'chapters/01-only.mdx',
      (t: string) => t.replace('subtitle: A fixture', 'subtitle: A: fixture: here'),
      'field "frontmatter": invalid YAML',
    ],
    [
      'sources/core.yaml',
      (t: string) => t + t.slice(0, t.indexOf('- id: post')),
      'field "id": duplicate id',
    ],
    [
      'timeline/events.yaml',
      (t: string) => t.replace('lane: aws', 'lane: mars'),
      'entry "launch" › field "lane"',
    ],
    [
      'timeline/events.yaml',
      (t: string) => t.replace('anchor: first-part', 'anchor: nowhere'),
      'no heading "#nowhere"',
    ],
    [
      'timeline/events.yaml',
      (t: string) => t.replace('chapter: only', 'chapter: other'),
      'unknown chapter "other"',
    ],
    [
      'timeline/annotations.yaml',
      (t: string) => t.replace('event: launch', 'event: landing'),
      'annotations.yaml › entry "landing" › field "event": unknown timeline event "landing"',
    ],
    [
      'timeline/annotations.yaml',
      (t: string) => t.replace('Something opens', 'Something opens, and a great deal more besides'),
      'entry "launch" › field "text": a few words: at most 40 characters',
    ],
  ])('fails on a bad %s (%#)', (file, edit, message) => {
    const found = problems(broken(file, edit));
    expect(found.join('\n')).toContain(message);
    expect(found[0]).toMatch(/^lib\/.*|^\/|^\.\.|content|tmp/);
  });
});

describe('figure placements', () => {
  it('name a registered figure, with the file and line of the placement', () => {
    process.env.CONTENT_DIR = broken('chapters/01-only.mdx', (t) =>
      t.replace('id="stepper-demo"', 'id="no-such-figure"'),
    );
    const c = loadContent();
    expect(figurePlacementErrors(c, new Set(['stepper-demo'])).map((e) => e.message)).toEqual([
      expect.stringMatching(
        /01-only\.mdx:\d+ › entry "<Figure>" › field "id": unknown figure "no-such-figure"/,
      ),
    ]);
    process.env.CONTENT_DIR = good;
    expect(figurePlacementErrors(loadContent(), new Set(['stepper-demo']))).toEqual([]);
  });
});

describe('the build', () => {
  it('stops with one line naming file, entry and field', () => {
    const dir = broken('sources/core.yaml', (t) =>
      t.replace('date: "2006-03-14"', 'date: "2006-3-14"'),
    );
    let output = '';
    try {
      execFileSync('npx', ['--no-install', 'tsx', 'scripts/validate-content.ts'], {
        env: { ...process.env, CONTENT_DIR: dir, GENERATED_DIR: path.join(dir, '.gen') },
        stdio: 'pipe',
      });
    } catch (err) {
      const e = err as { status: number; stderr: Buffer };
      expect(e.status).toBe(1);
      output = e.stderr.toString();
    }
    expect(output).toMatch(
      /sources\/core\.yaml › entry "post" › field "date": must be YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  }, 60_000);
});
