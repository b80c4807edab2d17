/**
 * Steps are 0-based inside the code and 1-based wherever a person or another program sees them
 * (URLs, postMessage, `<Step n>`, "Step 2 of 5"). This module is the one place that converts
 * between the two and clamps: any out-of-range step lands on the nearest real one.
 */

/** Any number to a real 0-based step of a figure with `total` steps (NaN is the first). */
export function clampStep(total: number, step: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), Math.max(0, total - 1));
}

/**
 * A 1-based step as people write it ("3", 3) to a clamped 0-based one: `?step=99` is the last
 * step, `?step=0` the first. Null when there is no whole number to read ("abc", "1e3", "").
 */
export function fromDisplayStep(total: number, raw: string | number | null | undefined) {
  if (typeof raw === 'number') return Number.isFinite(raw) ? clampStep(total, raw - 1) : null;
  if (raw == null || !/^\s*-?\d+\s*$/.test(raw)) return null;
  return clampStep(total, Number.parseInt(raw, 10) - 1);
}

/** The 1-based number people see for a 0-based step. */
export function toDisplayStep(step: number): number {
  return step + 1;
}
