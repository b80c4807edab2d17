/**
 * The timeline's lanes, apart from the zod schemas so client figures can import them without
 * pulling the validator (about 450 KB) into the browser.
 */
export const lanes = ['amazon', 'aws', 'rivals', 'customers', 'money', 'people'] as const;
export type Lane = (typeof lanes)[number];
