import type { FigureMeta } from './types';

/**
 * Clamps any input (string, NaN, out of range) to a valid 0-based step. Kept apart from the
 * registry: the client components that clamp steps get their figure's meta as props, and
 * importing the registry would ship every figure's stage data with them.
 */
export function clampStep(meta: Pick<FigureMeta, 'steps'>, value: unknown): number {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(Math.trunc(n), 0), meta.steps.length - 1);
}
