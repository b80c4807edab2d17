import { z } from 'zod';
import { idSchema, lanes, partialDateSchema } from '@/lib/content/schemas';

/** Schema of content/data/catalogue-developers.yaml: every count and date with its sources. */

const sources = z.array(idSchema).min(1, 'needs at least one source id');
const role = z.enum(lanes);
const date = partialDateSchema;

const countSchema = z
  .object({
    id: idSchema,
    count: z.number().int().positive(),
    /** How the source states it: exactly, "about" or "more than". */
    qualifier: z.enum(['exact', 'about', 'more-than']),
    date,
    /** For a season or a span: the last month it covers. */
    end: date.optional(),
    when: z.string().min(1),
    who: z.string().min(1),
    role,
    /** Counts a later, wider product: drawn apart from the others. */
    laterProduct: z.boolean().optional(),
    sources,
  })
  .strict();

export const catalogueSchema = z
  .object({
    id: z.literal('catalogue-developers'),
    versions: z
      .array(
        z
          .object({
            id: idSchema,
            label: z.string().min(1).max(6, 'must be short enough for a pill (6 characters)'),
            date,
            detail: z.string().min(1),
            /** A few words for the label beside the version on the figure. */
            note: z.string().min(1).max(40, 'must fit beside a version (40 characters)'),
            sources,
          })
          .strict(),
      )
      .min(1),
    counts: z.array(countSchema).min(2),
    path: z
      .object({
        sources,
        nodes: z
          .array(
            z
              .object({
                id: idSchema,
                label: z.string().min(1),
                note: z.string().min(1).optional(),
                role,
              })
              .strict(),
          )
          .min(2),
      })
      .strict(),
  })
  .strict()
  .superRefine((d, ctx) => {
    d.versions.forEach((v, i) => {
      if (i > 0 && v.date <= d.versions[i - 1].date)
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i, 'date'],
          message: 'versions must be in time order',
        });
    });
    d.counts.forEach((c, i) => {
      if (c.end && c.end < c.date)
        ctx.addIssue({ code: 'custom', path: ['counts', i, 'end'], message: 'is before date' });
    });
    if (!d.path.nodes.some((n) => n.id === 'server'))
      ctx.addIssue({
        code: 'custom',
        path: ['path', 'nodes'],
        message: 'needs the developer’s server (id "server"), the point of the diagram',
      });
  });

export type CatalogueData = z.infer<typeof catalogueSchema>;
export type CatalogueCount = CatalogueData['counts'][number];
