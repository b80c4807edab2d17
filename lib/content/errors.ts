import type { z } from 'zod';

/** One problem in content/, phrased as "file › entry › field: message". */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file} › entry "${entry}" › field "${field}": ${problem}`);
    this.name = 'ContentError';
  }
}

/** Turns the first zod issue into a ContentError that names file, entry and field. */
export function fromZod(file: string, entry: string, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : '(entry)';
  return new ContentError(file, entry, field, issue.message);
}

/** Thrown when several problems are found at once; the message lists each on its own line. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ContentErrors';
  }
}
