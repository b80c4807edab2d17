import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError } from './errors';
import { alphaCostsSchema, type AlphaCostsData } from '../figures/alpha-to-linux-costs/data';
import { catalogueSchema, type CatalogueData } from '../figures/catalogue-developers/data';
import { launchPricesSchema, type LaunchPricesData } from '../figures/launch-prices/data';
import { blastRadiusSchema, type BlastRadiusData } from './blast-radius';
import { dynamoRingSchema, type DynamoRingData } from './dynamo-ring';
import { billingDataSchema, type BillingData } from './billing-data';
import { idSchema, timestampSchema } from './schemas';
import { insideOutSchema, type InsideOutData } from './stack-data';

/**
 * Data behind the explorables (content/data/*.yaml): one YAML mapping per figure. Every block
 * that a figure draws carries a source id and says whether its numbers are illustrative.
 */

const basis = {
  illustrative: z.boolean(),
  source: idSchema,
  at: timestampSchema.optional(),
};
const share = z.number().min(0).max(2);
const range = z
  .object({ min: z.number(), max: z.number(), step: z.number().positive(), default: z.number() })
  .strict()
  .refine((r) => r.min < r.max && r.default >= r.min && r.default <= r.max, {
    message: 'needs min < max and min ≤ default ≤ max',
  });

export const excessCapacitySchema = z
  .object({
    id: z.literal('excess-capacity'),
    retail: z
      .object({ label: z.string().min(1), months: z.array(share).length(12), ...basis })
      .strict(),
    capacity: z.object({ label: z.string().min(1), value: share, ...basis }).strict(),
    aws: z.object({ label: z.string().min(1), start: share, ...basis }).strict(),
    launch: z
      .object({
        label: z.string().min(1),
        month: z.number().int().min(1).max(12),
        year: z.number().int().min(1990).max(2100),
        ...basis,
      })
      .strict(),
    claim: z
      .object({
        who: z.string().min(1),
        quote: z.string().min(1),
        months: z.number().int().min(1).max(24),
        ...basis,
      })
      .strict(),
    collision: z.object({ customer: z.string().min(1), ...basis }).strict(),
    controls: z
      .object({
        growth: range,
        launchMonth: range.refine((r) => r.min >= 1 && r.max <= 12, 'months run 1-12'),
      })
      .strict(),
    presets: z
      .array(
        z
          .object({
            step: z.number().int().min(0),
            growth: z.number(),
            launchMonth: z.number().int().min(1).max(12),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    d.presets.forEach((p, i) => {
      const g = d.controls.growth;
      if (p.growth < g.min || p.growth > g.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['presets', i, 'growth'],
          message: `must lie within the growth control (${g.min}-${g.max})`,
        });
      }
    });
    const peak = Math.max(...d.retail.months);
    if (peak > d.capacity.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['capacity', 'value'],
        message: `is below the retail peak (${peak}); capacity is bought for the peak`,
      });
    }
  });
export type ExcessCapacityData = z.infer<typeof excessCapacitySchema>;

const stageSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1),
    minutes: z.number().positive(),
    /** True when the source names this stage; durations are a separate matter (illustrative). */
    named: z.boolean(),
    ...basis,
  })
  .strict();
const pathSchema = z
  .object({ label: z.string().min(1), stages: z.array(stageSchema).min(1) })
  .strict();
const costSchema = z
  .object({ label: z.string().min(1), dollars: z.number().positive(), ...basis })
  .strict();

export const provisioningSchema = z
  .object({
    id: z.literal('provisioning'),
    old: pathSchema,
    new: pathSchema,
    cost: z.object({ label: z.string().min(1), old: costSchema, new: costSchema }).strict(),
  })
  .strict();
export type ProvisioningData = z.infer<typeof provisioningSchema>;
export type ProvisioningStage = z.infer<typeof stageSchema>;

export interface ExplorableData {
  excessCapacity?: ExcessCapacityData;
  provisioning?: ProvisioningData;
  alphaCosts?: AlphaCostsData;
  catalogue?: CatalogueData;
  launchPrices?: LaunchPricesData;
  blastRadius?: BlastRadiusData;
  dynamoRing?: DynamoRingData;
  billingGranularity?: BillingData;
  insideOut?: InsideOutData;
}

