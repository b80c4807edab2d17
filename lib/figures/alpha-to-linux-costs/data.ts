import { z } from 'zod';
import { idSchema } from '@/lib/content/schemas';

/** Schema of content/data/alpha-to-linux-costs.yaml: every number with the sources that give it. */

const sources = z.array(idSchema).min(1, 'needs at least one source id');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');

const quarterSchema = z
  .object({
    id: idSchema,
    year: z.number().int().min(1994).max(2100),
    quarter: z.number().int().min(1).max(4),
    dollarsM: z.number().positive('must be a positive number of $ millions'),
    sources,
    shareOfSales: z
      .object({ percent: z.number().min(0).max(100), sources })
      .strict()
      .optional(),
  })
  .strict();

export const alphaCostsSchema = z
  .object({
    id: z.literal('alpha-to-linux-costs'),
    line: z.string().min(1),
    quarters: z.array(quarterSchema).min(2),
    fleet: z
      .object({
        before: z.object({ label: z.string().min(1), sources }).strict(),
        start: z.object({ month, sources }).strict(),
        plan: z.object({ days: z.number().int().positive(), sources }).strict(),
        done: z
          .object({
            month,
            percent: z.number().min(0).max(100),
            what: z.string().min(1),
            sources,
          })
          .strict(),
      })
      .strict(),
    causes: z
      .object({
        quarter: idSchema,
        against: idSchema,
        named: z.array(z.string().min(1)).min(2, 'the point is that more than one cause is named'),
        sources,
      })
      .strict(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const ids = new Set(d.quarters.map((q) => q.id));
    for (const key of ['quarter', 'against'] as const) {
      if (!ids.has(d.causes[key]))
        ctx.addIssue({
          code: 'custom',
          path: ['causes', key],
          message: `names no quarter in quarters ("${d.causes[key]}")`,
        });
    }
    const order = d.quarters.map((q) => q.year * 4 + q.quarter);
    order.forEach((v, i) => {
      if (i > 0 && v <= order[i - 1])
        ctx.addIssue({
          code: 'custom',
          path: ['quarters', i, 'quarter'],
          message: 'quarters must be listed in time order, each once',
        });
    });
    if (d.fleet.start.month > d.fleet.done.month)
      ctx.addIssue({
        code: 'custom',
        path: ['fleet', 'done', 'month'],
        message: 'is before the start',
      });
  });

export type AlphaCostsData = z.infer<typeof alphaCostsSchema>;
export type AlphaQuarter = AlphaCostsData['quarters'][number];
