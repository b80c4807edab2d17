import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './errors';
import {
  checkStages,
  mandateSchema,
  stagedFigureSchema,
  type Mandate,
  type StagedFigure,
} from './figure-stages';

/** Turns a zod issue inside a figure file into "file › stage <id> › field". */
function issueError(file: string, raw: unknown, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  const [head, index, ...rest] = issue.path;
  if ((head === 'stages' || head === 'rules') && typeof index === 'number') {
    const list = (raw as Record<string, unknown[]>)[head];
    const item = list?.[index] as { id?: unknown } | undefined;
    const name = typeof item?.id === 'string' ? item.id : `#${index + 1}`;
    return new ContentError(
      file,
      `${head === 'stages' ? 'stage' : 'rule'} ${name}`,
      rest.length ? rest.join('.') : '(entry)',
      issue.message,
    );
  }
  return new ContentError(file, '(file)', issue.path.join('.') || '(root)', issue.message);
}

export interface FigureData {
  staged: { file: string; figure: StagedFigure }[];
  mandate?: { file: string; data: Mandate };
}

/** Reads content/figures/*.yaml: staged diagrams (with `stages`) and the API mandate. */
export function loadFigureData(
  dir: string,
  rel: (f: string) => string,
  errors: ContentError[],
): FigureData {
  const out: FigureData = { staged: [] };
  if (!fs.existsSync(dir)) return out;
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = rel(path.join(dir, name));
    let raw: unknown;
    try {
      raw = parseYaml(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (err) {
      errors.push(
        new ContentError(file, '(file)', '(yaml)', (err as Error).message.split('\n')[0]),
      );
      continue;
    }
    const base = name.replace(/\.ya?ml$/, '');
    if (raw && typeof raw === 'object' && 'stages' in raw) {
      const parsed = stagedFigureSchema.safeParse(raw);
      if (!parsed.success) errors.push(issueError(file, raw, parsed.error));
      else if (parsed.data.id !== base)
        errors.push(new ContentError(file, '(file)', 'id', `must match the file name "${base}"`));
      else {
        errors.push(...checkStages(file, parsed.data));
        out.staged.push({ file, figure: parsed.data });
      }
    } else if (base === 'api-mandate') {
      const parsed = mandateSchema.safeParse(raw);
      if (!parsed.success) errors.push(issueError(file, raw, parsed.error));
      else out.mandate = { file, data: parsed.data };
    }
  }
  return out;
}

/** Source and chapter references from figure data, checked against the rest of content/. */
export function crossCheckFigures(
  data: FigureData,
  sourceIds: Set<string>,
  chapterSlugs: Set<string>,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const { file, figure } of data.staged) {
    for (const s of figure.stages) {
      s.sources.forEach((id, i) => {
        if (!sourceIds.has(id))
          errors.push(
            new ContentError(file, `stage ${s.id}`, `sources.${i}`, `unknown source id "${id}"`),
          );
      });
      if (!chapterSlugs.has(s.chapter))
        errors.push(
          new ContentError(file, `stage ${s.id}`, 'chapter', `unknown chapter "${s.chapter}"`),
        );
    }
  }
  if (data.mandate) {
    data.mandate.data.sources.forEach((id, i) => {
      if (!sourceIds.has(id))
        errors.push(
          new ContentError(
            data.mandate!.file,
            '(file)',
            `sources.${i}`,
            `unknown source id "${id}"`,
          ),
        );
    });
  }
  return errors;
}
