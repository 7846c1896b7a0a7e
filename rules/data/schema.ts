import * as z from 'zod';

/** A matcher phrase: lower case, single spaces, straight apostrophes (see src/engine/matcher.ts). */
export const phrase = z
  .string()
  .min(1)
  .refine(
    (value) => value === value.toLowerCase().trim().replace(/\s+/g, ' '),
    'must be lower case with single spaces',
  )
  .refine((value) => !/[\u2018\u2019]/.test(value), 'must use straight apostrophes');

export const boilerplateEntry = z
  .object({
    phrase,
    kind: z.enum(['script', 'vague-reference']),
    suggestion: z.string().min(1),
    fix: z
      .object({ find: z.string().min(1), replace: z.string() })
      .strict()
      .optional(),
  })
  .strict();

export const deflectionEntry = z
  .object({ phrase, kind: z.enum(['policy', 'not-us', 'blame', 'passive']) })
  .strict();

export const confusionEntry = z
  .object({
    phrase,
    wrongWord: z.union([z.number().int(), z.literal('all')]),
    replacement: z.string().min(1),
    sentenceStart: z.boolean().optional(),
  })
  .strict();

/**
 * Validates a phrase list (test/data.test.ts runs it over every built-in list, so start-up
 * need not); a bad entry names its index.
 */
export function validated<T>(name: string, schema: z.ZodType<T>, entries: readonly T[]): readonly T[] {
  const result = z.array(schema).safeParse(entries);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`rules/data ${name}[${issue?.path.join('.')}]: ${issue?.message}`);
  }
  return entries;
}
