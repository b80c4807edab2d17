import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError, fromZod } from './errors';

/** Parses a YAML list of entries, validating each against the schema. */
export function parseEntries<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { entries: z.infer<S>[]; errors: ContentError[] } {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    return {
      entries: [],
      errors: [new ContentError(file, '(file)', '(yaml)', (err as Error).message.split('\n')[0])],
    };
  }
  if (data == null) return { entries: [], errors: [] };
  if (!Array.isArray(data)) {
    return {
      entries: [],
      errors: [new ContentError(file, '(file)', '(root)', 'must be a YAML list of entries')],
    };
  }
  const entries: z.infer<S>[] = [];
  const errors: ContentError[] = [];
  data.forEach((raw, index) => {
    const name = entryName(raw, index);
    const result = schema.safeParse(raw);
    if (result.success) entries.push(result.data);
    else errors.push(fromZod(file, name, result.error));
  });
  return { entries, errors };
}

function entryName(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  // An entry keyed by the event it annotates (content/timeline/annotations.yaml).
  if (raw && typeof raw === 'object' && 'event' in raw && typeof raw.event === 'string')
    return raw.event;
  return `#${index + 1}`;
}

/** Reports ids that appear more than once across files. */
export function duplicateIds<T extends { id: string }>(
  items: { file: string; entry: T }[],
): ContentError[] {
  const seen = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const { file, entry } of items) {
    const first = seen.get(entry.id);
    if (first)
      errors.push(
        new ContentError(file, entry.id, 'id', `duplicate id (first defined in ${first})`),
      );
    else seen.set(entry.id, file);
  }
  return errors;
}
