/**
 * What a step of the blast-radius figure reaches: statuses, counts and the customers' machines.
 * Pure functions over the data (lib/content/blast-radius.ts has its schema).
 */
import type {
  BlastRadiusData,
  BlastRegion,
  BlastStep,
  MachineStatus,
  Status,
} from '../content/blast-radius';

export type {
  BlastRadiusData,
  BlastRegion,
  BlastStep,
  Mark,
  MachineStatus,
  Status,
} from '../content/blast-radius';

/** An element's status at a step; anything not listed is working. */
export function statusOf(s: BlastStep, id: string): Status {
  return Object.hasOwn(s.status, id) ? s.status[id] : 'ok';
}

/** The status given to a zone's machines at a step (before `some` and cells are resolved). */
function machinesOf(s: BlastStep, zone: string): MachineStatus {
  return Object.hasOwn(s.machines, zone) ? s.machines[zone] : 'ok';
}

/** Whether a region exists at a step (0-based). */
export function regionOpen(d: BlastRadiusData, region: BlastRegion, step: number): boolean {
  if (!region.opens) return true;
  return step >= d.steps.findIndex((s) => s.id === region.opens);
}

/** The ids that hold machines in a step: each zone, or each region while there are no zones. */
export function zoneIds(regions: readonly BlastRegion[], zones: boolean): string[] {
  return regions.flatMap((r) => (zones ? r.zones.map((z) => `${r.id}.${z}`) : [r.id]));
}

/** Every element a step may light: regions or zones, shared parts, and cells where drawn. */
export function elementIds(d: BlastRadiusData, s: BlastStep): Set<string> {
  const ids = new Set(zoneIds(d.regions, s.zones));
  for (const r of d.regions) {
    if (s.cells && r.id === d.cells.region)
      for (let k = 1; k <= d.cells.count; k++) ids.add(`${r.id}.cell${k}`);
    else for (const p of r.shared) ids.add(`${r.id}.${p.id}`);
  }
  return ids;
}

export interface Reach {
  /** Zones (or cells, in a step with cells) reached, and how many there are. */
  unit: 'zones' | 'cells' | 'none';
  reached: number;
  of: number;
  regions: number;
  regionsOf: number;
}

/** Where anything is not working, counted by zone (or cell) and by region, open regions only. */
export function reachOf(d: BlastRadiusData, step: number): Reach {
  const s = d.steps[step];
  const open = d.regions.filter((r) => regionOpen(d, r, step));
  const hit = (id: string) => statusOf(s, id) !== 'ok' || machinesOf(s, id) !== 'ok';
  const all = [...elementIds(d, s)];
  const regions = open.filter((r) => all.some((id) => id.split('.')[0] === r.id && hit(id))).length;
  if (s.cells) {
    const reached = all.filter((id) => /\.cell\d+$/.test(id) && hit(id)).length;
    return { unit: 'cells', reached, of: d.cells.count, regions, regionsOf: open.length };
  }
  if (!s.zones) return { unit: 'none', reached: 0, of: 0, regions, regionsOf: open.length };
  const zones = zoneIds(open, true);
  return {
    unit: 'zones',
    reached: zones.filter(hit).length,
    of: zones.length,
    regions,
    regionsOf: open.length,
  };
}

/** The cell (1-based) a customer's machine belongs to: one in each zone per cell, illustratively. */
export function cellOfMachine(zoneIndex: number, machine: number, cells: number): number {
  // Shifted by zone, so one cell's customers are not lined up in the same place in every zone.
  return ((machine + 2 * zoneIndex) % cells) + 1;
}

/**
 * One customer machine's state: the zone's, or for `some`, one machine in the zone stopped (which
 * one is illustrative); in a step with cells, the machines of the cell that failed are impaired.
 */
export function machineState(
  d: BlastRadiusData,
  s: BlastStep,
  zone: string,
  zoneIndex: number,
  machine: number,
): MachineStatus {
  if (
    s.cells &&
    s.cellHit !== undefined &&
    zone.startsWith(`${d.cells.region}.`) &&
    cellOfMachine(zoneIndex, machine, d.cells.count) === s.cellHit
  )
    return 'impaired';
  const st = machinesOf(s, zone);
  if (st === 'some') return machine === 1 ? 'down' : 'ok';
  return st;
}
