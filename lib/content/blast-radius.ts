import { z } from 'zod';
import { elementIds, zoneIds } from '../figures/blast';
import { idSchema } from './schemas';

/**
 * The blast-radius figure's data (content/data/blast-radius.yaml), checked by zod at build time.
 * Elements are named `use1` (a region with no zones yet), `use1.a` (a zone), `use1.control`
 * (a part of the band of services every zone of the region shares) and `use1.cell3` (a cell).
 * Kept apart from lib/figures/blast.ts so that the figure's client code does not ship zod.
 */

export const statuses = ['down', 'impaired'] as const;
export type Status = (typeof statuses)[number] | 'ok';
const status = z.enum(statuses);
const machineStatus = z.enum(['down', 'impaired', 'some']);
export type MachineStatus = z.infer<typeof machineStatus> | 'ok';

const basis = { illustrative: z.boolean(), source: idSchema };

const markSchema = z
  .object({
    at: z.string().min(1),
    kind: z.enum(['source', 'spread', 'held']),
    text: z.string().min(1).max(52),
    /** For narrow screens. */
    short: z.string().min(1).max(28),
  })
  .strict();
export type Mark = z.infer<typeof markSchema>;

const stepSchema = z
  .object({
    id: idSchema,
    when: z.string().min(1),
    title: z.string().min(1),
    caption: z.string().min(1),
    description: z.string().min(1),
    sources: z.array(idSchema).min(1),
    /** Whether the regions are drawn divided into zones. */
    zones: z.boolean(),
    /** Whether the first region's shared band is drawn cut into cells. */
    cells: z.boolean().default(false),
    /** The failure is drawn to show a design, not an outage that happened. */
    example: z.boolean().default(false),
    status: z.record(z.string(), status),
    machines: z.record(z.string(), machineStatus),
    /** The cell whose customers are reached (1-based), in a step with cells. */
    cellHit: z.number().int().min(1).optional(),
    marks: z.array(markSchema).min(1).max(4),
  })
  .strict();
export type BlastStep = z.infer<typeof stepSchema>;

const regionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+$/, 'must be lower-case letters and digits'),
    name: z.string().min(1),
    place: z.string().min(1),
    zones: z.array(z.string().regex(/^[a-z]$/)).min(1),
    /** The step (id) from which the region exists; before it, a placeholder is drawn. */
    opens: idSchema.optional(),
    shared: z
      .array(
        z
          .object({
            id: idSchema,
            label: z.string().min(1),
            short: z.string().min(1).max(14),
          })
          .strict(),
      )
      .min(1),
    source: idSchema,
  })
  .strict();
export type BlastRegion = z.infer<typeof regionSchema>;

export const blastRadiusSchema = z
  .object({
    id: z.literal('blast-radius'),
    title: z.string().min(1),
    alt: z.string().min(1),
    note: z.string().min(1),
    ...basis,
    regions: z.array(regionSchema).min(1).max(2),
    cells: z
      .object({ region: z.string(), count: z.number().int().min(2).max(12), ...basis })
      .strict(),
    machines: z.object({ perZone: z.number().int().min(1).max(9), ...basis }).strict(),
    steps: z.array(stepSchema).min(1),
  })
  .strict()
  .superRefine((d, ctx) => {
    const stepIds = d.steps.map((s) => s.id);
    d.regions.forEach((r, i) => {
      if (r.opens && !stepIds.includes(r.opens))
        ctx.addIssue({
          code: 'custom',
          path: ['regions', i, 'opens'],
          message: `names no step (${stepIds.join(', ')})`,
        });
    });
    if (!d.regions.some((r) => r.id === d.cells.region))
      ctx.addIssue({ code: 'custom', path: ['cells', 'region'], message: 'names no region' });
    d.steps.forEach((s, i) => {
      const known = elementIds(d, s);
      const zones = new Set(zoneIds(d.regions, s.zones));
      const check = (ids: string[], field: string, valid: Set<string>) => {
        for (const id of ids)
          if (!valid.has(id))
            ctx.addIssue({
              code: 'custom',
              path: ['steps', i, field],
              message: `"${id}" is not drawn in this step (${[...valid].join(', ')})`,
            });
      };
      check(Object.keys(s.status), 'status', known);
      check(Object.keys(s.machines), 'machines', zones);
      check(
        s.marks.map((m) => m.at),
        'marks',
        known,
      );
      if (s.cells && s.cellHit !== undefined && s.cellHit > d.cells.count)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'cellHit'],
          message: `there are only ${d.cells.count} cells`,
        });
      if (!s.marks.some((m) => m.kind === 'source'))
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'marks'],
          message: 'needs a mark of kind "source" (where the failure started)',
        });
    });
  });
export type BlastRadiusData = z.infer<typeof blastRadiusSchema>;
