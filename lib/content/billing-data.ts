import { z } from 'zod';
import { monthlyDuration } from '../figures/billing-granularity/model';
import { idSchema, partialDateSchema } from './schemas';

/**
 * content/data/billing-granularity.yaml: the rules AWS billed by (unit, minimum, dates) and two
 * short jobs, for the billing-granularity figure. Durations in milliseconds; every rule, job and
 * price names its sources.
 */

const sources = z.array(idSchema).min(1, 'needs at least one source id');

export const billingRuleSchema = z
  .object({
    id: idSchema,
    product: z.enum(['EC2', 'Lambda']),
    /** How the ladder names the rule's unit ("EC2 on Linux, EBS"). */
    name: z.string().min(1),
    /** How it names the rule's minimum, where that is a length of its own. */
    minimumName: z.string().min(1).optional(),
    what: z.string().min(1),
    unitMs: z.number().positive(),
    minimumMs: z.number().positive(),
    from: partialDateSchema,
    until: partialDateSchema.optional(),
    /** Who stayed on this rule after a finer one arrived. */
    still: z.string().min(1).optional(),
    sources,
  })
  .strict()
  .refine((r) => r.minimumMs >= r.unitMs, {
    message: 'minimumMs must be at least unitMs',
    path: ['minimumMs'],
  })
  .refine((r) => !r.until || r.until > r.from, { message: 'must be after from', path: ['until'] });

export const billingJobSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1),
    usedMs: z.number().positive(),
    /** True when the job's length is an example rather than a sourced figure. */
    illustrative: z.boolean(),
    /** The rule before and the rule after. */
    rules: z.tuple([idSchema, idSchema]),
    price: z
      .object({ dollarsPerHour: z.number().positive(), year: z.number().int(), sources })
      .strict()
      .optional(),
    month: z
      .object({
        calls: z.number().int().positive(),
        memoryGb: z.number().positive(),
        dollarsPerGbSecond: z.number().positive(),
        stated: z.tuple([z.number().nonnegative(), z.number().nonnegative()]),
        sources,
      })
      .strict()
      .optional(),
    sources,
  })
  .strict();

export const billingDataSchema = z
  .object({
    id: z.literal('billing-granularity'),
    rules: z.array(billingRuleSchema).min(2),
    jobs: z.array(billingJobSchema).length(2, 'the figure draws two jobs: a server and a call'),
  })
  .strict()
  .superRefine((d, ctx) => {
    const ids = new Set(d.rules.map((r) => r.id));
    d.jobs.forEach((j, i) =>
      j.rules.forEach((r, k) => {
        if (!ids.has(r))
          ctx.addIssue({
            code: 'custom',
            path: ['jobs', i, 'rules', k],
            message: `unknown rule "${r}"`,
          });
      }),
    );
    d.jobs.forEach((j, i) => {
      if (!j.month) return;
      // The stated dollars must follow from the stated price: a typo in either shows here.
      j.rules.forEach((r, k) => {
        const rule = d.rules.find((x) => x.id === r);
        if (!rule) return;
        const computed = monthlyDuration(j, rule);
        if (Math.abs(computed - j.month!.stated[k]) > 0.5)
          ctx.addIssue({
            code: 'custom',
            path: ['jobs', i, 'month', 'stated', k],
            message: `is ${j.month!.stated[k]} but the price gives ${computed.toFixed(2)}`,
          });
      });
    });
  });

export type BillingRule = z.infer<typeof billingRuleSchema>;
export type BillingJob = z.infer<typeof billingJobSchema>;
export type BillingData = z.infer<typeof billingDataSchema>;