export const explorableFiles = {
  excessCapacity: { file: 'excess-capacity.yaml', schema: excessCapacitySchema },
  provisioning: { file: 'provisioning.yaml', schema: provisioningSchema },
  alphaCosts: { file: 'alpha-to-linux-costs.yaml', schema: alphaCostsSchema },
  catalogue: { file: 'catalogue-developers.yaml', schema: catalogueSchema },
  launchPrices: { file: 'launch-prices.yaml', schema: launchPricesSchema },
  blastRadius: { file: 'blast-radius.yaml', schema: blastRadiusSchema },
  dynamoRing: { file: 'dynamo-ring.yaml', schema: dynamoRingSchema },
  billingGranularity: { file: 'billing-granularity.yaml', schema: billingDataSchema },
  insideOut: { file: 'inside-out.yaml', schema: insideOutSchema },
} as const;

/** Names a zod path as entry (top-level block, or the stage id in a list) and field (the rest). */
function locate(data: unknown, issuePath: PropertyKey[]): { entry: string; field: string } {
  const keys = issuePath.map(String);
  if (keys.length === 0) return { entry: '(file)', field: '(root)' };
  let entry = keys[0];
  let rest = keys.slice(1);
  // old.stages.2.minutes → entry "old.stages[rfp]", field "minutes"
  const i = rest.findIndex((k) => /^\d+$/.test(k));
  if (i >= 0) {
    let node: unknown = data;
    for (const k of keys.slice(0, i + 2)) node = (node as Record<string, unknown> | undefined)?.[k];
    const id =
      node && typeof node === 'object' && 'id' in node ? String(node.id) : `#${+rest[i] + 1}`;
    entry = [entry, ...rest.slice(0, i)].join('.') + `[${id}]`;
    rest = rest.slice(i + 1);
  }
  return { entry, field: rest.length ? rest.join('.') : '(entry)' };
}

/** Validates one data document; source ids must be among `sourceIds`. */
export function parseExplorable<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  sourceIds: Set<string>,
): { data?: z.infer<S>; errors: ContentError[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0];
    return { errors: [new ContentError(file, '(file)', '(yaml)', msg)] };
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) => {
        const { entry, field } = locate(raw, issue.path);
        return new ContentError(file, entry, field, issue.message);
      }),
    };
  }
  const errors: ContentError[] = [];
  // Every `source` (and each id of a `sources` list) anywhere must name a known source.
  const unknown = (v: string, where: PropertyKey[]) => {
    const { entry, field } = locate(raw, where);
    errors.push(new ContentError(file, entry, field, `unknown source id "${v}"`));
  };
  const walk = (node: unknown, at: PropertyKey[]) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...at, i]));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'source' && typeof v === 'string') {
          if (!sourceIds.has(v)) unknown(v, [...at, k]);
        } else if (k === 'sources' && Array.isArray(v)) {
          v.forEach((id, i) => {
            if (typeof id === 'string' && !sourceIds.has(id)) unknown(id, [...at, k, i]);
          });
        } else walk(v, [...at, k]);
      }
    }
  };
  walk(result.data, []);
  return errors.length ? { errors } : { data: result.data, errors };
}

/** Reads content/data/*.yaml for the explorables; a missing file is simply absent. */
export function loadExplorableData(
  root: string,
  sourceIds: Set<string>,
  errors: ContentError[],
): ExplorableData {
  const out: ExplorableData = {};
  for (const [key, { file, schema }] of Object.entries(explorableFiles) as [
    keyof ExplorableData,
    (typeof explorableFiles)[keyof ExplorableData],
  ][]) {
    const full = path.join(root, 'data', file);
    if (!fs.existsSync(full)) continue;
    const rel = path.relative(process.cwd(), full);
    const result = parseExplorable(rel, fs.readFileSync(full, 'utf8'), schema, sourceIds);
    errors.push(...result.errors);
    if (result.data) (out as Record<string, unknown>)[key] = result.data;
  }
  return out;
}
