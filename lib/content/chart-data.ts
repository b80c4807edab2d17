import { z } from 'zod';
import { idSchema, lanes, partialDateSchema, timestampSchema } from './schemas';

/**
 * Schemas for the numbers the data charts draw (content/data/*.yaml). Every entry names the
 * source it comes from; load.ts checks that the id exists in content/sources.
 */

const role = z.enum(lanes);
const percent = z
  .number()
  .min(0, 'must be a percentage (0-100)')
  .max(100, 'must be a percentage (0-100)');

/** One year of AWS segment results, $ millions. */
export const financialYearSchema = z
  .object({
    id: idSchema,
    year: z.number().int().min(2006).max(2100),
    revenue: z.number().positive('must be a positive number of $ millions'),
    operatingIncome: z.number(),
    /** Whether operatingIncome includes stock-based compensation. */
    basis: z.enum(['with-sbc', 'before-sbc']),
    /** The same year stated before stock-based compensation, where a filing gives both. */
    operatingIncomeBeforeSbc: z.number().optional(),
    source: idSchema,
  })
  .strict()
  .superRefine((y, ctx) => {
    if (y.operatingIncome > y.revenue) {
      ctx.addIssue({
        code: 'custom',
        path: ['operatingIncome'],
        message: 'is larger than revenue',
      });
    }
    if (y.operatingIncomeBeforeSbc !== undefined && y.basis !== 'with-sbc') {
      ctx.addIssue({
        code: 'custom',
        path: ['operatingIncomeBeforeSbc'],
        message: 'only makes sense when basis is with-sbc',
      });
    }
  });
export type FinancialYear = z.infer<typeof financialYearSchema>;

/** One measurement of cloud market shares: who measured, what they counted, when. */
export const shareMeasurementSchema = z
  .object({
    id: idSchema,
    measurer: z.string().min(1),
    scope: z.string().min(1),
    scopeDetail: z.string().min(1),
    period: z.string().regex(/^\d{4}(-Q[1-4])?$/, 'must be YYYY or YYYY-Qn'),
    periodLabel: z.string().min(1),
    source: idSchema,
    shares: z
      .array(z.object({ company: z.string().min(1), role, share: percent }).strict())
      .min(1, 'needs at least one share'),
  })
  .strict()
  .superRefine((m, ctx) => {
    const total = m.shares.reduce((sum, s) => sum + s.share, 0);
    if (total > 100.0001) {
      ctx.addIssue({
        code: 'custom',
        path: ['shares'],
        message: `add up to ${total}%, above 100%`,
      });
    }
  });
export type ShareMeasurement = z.infer<typeof shareMeasurementSchema>;

/** A gross margin as the sources state it: a point, a range, or (with no number) a comparison. */
export const marginSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1),
    who: z.string().min(1),
    role,
    low: percent.optional(),
    high: percent.optional(),
    /** The source says "about" (true) or gives the number as a target or bound (false). */
    approx: z.boolean().optional(),
    /** Instead of a number, when the sources compare but do not quantify. */
    unquantified: z.string().min(1).optional(),
    source: idSchema,
    at: timestampSchema.optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    const numbered = m.low !== undefined && m.high !== undefined;
    if (!numbered && !m.unquantified) {
      ctx.addIssue({
        code: 'custom',
        path: ['low'],
        message: 'needs low and high, or unquantified',
      });
    }
    if (numbered && m.unquantified) {
      ctx.addIssue({
        code: 'custom',
        path: ['unquantified'],
        message: 'cannot sit beside a number',
      });
    }
    if (numbered && m.low! > m.high!) {
      ctx.addIssue({ code: 'custom', path: ['high'], message: 'must not be below low' });
    }
  });
export type Margin = z.infer<typeof marginSchema>;

/** Which layer a company's first cloud product occupied. */
export const cloudLayerSchema = z
  .object({
    id: idSchema,
    product: z.string().min(1),
    company: z.string().min(1),
    role,
    layer: z.enum(['iaas', 'paas']),
    date: partialDateSchema,
    source: idSchema,
  })
  .strict();
export type CloudLayer = z.infer<typeof cloudLayerSchema>;

/** One of Hamilton Helmer's seven powers and whether AWS holds it. */
export const powerSchema = z
  .object({
    id: idSchema,
    power: z.string().min(1),
    verdict: z.enum(['held', 'not-claimed']),
    mechanism: z.string().min(10).max(160, 'must be one line (160 characters at most)'),
    source: idSchema,
    at: timestampSchema.optional(),
  })
  .strict();
export type Power = z.infer<typeof powerSchema>;

/** The chart data, one list per file in content/data/. */
export const chartFiles = {
  financials: { file: 'aws-financials.yaml', schema: financialYearSchema },
  shares: { file: 'market-share.yaml', schema: shareMeasurementSchema },
  margins: { file: 'margins.yaml', schema: marginSchema },
  layers: { file: 'cloud-layers.yaml', schema: cloudLayerSchema },
  powers: { file: 'seven-powers.yaml', schema: powerSchema },
} as const;

export interface ChartData {
  financials: FinancialYear[];
  shares: ShareMeasurement[];
  margins: Margin[];
  layers: CloudLayer[];
  powers: Power[];
}

/** Growth years in order, whatever order the file lists them in. */
export function sortedYears(years: FinancialYear[]): FinancialYear[] {
  return [...years].sort((a, b) => a.year - b.year);
}
