/**
 * True only in the single-file offline builds (scripts/standalone swaps this module), where
 * there is no site to link to, so speaker tools that need one are left out.
 */
export const standalone: boolean = false;
