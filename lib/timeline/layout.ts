/** One mark to label in a lane row: its x position and the width its label needs. */
export interface LabelInput {
  id: string;
  x: number;
  labelWidth: number;
}

export interface PlacedLabel {
  id: string;
  x: number;
  width: number;
}

export interface Cluster {
  ids: string[];
  x: number;
}

export interface RowLayout {
  labels: PlacedLabel[];
  clusters: Cluster[];
  /** Marks drawn alone (with or without a label). */
  singles: string[];
}

/**
 * Lays out one lane row: marks closer than `minGap` merge into a numbered cluster; each
 * remaining mark gets its label to its right only if the label ends before the next mark
 * (and the row's end). Labels therefore never overlap each other or another mark.
 * Pure and stable: inputs are ordered by x, then id.
 */
export function layoutRow(
  items: LabelInput[],
  opts: { minGap: number; pad: number; end: number },
): RowLayout {
  const sorted = [...items].sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups: LabelInput[][] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    if (last && item.x - last[last.length - 1].x < opts.minGap) last.push(item);
    else groups.push([item]);
  }
  const labels: PlacedLabel[] = [];
  const clusters: Cluster[] = [];
  const singles: string[] = [];
  groups.forEach((group, i) => {
    if (group.length > 1) {
      clusters.push({
        ids: group.map((g) => g.id),
        x: (group[0].x + group[group.length - 1].x) / 2,
      });
      return;
    }
    const item = group[0];
    singles.push(item.id);
    const next = groups[i + 1];
    const limit = Math.min(next ? next[0].x - opts.minGap / 2 : Infinity, opts.end);
    const start = item.x + opts.pad;
    if (start + item.labelWidth <= limit)
      labels.push({ id: item.id, x: start, width: item.labelWidth });
  });
  return { labels, clusters, singles };
}

/** A width estimate for a label in the figures' 13 px sans (no DOM needed, so it is pure). */
export function estimateLabelWidth(text: string, fontSize = 13): number {
  return Math.ceil(text.length * fontSize * 0.56);
}
