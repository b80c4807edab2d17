import { z } from 'zod';
import { ContentError } from './errors';
import { tiers } from './tiers';
import { idSchema, lanes } from './schemas';

/** Rows of the staged architecture diagram, top to bottom. */
export { tiers, type Tier } from './tiers';
export const edgeKinds = ['change', 'read', 'gate', 'api', 'replicate', 'runs'] as const;

const nodeSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1).max(40),
    role: z.enum(lanes),
    tier: z.enum(tiers),
    /** Relative width in its row (1 = a small box). */
    weight: z.number().positive().max(6).default(1),
    kind: z.enum(['box', 'db']).default('box'),
    /** Draws a service-interface tab on the box. */
    api: z.boolean().default(false),
    /** Draws copies behind the box (instances, replicas). */
    stack: z.number().int().min(1).max(6).default(1),
    badge: z.string().min(1).max(40).optional(),
    /** Marks a problem (badge and outline in the alert style). */
    alert: z.boolean().default(false),
    muted: z.boolean().default(false),
    /** Ids in the neighbouring stage this node splits from or merges. */
    from: z.array(idSchema).min(1).optional(),
  })
  .strict();

const edgeSchema = z
  .object({ from: idSchema, to: idSchema, kind: z.enum(edgeKinds) })
  .strict()
  .refine((e) => e.from !== e.to, { message: 'must join two different nodes', path: ['to'] });

const groupSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1).max(60),
    role: z.enum(lanes),
    members: z.array(idSchema).min(1),
    alert: z.boolean().default(false),
  })
  .strict();

const stageSchema = z
  .object({
    id: idSchema,
    year: z.number().int().min(1990).max(2030),
    circa: z.boolean(),
    chapter: idSchema,
    title: z.string().min(1).max(60),
    caption: z.string().min(40).max(320),
    sources: z.array(idSchema).min(1, 'needs at least one source'),
    nodes: z.array(nodeSchema).min(1),
    groups: z.array(groupSchema).default([]),
    edges: z.array(edgeSchema).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.nodes.forEach((n, i) => {
      if (ids.has(n.id))
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', i, 'id'],
          message: `duplicate node "${n.id}"`,
        });
      ids.add(n.id);
    });
    s.edges.forEach((e, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(e[end]))
          ctx.addIssue({
            code: 'custom',
            path: ['edges', i, end],
            message: `no node "${e[end]}" in this stage`,
          });
      }
    });
    s.groups.forEach((g, i) => {
      g.members.forEach((m, j) => {
        if (!ids.has(m))
          ctx.addIssue({
            code: 'custom',
            path: ['groups', i, 'members', j],
            message: `no node "${m}" in this stage`,
          });
      });
    });
  });

export const stagedFigureSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    note: z.string().min(1).optional(),
    alt: z.string().min(40),
    stages: z.array(stageSchema).min(2),
  })
  .strict();
export type StagedFigure = z.infer<typeof stagedFigureSchema>;
export type Stage = StagedFigure['stages'][number];
export type StageNode = Stage['nodes'][number];
export type StageEdge = Stage['edges'][number];

const ruleSchema = z
  .object({
    id: idSchema,
    short: z.string().min(1).max(48),
    text: z.string().min(10),
    effect: z.string().min(10),
  })
  .strict();

export const mandateSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    note: z.string().min(1).optional(),
    sources: z.array(idSchema).min(1),
    alt: z.string().min(40),
    before: z.object({ title: z.string().min(1), caption: z.string().min(20) }).strict(),
    rules: z.array(ruleSchema).min(1, 'the mandate needs its rules'),
  })
  .strict();
export type Mandate = z.infer<typeof mandateSchema>;

/**
 * Checks across a staged figure's stages: a node id keeps its role and row everywhere, and a
 * node's `from` names nodes of a neighbouring stage (so a split or merge can be animated).
 */
export function checkStages(file: string, fig: StagedFigure): ContentError[] {
  const errors: ContentError[] = [];
  const roles = new Map<string, { role: string; tier: string; stage: string }>();
  fig.stages.forEach((s, i) => {
    const near = new Set(
      [fig.stages[i - 1], fig.stages[i + 1]].flatMap((n) => n?.nodes.map((x) => x.id) ?? []),
    );
    s.nodes.forEach((n, j) => {
      const seen = roles.get(n.id);
      if (seen && (seen.role !== n.role || seen.tier !== n.tier)) {
        errors.push(
          new ContentError(
            file,
            `stage ${s.id}`,
            `nodes.${j}.role`,
            `"${n.id}" is ${n.role}/${n.tier} here but ${seen.role}/${seen.tier} in stage ${seen.stage}; an id must mean one thing`,
          ),
        );
      } else if (!seen) roles.set(n.id, { role: n.role, tier: n.tier, stage: s.id });
      n.from?.forEach((f, k) => {
        if (!near.has(f))
          errors.push(
            new ContentError(
              file,
              `stage ${s.id}`,
              `nodes.${j}.from.${k}`,
              `"${f}" is not in a neighbouring stage`,
            ),
          );
      });
    });
  });
  const dup = new Set<string>();
  fig.stages.forEach((s) => {
    if (dup.has(s.id))
      errors.push(new ContentError(file, `stage ${s.id}`, 'id', 'duplicate stage id'));
    dup.add(s.id);
  });
  return errors;
}
