import { z } from 'zod';
import { idSchema, partialDateSchema } from '@/lib/content/schemas';

/** Schema of content/data/launch-prices.yaml. */

const sources = z.array(idSchema).min(1, 'needs at least one source id');

export const launchPricesSchema = z
  .object({
    id: z.literal('launch-prices'),
    prices: z
      .array(
        z
          .object({
            id: idSchema,
            service: z.string().min(1),
            what: z.string().min(1),
            cents: z.number().positive(),
            unit: z.string().min(1),
            date: partialDateSchema,
            detail: z.string().min(1).optional(),
            sources,
          })
          .strict(),
      )
      .min(1),
    gray: z
      .object({
        when: z.string().min(1),
        computer: z.object({ dollars: z.number().positive(), sources }).strict(),
        units: z
          .array(
            z
              .object({
                id: idSchema,
                label: z.string().min(1),
                /** What Gray's rule says this much cost (a dollar). */
                dollars: z.number().positive(),
                /** The AWS price it is set against, and how many of its units make the same. */
                price: idSchema,
                quantity: z.number().positive(),
                quantityUnit: z.string().min(1),
                /** Hardware one would own (so power, space and staff come on top). */
                owned: z.boolean(),
                sources,
              })
              .strict(),
          )
          .min(1),
        operations: z.object({ quote: z.string().min(1), sources }).strict(),
      })
      .strict(),
    patterns: z
      .array(
        z
          .object({
            id: idSchema,
            label: z.string().min(1),
            servers: z.number().int().positive(),
            hours: z.number().positive(),
          })
          .strict(),
      )
      .min(1),
    horizonDays: z.number().int().positive(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const ids = new Set(d.prices.map((p) => p.id));
    d.gray.units.forEach((u, i) => {
      if (!ids.has(u.price))
        ctx.addIssue({
          code: 'custom',
          path: ['gray', 'units', i, 'price'],
          message: `names no price ("${u.price}")`,
        });
    });
    if (!ids.has('ec2'))
      ctx.addIssue({
        code: 'custom',
        path: ['prices'],
        message: 'needs the EC2 hourly price (id "ec2")',
      });
  });

export type LaunchPricesData = z.infer<typeof launchPricesSchema>;
