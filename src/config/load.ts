import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type * as z from 'zod';
import { rules } from '../../rules/index.js';
import type { LintOptions } from '../engine/lint.js';
import { defaultScoreSettings } from '../engine/score.js';
import { loadParsers, parser } from '../inputs/parsers.js';
import type { PlaceholderSyntax } from '../parse/placeholders.js';
import type { ReplyKind, RuleSetting } from '../types.js';
import { type Config, configSchemas } from './schema.js';

const isYaml = (path: string) => /\.ya?ml$/.test(path);

/** A configuration problem; the CLI prints its message and exits with 2. */
export class ConfigError extends Error {}

export const configFileNames = [
  '.replylintrc.json',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  'replylint.config.json',
];

export interface LoadedConfig {
  config: Config;
  /** The file it came from, or undefined for the defaults. */
  path: string | undefined;
}

function closest(name: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0;
        row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length] ?? 0;
  };
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(3, name.length / 2) ? best : undefined;
}

function describeIssue(file: string, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const allowed = Object.keys(configSchemas().configSchema.shape).join(', ');
    const where = issue.path.length > 0 ? `in ${path}` : 'at the top level';
    return `${file}: unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} ${where}${issue.path.length === 0 ? ` (allowed: ${allowed})` : ''}`;
  }
  return `${file}: ${path}: ${issue.message}`;
}

const ruleIds = rules.map((r) => r.meta.id);

function checkRules(file: string, settings: Record<string, RuleSetting> | undefined, at: string): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) {
      const suggestion = closest(id, ruleIds);
      throw new ConfigError(
        `${file}: ${at}.${id}: unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      );
    }
    if (Array.isArray(setting) && setting[1] !== undefined) {
      const parsed = rule.meta.options.safeParse(setting[1]);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = [at, id, '1', ...(issue?.path.map(String) ?? [])].join('.');
        throw new ConfigError(`${file}: ${path}: ${issue?.message ?? 'invalid options'}`);
      }
    }
  }
}

/** Validates a parsed config object; errors name the file, the key path and what is allowed. */
export function validateConfig(value: unknown, file: string): Config {
  const parsed = configSchemas().configSchema.safeParse(value ?? {});
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ConfigError(issue ? describeIssue(file, issue) : `${file}: invalid configuration`);
  }
  const config = parsed.data;
  checkRules(file, config.rules, 'rules');
  for (const [index, override] of (config.overrides ?? []).entries()) {
    checkRules(file, override.rules, `overrides.${index}.rules`);
  }
  for (const [index, source] of (config.placeholders ?? []).entries()) {
    try {
      new RegExp(source);
    } catch {
      throw new ConfigError(`${file}: placeholders.${index}: not a valid regular expression: ${source}`);
    }
  }
  return config;
}

function readConfigFile(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `${path}: cannot read config (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    if (isYaml(path)) return parser('yaml')(raw);
    const json = JSON.parse(raw);
    return path.endsWith('package.json') ? json.replylint : json;
  } catch (error) {
    throw new ConfigError(
      `${path}: not valid ${isYaml(path) ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
}

/** A personal vocabulary: one word a line; blank lines and `#` comments are skipped. */
function readWordsFile(path: string, configPath: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `${configPath}: wordsFile: cannot read ${path} (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`,
    );
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Finds the nearest config file from `directory` upward. */
export function findConfig(directory: string): string | undefined {
  let current = resolve(directory);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const pkg = join(current, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).replylint !== undefined) return pkg;
      } catch {
        // A broken package.json is not ours to report.
      }
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export async function loadConfig(explicitPath: string | undefined, cwd: string): Promise<LoadedConfig> {
  const path = explicitPath ? resolve(cwd, explicitPath) : findConfig(cwd);
  if (!path) return { config: {}, path: undefined };
  if (isYaml(path)) await loadParsers(['yaml']);
  if (explicitPath && !existsSync(path)) throw new ConfigError(`${explicitPath}: config file not found`);
  const config = validateConfig(readConfigFile(path), path);
  if (config.wordsFile)
    config.words = [
      ...(config.words ?? []),
      ...readWordsFile(resolve(dirname(path), config.wordsFile), path),
    ];
  return { config, path };
}

/** The lint options for one input: base config, then every matching override in order. */
export function optionsFor(
  loaded: LoadedConfig,
  target: { file?: string; id?: string },
  cli: { kind?: ReplyKind },
  cwd: string,
): LintOptions {
  const { config } = loaded;
  const base = loaded.path ? dirname(loaded.path) : cwd;
  let kind = config.kind;
  const ruleSettings: Record<string, RuleSetting> = { ...config.rules };
  const words = [...(config.words ?? [])];
  for (const override of config.overrides ?? []) {
    const patterns = Array.isArray(override.files) ? override.files : [override.files];
    const relativePath = target.file
      ? relative(base, resolve(cwd, target.file)).split(sep).join('/')
      : undefined;
    const matches = patterns.some(
      (pattern) =>
        (relativePath !== undefined && picomatch(pattern, { dot: true })(relativePath)) ||
        (target.id !== undefined && pattern === target.id),
    );
    if (!matches) continue;
    if (override.kind) kind = override.kind;
    Object.assign(ruleSettings, override.rules);
    words.push(...(override.words ?? []));
  }
  const options: LintOptions = { rules: ruleSettings, words };
  const chosenKind = cli.kind ?? kind;
  if (chosenKind) options.kind = chosenKind;
  if (config.language) options.language = config.language;
  if (config.placeholders) {
    options.placeholders = config.placeholders.map(
      (source, index): PlaceholderSyntax => ({ id: `config-${index}`, pattern: new RegExp(source, 'g') }),
    );
  }
  if (config.score) {
    const { kissOffCeiling, grades } = config.score;
    options.score = {
      ...(kissOffCeiling !== undefined ? { kissOffCeiling } : {}),
      ...(grades !== undefined ? { grades } : {}),
      weights: { ...defaultScoreSettings.weights, ...config.score.weights },
      caps: { ...defaultScoreSettings.caps, ...config.score.caps },
      categoryCaps: { ...defaultScoreSettings.categoryCaps, ...config.score.categoryCaps },
    };
  }
  if (target.file !== undefined) options.file = target.file;
  if (target.id !== undefined) options.id = target.id;
  return options;
}
