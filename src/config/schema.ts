import * as z from 'zod';
import { categories, replyKinds } from '../types.js';

/**
 * The config file's schemas. zod builds a schema at some cost, and a run without a config file
 * or a front-matter block never needs these: they are built on first use.
 */
function buildSchemas() {
  const severity = z.enum(['off', 'warn', 'error']);
  const ruleSettingSchema = z.union([
    severity,
    z.tuple([severity]),
    z.tuple([severity, z.record(z.string(), z.unknown())]),
  ]);

  const rulesSchema = z.record(z.string(), ruleSettingSchema);

  const scoreSchema = z
    .object({
      weights: z.record(z.string(), z.number().min(0).max(100)),
      caps: z.record(z.string(), z.number().min(0).max(100)),
      categoryCaps: z
        .object(Object.fromEntries(categories.map((c) => [c, z.number().min(0).max(100)])))
        .partial()
        .strict(),
      kissOffCeiling: z.number().int().min(0).max(100),
      grades: z
        .object({ A: z.number().int(), B: z.number().int(), C: z.number().int(), D: z.number().int() })
        .strict(),
    })
    .partial()
    .strict();

  const overrideSchema = z
    .object({
      /** Globs relative to the config file's folder, or template ids. */
      files: z.union([z.string(), z.array(z.string()).min(1)]),
      kind: z.enum(replyKinds).optional(),
      rules: rulesSchema.optional(),
      words: z.array(z.string()).optional(),
    })
    .strict();

  const configSchema = z
    .object({
      $schema: z.string().optional(),
      kind: z.enum(replyKinds).optional(),
      rules: rulesSchema.optional(),
      words: z.array(z.string()).optional(),
      /** A file of extra words, one a line (`#` starts a comment), relative to the config file. */
      wordsFile: z.string().optional(),
      language: z.enum(['en', 'en-US', 'en-GB']).optional(),
      /** Extra placeholder syntaxes: regular expressions whose first group is the name. */
      placeholders: z.array(z.string()).optional(),
      /** Treat every input as a canned template (true) or a draft (false); by default collections are templates. */
      template: z.boolean().optional(),
      minScore: z.number().int().min(0).max(100).optional(),
      maxWarnings: z.number().int().min(0).optional(),
      score: scoreSchema.optional(),
      overrides: z.array(overrideSchema).optional(),
    })
    .strict();
  return { ruleSettingSchema, configSchema, overrideSchema };
}

let built: ReturnType<typeof buildSchemas> | undefined;
export function configSchemas(): ReturnType<typeof buildSchemas> {
  built ??= buildSchemas();
  return built;
}

export type Config = z.infer<ReturnType<typeof configSchemas>['configSchema']>;
export type Override = z.infer<ReturnType<typeof configSchemas>['overrideSchema']>;
