/**
 * The rows of a staged architecture figure, top to bottom. Apart from the zod schemas so the
 * figure's layout code can import them without shipping the validator to the browser.
 */
export const tiers = ['teams', 'services', 'data', 'platform', 'infra', 'public'] as const;
export type Tier = (typeof tiers)[number];
