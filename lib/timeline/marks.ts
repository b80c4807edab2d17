/**
 * Marks of one lane that would overlap when drawn become one numbered cluster; what is left is
 * spaced so no two marks touch. Pure, linear in the number of marks.
 */

export interface MarkInput {
  id: string;
  x: number;
}

export interface MarkGroup {
  /** Member ids, in x order. */
  ids: string[];
  /** Where the group is drawn: the mark itself, or the cluster's centre. */
  x: number;
  /** Drawn radius: a dot's, or a cluster badge's. */
  r: number;
  /** The members' extent. */
  lo: number;
  hi: number;
}

export interface GroupOptions {
  dot: number;
  badge: number;
  /** Space kept between two drawn marks. */
  gap: number;
  /** A cluster never gathers marks further apart than this; the next group is set beside it. */
  maxExtent: number;
}

/**
 * `items` sorted by x. A stack of groups: each new mark either stands clear of the last group,
 * merges with it (when they would overlap and the merged extent stays small), or is set just
 * clear of it (in dense stretches, where merging would swallow the whole lane). Merging can make
 * a group touch the one before, so it repeats down the stack.
 */
export function groupMarks(items: readonly MarkInput[], o: GroupOptions): MarkGroup[] {
  const stack: MarkGroup[] = [];
  const clearOf = (a: MarkGroup, b: MarkGroup) => b.x - b.r - (a.x + a.r) >= o.gap;
  for (const item of items) {
    let g: MarkGroup = { ids: [item.id], x: item.x, r: o.dot, lo: item.x, hi: item.x };
    for (;;) {
      const prev = stack.at(-1);
      if (!prev || clearOf(prev, g)) break;
      const lo = Math.min(prev.lo, g.lo);
      const hi = Math.max(prev.hi, g.hi);
      if (hi - lo <= o.maxExtent) {
        stack.pop();
        g = { ids: prev.ids.concat(g.ids), x: (lo + hi) / 2, r: o.badge, lo, hi };
        continue;
      }
      g = { ...g, x: prev.x + prev.r + o.gap + g.r };
      break;
    }
    stack.push(g);
  }
  return stack;
}
