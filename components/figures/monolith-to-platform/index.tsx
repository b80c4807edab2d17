'use client';

import { AnimatePresence, motion, type Transition } from 'framer-motion';
import { useMemo, useState } from 'react';
import { monolithToPlatformData as data } from './data';
import {
  fontSizeFor,
  layoutStage,
  linkedNode,
  type PlacedNode,
  type StageLayout,
} from '@/lib/figures/stage-layout';
import type { Stage } from '@/lib/content/figure-stages';
import type { FigureProps } from '../types';
import {
  copyPath,
  edgeClass,
  groupClass,
  GroupLabel,
  NodeBody,
  nodeClass,
  nodeRadius,
  StageSvg,
} from './View';

/** What exiting nodes need to know about the stage being entered (passed through AnimatePresence). */
interface Ctx {
  from: Stage;
  to: Stage;
  fromLayout: StageLayout;
  toLayout: StageLayout;
  move: Transition;
  fade: Transition;
}

const centre = (n: PlacedNode) => ({ x: n.x + n.w / 2, y: n.y + n.h / 2 });

/** How many nodes of `there` are tied to `id` by a split or merge. */
function links(id: string, here: Stage, there: Stage): number {
  const own = here.nodes.find((n) => n.id === id)?.from ?? [];
  const ids = new Set(there.nodes.map((n) => n.id));
  return (
    own.filter((f) => ids.has(f)).length + there.nodes.filter((n) => n.from?.includes(id)).length
  );
}

/**
 * Enter: a node tied to exactly one node of the previous stage (a piece split off, a renamed
 * or rebuilt node) starts where that node was; a node that several merge into fades in place.
 * Exit: a node tied to exactly one node of the next stage slides into it as it fades (merges);
 * a node that splits into several fades in place while its pieces move out of it.
 */
function enterFrom(n: PlacedNode, c: Ctx | null) {
  if (!c) return { ...centre(n), opacity: 0 };
  const src = linkedNode(n.id, c.to, c.from);
  const at = src && c.fromLayout.nodes.find((m) => m.id === src);
  return { ...(at && links(n.id, c.to, c.from) === 1 ? centre(at) : centre(n)), opacity: 0 };
}

function exitTo(id: string, c: Ctx) {
  const here = c.fromLayout.nodes.find((m) => m.id === id);
  const dst = linkedNode(id, c.from, c.to);
  const at = dst && c.toLayout.nodes.find((m) => m.id === dst);
  const single = links(id, c.from, c.to) === 1;
  const target = at && single ? centre(at) : here ? centre(here) : {};
  return { ...target, opacity: 0, transition: c.move };
}

const ease = [0.4, 0, 0.2, 1] as const;

/** The stage diagram, animated between steps: nodes move, split and merge; edges draw in and out. */
export default function MonolithToPlatform({
  step,
  width,
  height,
  reducedMotion,
  mode,
}: FigureProps) {
  const stage = data.stages[step] ?? data.stages[0];
  // A talk on a projector gets larger labels; an embed as narrow as a phone keeps the phone's
  // size, or six services no longer fit side by side and lines must run through boxes.
  const fs =
    mode === 'embed' && width >= 600 ? Math.max(16, fontSizeFor(width)) : fontSizeFor(width);
  const layout = useMemo(() => layoutStage(stage, width, height, fs), [stage, width, height, fs]);

  const move: Transition = reducedMotion ? { duration: 0 } : { duration: 0.55, ease };
  const fade: Transition = reducedMotion ? { duration: 0 } : { duration: 0.3 };
  // The stage shown before this one, kept so that splits and merges know where to go.
  const [shown, setShown] = useState<{ stage: Stage; layout: StageLayout; ctx: Ctx | null }>({
    stage,
    layout,
    ctx: null,
  });
  if (shown.stage !== stage || shown.layout !== layout) {
    setShown({
      stage,
      layout,
      ctx: { from: shown.stage, to: stage, fromLayout: shown.layout, toLayout: layout, move, fade },
    });
  }
  const ctx = shown.ctx;
  const draw: Transition = reducedMotion
    ? { duration: 0 }
    : {
        d: move,
        pathLength: { delay: 0.4, duration: 0.45, ease },
        opacity: { delay: 0.35, duration: 0.2 },
      };
  const dashed = (kind: string) => kind === 'replicate' || kind === 'gate';

  return (
    <StageSvg stage={stage} width={width} height={height} fs={fs}>
      <AnimatePresence initial={false} custom={ctx}>
        {layout.groups.map((g) => (
          <motion.g
            key={`g-${g.id}`}
            className={groupClass(g)}
            data-label-group=""
            initial={{ opacity: 0 }}
            animate={{ opacity: 1, transition: reducedMotion ? fade : { ...fade, delay: 0.35 } }}
            exit={{ opacity: 0, transition: fade }}
          >
            <motion.rect
              initial={false}
              animate={{ attrX: g.x, attrY: g.y, width: g.w, height: g.h }}
              transition={move}
              rx={10}
            />
            <GroupLabel g={g} fs={fs} />
          </motion.g>
        ))}
        {layout.edges.map((e) =>
          dashed(e.kind) ? (
            <motion.path
              key={`e-${e.id}`}
              className={edgeClass(e)}
              initial={{ d: e.d, opacity: 0 }}
              animate={{ d: e.d, opacity: 1 }}
              exit={{ opacity: 0, transition: fade }}
              transition={draw}
            />
          ) : (
            <motion.path
              key={`e-${e.id}`}
              className={edgeClass(e)}
              initial={{ d: e.d, pathLength: 0, opacity: 0 }}
              animate={{ d: e.d, pathLength: 1, opacity: 1 }}
              exit={{ pathLength: 0, opacity: 0, transition: fade }}
              transition={draw}
            />
          ),
        )}
        {layout.nodes.map((n) => (
          <motion.g
            key={`n-${n.id}`}
            data-node={n.id}
            data-label-group=""
            initial={enterFrom(n, ctx)}
            animate={{ ...centre(n), opacity: 1 }}
            exit="exit"
            variants={{ exit: (c: Ctx) => exitTo(n.id, c) }}
            transition={move}
          >
            {Array.from({ length: n.stack - 1 }, (_, i) => (
              <motion.path
                key={`copy-${n.stack - 1 - i}`}
                className={`${nodeClass(n)} mtp-copy`}
                initial={false}
                animate={{ d: copyPath(n, n.stack - 1 - i) }}
                transition={move}
              />
            ))}
            <motion.rect
              className={nodeClass(n)}
              initial={false}
              animate={{ attrX: -n.w / 2, attrY: -n.h / 2, width: n.w, height: n.h }}
              transition={move}
              rx={nodeRadius(n, fs)}
            />
            <NodeBody n={n} fs={fs} />
          </motion.g>
        ))}
      </AnimatePresence>
    </StageSvg>
  );
}
