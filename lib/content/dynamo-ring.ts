import { z } from 'zod';
import { idSchema } from './schemas';

/** The dynamo-ring figure's data (content/data/dynamo-ring.yaml), checked against its own model. */

export const scenes = [
  'owner',
  'copies',
  'join',
  'quorum',
  'handoff',
  'versions',
  'product',
] as const;
export type Scene = (typeof scenes)[number];

const nodeId = z.string().regex(/^[A-Z]$/, 'must be one capital letter');
const basis = { illustrative: z.boolean(), source: idSchema };

const stepSchema = z
  .object({
    id: idSchema,
    scene: z.enum(scenes),
    /** How many nodes of the join order are on the ring. */
    nodes: z.number().int().min(1),
    /** The ring before the last change, for the keys that moved; the same as `nodes` if absent. */
    previous: z.number().int().min(1).optional(),
    /** A node that is down in this step. */
    down: nodeId.optional(),
    title: z.string().min(1),
    caption: z.string().min(1),
    description: z.string().min(1),
    sources: z.array(idSchema).min(1),
  })
  .strict();
export type RingStep = z.infer<typeof stepSchema>;

export const dynamoRingSchema = z
  .object({
    id: z.literal('dynamo-ring'),
    title: z.string().min(1),
    alt: z.string().min(1),
    note: z.string().min(1),
    model: z
      .object({
        ...basis,
        /** Where the hash space starts on the drawing, degrees clockwise from twelve o'clock. */
        zeroAt: z.number().min(0).max(360),
        key: z.string().min(1).max(14),
        keys: z.array(z.string().min(1)).min(1),
        nodes: z
          .array(z.object({ id: nodeId, at: z.number().min(0).lt(360) }).strict())
          .min(3)
          .max(16),
        minNodes: z.number().int().min(1),
        replicas: z.number().int().min(1),
        read: z.number().int().min(1),
        write: z.number().int().min(1),
      })
      .strict(),
    cart: z
      .object({
        ...basis,
        start: z.array(z.string().min(1)).min(1),
        handoff: z.string().min(1),
        add: z.string().min(1),
        remove: z.string().min(1),
      })
      .strict(),
    steps: z.array(stepSchema).min(1),
  })
  .strict()
  .superRefine((d, ctx) => {
    const m = d.model;
    const ids = m.nodes.map((n) => n.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({ code: 'custom', path: ['model', 'nodes', i, 'id'], message: `${id} twice` });
    });
    const positions = m.nodes.map((n) => n.at);
    positions.forEach((at, i) => {
      if (positions.indexOf(at) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['model', 'nodes', i, 'at'],
          message: 'two nodes at one point',
        });
    });
    if (m.read > m.replicas || m.write > m.replicas)
      ctx.addIssue({ code: 'custom', path: ['model'], message: 'R and W cannot exceed N' });
    if (m.minNodes < m.replicas)
      ctx.addIssue({
        code: 'custom',
        path: ['model', 'minNodes'],
        message: 'must be at least N, the copies of each key',
      });
    if (!d.cart.start.includes(d.cart.remove))
      ctx.addIssue({ code: 'custom', path: ['cart', 'remove'], message: 'is not in the cart' });
    d.steps.forEach((s, i) => {
      for (const field of ['nodes', 'previous'] as const) {
        const n = s[field];
        if (n !== undefined && (n < m.minNodes || n > m.nodes.length))
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, field],
            message: `must be between ${m.minNodes} and ${m.nodes.length}`,
          });
      }
      if (s.down && !ids.slice(0, s.nodes).includes(s.down))
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'down'],
          message: `is not on the ring at this step`,
        });
    });
  });
export type DynamoRingData = z.infer<typeof dynamoRingSchema>;
