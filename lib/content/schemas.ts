import { z } from 'zod';
import { lanes } from './lanes';

/** kebab-case ids, shared by sources, terms, events and figures. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, hyphens)');

/** YYYY, YYYY-MM or YYYY-MM-DD, checked as a real calendar date. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

export function isRealDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  if (m < 1 || m > 12) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** HH:MM:SS or MM:SS, with minutes and seconds below 60. */
export const timestampSchema = z
  .string()
  .regex(
    /^(\d{1,2}:)?[0-5]\d:[0-5]\d$/,
    'must be a timestamp HH:MM:SS (minutes and seconds 00-59)',
  );

const httpsUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => u.startsWith('https://'), 'must start with https://');

// Some sources (old personal blogs) are served only over plain http; a link that works beats none.
const webUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => /^https?:\/\//.test(u), 'must start with https:// or http://');

export const sourceKinds = [
  'podcast',
  'article',
  'filing',
  'post',
  'book',
  'video',
  'talk',
  'press-release',
  'case-study',
  'summary',
  'paper',
] as const;

export const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    author: z.string().min(1).optional(),
    publisher: z.string().min(1),
    date: partialDateSchema,
    url: webUrl.optional(),
    kind: z.enum(sourceKinds),
    episode: httpsUrl.optional(),
    /** Print sources: an ISBN-10/13 (books) or a DOI (papers), where a URL is not the record. */
    isbn: z
      .string()
      .regex(/^(97[89])?\d{9}[\dX]$/, 'must be an ISBN-10 or ISBN-13, digits only')
      .optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as 10.1145/1294261.1294281')
      .optional(),
    /** Podcasts and videos: the running time (HH:MM:SS), so a timestamp past the end fails. */
    duration: timestampSchema.optional(),
    note: z.string().min(1).optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const termSchema = z
  .object({
    id: idSchema,
    term: z.string().min(1),
    definition: z.string().min(10),
    aka: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Term = z.infer<typeof termSchema>;

export const chapterFrontmatterSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1),
    summary: z.string().min(40, 'must be a real paragraph (40+ characters)'),
    period: z
      .object({
        from: z.number().int().min(1990).max(2030),
        to: z.number().int().min(1990).max(2030),
      })
      .strict()
      .refine((p) => p.from <= p.to, 'from must not be after to'),
    order: z.number().int().min(0),
  })
  .strict();
export type ChapterFrontmatter = z.infer<typeof chapterFrontmatterSchema>;

export { lanes, type Lane } from './lanes';
export const precisions = ['day', 'month', 'year', 'circa'] as const;
export type Precision = (typeof precisions)[number];

const precisionShape: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  circa: /^\d{4}(-\d{2})?$/,
};

export const eventSchema = z
  .object({
    id: idSchema,
    date: partialDateSchema,
    precision: z.enum(precisions),
    end: partialDateSchema.optional(),
    lane: z.enum(lanes),
    title: z.string().min(1).max(80),
    summary: z.string().min(10),
    sources: z.array(idSchema).min(1, 'needs at least one source'),
    chapter: idSchema,
    anchor: idSchema.optional(),
    contested: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (!precisionShape[e.precision].test(e.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `"${e.precision}" does not fit date "${e.date}"`,
      });
    }
    if (e.end && e.end < e.date) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before date' });
    }
  });
export type TimelineEvent = z.infer<typeof eventSchema>;

export const eraSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    from: partialDateSchema,
    to: partialDateSchema,
  })
  .strict();
export type Era = z.infer<typeof eraSchema>;

/** A few words on the timeline at a turning point (content/timeline/annotations.yaml). */
export const annotationSchema = z
  .object({
    event: idSchema,
    text: z.string().min(3).max(40, 'a few words: at most 40 characters'),
  })
  .strict()
  // Keyed by the event, so two notes on one event are reported as a duplicate.
  .transform((a) => ({ ...a, id: a.event }));
export type Annotation = z.infer<typeof annotationSchema>;
