import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './errors';
import { checkStages, mandateSchema, stagedFigureSchema, type Mandate, type StagedFigure } from './figure-stages';
import { billingDataSchema } from '../figures/billing-granularity/model';
import { insideOutSchema } from '../figures/inside-out/model';

/** Figures whose data file has a schema of its own (content/figures/<id>.yaml). */
const dataSchemas: Record<string, z.ZodType> = {
  'billing-granularity': billingDataSchema,
  'inside-out': insideOutSchema,
};

/** Turns a zod issue inside a figure file into "file › stage <id> › field". */
function issueError(file: string, raw: unknown, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  const [head, index, ...rest] = issue.path;
  if ((head === 'stages' || head === 'rules') && typeof index === 'number') {
    const list = (raw as Record<string, unknown[]>)[head];
    const item = list?.[index] as { id?: unknown } | undefined;
    const name = typeof item?.id === 'string' ? item.id : `#${index + 1}`;
    return new ContentError(file, `${head === 'stages' ? 'stage' : 'rule'} ${name}`, rest.length ? rest.join('.') : '(entry)', issue.message);
  }
  return new ContentError(file, '(file)', issue.path.join('.') || '(root)', issue.message);
}

/** Names the entry a path points into by its id ("layer cards") and the field inside it. */
function where(raw: unknown, path: string[]): { entry: string; field: string } {
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    node = (node as Record<string, unknown> | undefined)?.[path[i]];
    const id = (node as { id?: unknown } | undefined)?.id;
    if (i > 0 && /^\d+$/.test(path[i]) && typeof id === 'string')
      return {
        entry: `${path[i - 1].replace(/s$/, '')} ${id}`,
        field: path.slice(i + 1).join('.') || '(entry)',
      };
  }
  return { entry: '(file)', field: path.join('.') || '(root)' };
}

function dataError(file: string, raw: unknown, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  const { entry, field } = where(raw, issue.path.map(String));
  return new ContentError(file, entry, field, issue.message);
}

/** Every `sources` list anywhere in a data file, with where it is. */
function sourceLists(node: unknown, at: string[] = []): { at: string; ids: string[] }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => sourceLists(x, [...at, String(i)]));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === 'sources' && Array.isArray(v)
      ? [{ at: [...at, k].join('.'), ids: v as string[] }]
      : sourceLists(v, [...at, k]),
  );
}

export interface FigureData {
  staged: { file: string; figure: StagedFigure }[];
  mandate?: { file: string; data: Mandate };
  /** Data files with their own schema, by figure id. */
  other: { file: string; id: string; data: unknown }[];
}

/** Reads content/figures/*.yaml: staged diagrams (with `stages`) and the API mandate. */
export function loadFigureData(dir: string, rel: (f: string) => string, errors: ContentError[]): FigureData {
  const out: FigureData = { staged: [], other: [] };
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const file = rel(path.join(dir, name));
    let raw: unknown;
    try {
      raw = parseYaml(fs.readFileSync(path.join(dir, name), 'utf8'));
    } catch (err) {
      errors.push(new ContentError(file, '(file)', '(yaml)', (err as Error).message.split('\n')[0]));
      continue;
    }
    const base = name.replace(/\.ya?ml$/, '');
    if (raw && typeof raw === 'object' && 'stages' in raw) {
      const parsed = stagedFigureSchema.safeParse(raw);
      if (!parsed.success) errors.push(issueError(file, raw, parsed.error));
      else if (parsed.data.id !== base) errors.push(new ContentError(file, '(file)', 'id', `must match the file name "${base}"`));
      else {
        errors.push(...checkStages(file, parsed.data));
        out.staged.push({ file, figure: parsed.data });
      }
    } else if (base in dataSchemas) {
      const parsed = dataSchemas[base].safeParse(raw);
      if (!parsed.success) errors.push(dataError(file, raw, parsed.error));
      else out.other.push({ file, id: base, data: parsed.data });
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
        if (!sourceIds.has(id)) errors.push(new ContentError(file, `stage ${s.id}`, `sources.${i}`, `unknown source id "${id}"`));
      });
      if (!chapterSlugs.has(s.chapter))
        errors.push(new ContentError(file, `stage ${s.id}`, 'chapter', `unknown chapter "${s.chapter}"`));
    }
  }
  for (const { file, data: d } of data.other) {
    for (const { at, ids } of sourceLists(d))
      ids.forEach((id, i) => {
        if (sourceIds.has(id)) return;
        const { entry, field } = where(d, [...at.split('.'), String(i)]);
        errors.push(new ContentError(file, entry, field, `unknown source id "${id}"`));
      });
  }
  if (data.mandate) {
    data.mandate.data.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) errors.push(new ContentError(data.mandate!.file, '(file)', `sources.${i}`, `unknown source id "${id}"`));
    });
  }
  return errors;
}
