import fs from 'node:fs';
import path from 'node:path';

/** A figure as the browser tests know it: the registry's manifest (scripts/validate-content.ts). */
export interface TestFigure {
  id: string;
  title: string;
  steps: { title: string; caption: string }[];
  testOnly: boolean;
}

export const figures: TestFigure[] = JSON.parse(
  fs.readFileSync(path.resolve('.generated/figures.json'), 'utf8'),
);
