import { z } from 'zod';
import { idSchema, partialDateSchema } from './schemas';

/**
 * content/data/inside-out.yaml: the layers of AWS's stack at the end of 2024, top to bottom, when
 * each went on the price list, and who inside or outside Amazon needed it first or moved onto it.
 */

const sources = z.array(idSchema).min(1, 'needs at least one source id');

export const stackProductSchema = z
  .object({
    text: z.string().min(1),
    /** For narrow screens. */
    short: z.string().min(1),
    date: partialDateSchema,
    sources,
  })
  .strict();

export const stackTagSchema = z
  .object({
    /** inside: Amazon and AWS's own fleet; outside: customers and partners. */
    side: z.enum(['inside', 'outside']),
    /** first: needed it before it was sold; moved: moved onto it after; runs-on: uses a lower layer. */
    kind: z.enum(['first', 'moved', 'runs-on']),
    who: z.string().min(1),
    text: z.string().min(1),
    short: z.string().min(1),
    date: partialDateSchema.optional(),
    /** runs-on: the layer it runs on, drawn as a line down to it. */
    link: idSchema.optional(),
    linkText: z.string().min(1).optional(),
    sources,
  })
  .strict()
  .refine((t) => (t.kind === 'runs-on') === !!t.link, {
    message: 'a runs-on tag needs a link, and only a runs-on tag has one',
    path: ['link'],
  });

export const stackLayerSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    /** The step (1-based) at which the layer appears. */
    step: z.number().int().min(1),
    products: z.array(stackProductSchema).min(1),
    tags: z.array(stackTagSchema).max(2),
  })
  .strict()
  .refine((l) => new Set(l.tags.map((t) => t.side)).size === l.tags.length, {
    message: 'at most one tag on each side',
    path: ['tags'],
  });

export const insideOutSchema = z
  .object({
    id: z.literal('inside-out'),
    layers: z.array(stackLayerSchema).min(2),
  })
  .strict()
  .superRefine((d, ctx) => {
    const ids = d.layers.map((l) => l.id);
    const steps = d.layers.map((l) => l.step).sort((a, b) => a - b);
    if (steps.some((s, i) => s !== i + 1))
      ctx.addIssue({
        code: 'custom',
        path: ['layers'],
        message: `steps must be 1 to ${d.layers.length}, once each (found ${steps.join(', ')})`,
      });
    d.layers.forEach((l, i) =>
      l.tags.forEach((t, k) => {
        if (t.link && !ids.includes(t.link))
          ctx.addIssue({
            code: 'custom',
            path: ['layers', i, 'tags', k, 'link'],
            message: `unknown layer "${t.link}"`,
          });
        if (t.link && ids.indexOf(t.link) <= i)
          ctx.addIssue({
            code: 'custom',
            path: ['layers', i, 'tags', k, 'link'],
            message: 'must name a layer below this one',
          });
      }),
    );
  });

export type StackProduct = z.infer<typeof stackProductSchema>;
export type StackTag = z.infer<typeof stackTagSchema>;
export type StackLayer = z.infer<typeof stackLayerSchema>;
export type InsideOutData = z.infer<typeof insideOutSchema>;
