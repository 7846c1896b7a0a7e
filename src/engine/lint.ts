import { rules as builtInRules } from '../../rules/index.js';
import type { Resolution } from '../analysis/resolution.js';
import { isKissOff } from '../analysis/verdict.js';
import { Locator } from '../location.js';
import type { PlaceholderSyntax } from '../parse/placeholders.js';
import { parseReply } from '../parse/processor.js';
import type {
  Element,
  Elements,
  Evidence,
  LintMessage,
  ReplyKind,
  Report,
  RuleSetting,
  ScoreSettings,
  Severity,
} from '../types.js';
import { ReplyFacts } from './facts.js';
import type { Descriptor, Range, Rule, RuleContext, RuleVisitors } from './rule.js';
import { computeScore, defaultScoreSettings, gradeOf } from './score.js';
import { sentenceViews } from './sentence.js';

export interface LintOptions {
  /** Shown in reports; the core never reads it. */
  file?: string;
  id?: string;
  kind?: ReplyKind;
  /** Rule settings by id; rules not named run with their default severity. */
  rules?: Record<string, RuleSetting>;
  score?: Partial<ScoreSettings>;
  /** Extra placeholder syntaxes (regular expressions with the name in group 1). */
  placeholders?: readonly PlaceholderSyntax[];
  /** Words the spelling check accepts. */
  words?: readonly string[];
  /** Spelling: US, British, or `en` (either; the default). */
  language?: import('../analysis/spelling.js').SpellingLanguage;
  /** A canned template (placeholders expected) rather than a draft about to be sent. */
  template?: boolean;
  /** The customer's message the reply answers, for context-aware rules. */
  context?: string;
  /** The rule set; the built-in rules by default. */
  ruleset?: readonly Rule[];
}

export class OptionsError extends Error {}

interface ActiveRule {
  rule: Rule;
  severity: Exclude<Severity, 'off'>;
  options: unknown;
}

/** A rule setting as severity and raw options; an absent setting is the rule's default. */
function parseSetting(
  rule: Rule | undefined,
  setting: RuleSetting | undefined,
): [Severity | undefined, unknown] {
  if (Array.isArray(setting)) return [setting[0], setting[1]];
  return [setting ?? rule?.meta.defaultSeverity, undefined];
}

// Validated options, per rule and per options object; rules left at their defaults share one key.
const optionsCache = new WeakMap<Rule, WeakMap<object, unknown>>();
const noOptions = Object.freeze({});

function resolveSetting(rule: Rule, setting: RuleSetting | undefined): ActiveRule | undefined {
  const [severity, raw] = parseSetting(rule, setting);
  if (severity === undefined || severity === 'off') return undefined;
  const input = (raw ?? noOptions) as object;
  let cache = optionsCache.get(rule);
  if (!cache) {
    cache = new WeakMap();
    optionsCache.set(rule, cache);
  }
  let options = cache.get(input);
  if (options === undefined) {
    const parsed = rule.meta.options.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new OptionsError(
        `Invalid options for rule "${rule.meta.id}": ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    options = parsed.data;
    cache.set(input, options);
  }
  return { rule, severity, options };
}

/** A message template split once into text and `{key}` slots (even indexes text, odd ones keys). */
const templateParts = new Map<string, string[]>();

function interpolate(
  template: string,
  actual: string,
  data: Record<string, string | number> | undefined,
): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    templateParts.set(template, parts);
  }
  let message = parts[0] ?? '';
  for (let index = 1; index < parts.length; index += 2) {
    const key = parts[index] as string;
    const value = data && key in data ? String(data[key]) : key === 'actual' ? actual : `{${key}}`;
    message += value + (parts[index + 1] ?? '');
  }
  return message;
}

/** Evidence reads better as a clause: "I've refunded the $4 charge" rather than "I've refunded". */
function toClauseEnd(text: string, range: Range): Range {
  const rest =
    /^[^,;.!?\r\n()]{0,60}?(?=\s+(?:and|but|so|which|because|as|once|when|if)\b|[,;.!?\r\n()]|$)/.exec(
      text.slice(range.end, range.end + 80),
    );
  return { start: range.start, end: range.end + (rest?.[0].trimEnd().length ?? 0) };
}

function evidenceOf(ranges: readonly Range[], text: string, locator: Locator, asClause: boolean): Evidence[] {
  const evidence: Evidence[] = [];
  if (ranges.length === 0) return evidence;
  const seen = new Set<number>();
  for (const found of ranges) {
    if (seen.has(found.start)) continue;
    seen.add(found.start);
    const range = asClause ? toClauseEnd(text, found) : found;
    const point = locator.point(range.start);
    evidence.push({
      text: text.slice(range.start, range.end),
      line: point.line,
      column: point.column,
      offset: range.start,
    });
  }
  return evidence;
}

function elementOf(ranges: readonly Range[], text: string, locator: Locator): Element {
  const evidence = evidenceOf(ranges, text, locator, true);
  return { present: evidence.length > 0, evidence };
}

/** The estimate: specific times when there are any, else vague ones (which do not count as present). */
function etaOf(resolution: Resolution, text: string, locator: Locator): Elements['eta'] {
  const specific = resolution.etaSpecific.length > 0;
  if (!specific && resolution.etaVague.length > 0) {
    return { present: true, evidence: evidenceOf(resolution.etaVague, text, locator, false), specific };
  }
  const evidence = evidenceOf(resolution.etaSpecific, text, locator, false);
  return { present: evidence.length > 0, evidence, specific };
}

/** Lints one reply. Pure: no file-system access, no globals changed; the same input gives the same report. */
export function lint(text: string, options: LintOptions = {}): Report {
  const kind = options.kind ?? 'complaint';
  const ruleset = options.ruleset ?? builtInRules;
  const active = ruleset
    .map((rule) => resolveSetting(rule, options.rules?.[rule.meta.id]))
    .filter((entry): entry is ActiveRule => entry !== undefined)
    .filter((entry) => !entry.rule.meta.appliesTo || entry.rule.meta.appliesTo.includes(kind));

  const parsed = parseReply(text, options.placeholders);
  const sentences = sentenceViews(parsed.tree, parsed.text);
  const facts = new ReplyFacts(sentences, kind);
  const locator = new Locator(text);
  const messages: LintMessage[] = [];
  const extra = {
    words: options.words ?? [],
    language: options.language ?? 'en',
    template: options.template ?? false,
    context: options.context,
  };

  const visitors: RuleVisitors[] = active.map(({ rule, severity, options: ruleOptions }) => {
    const context: RuleContext<unknown> = {
      options: ruleOptions,
      kind,
      text,
      sentences,
      facts,
      settings: extra,
      report(descriptor: Descriptor) {
        const start = Math.max(0, Math.min(descriptor.start, text.length));
        const end = Math.max(start, Math.min(descriptor.end, text.length));
        const actual = text.slice(start, end);
        const template = rule.meta.messages[descriptor.messageId];
        if (template === undefined)
          throw new Error(`Rule ${rule.meta.id} has no message "${descriptor.messageId}"`);
        const from = locator.point(start);
        const to = locator.point(end);
        const message: LintMessage = {
          ruleId: rule.meta.id,
          messageId: descriptor.messageId,
          severity,
          message: interpolate(template, actual, descriptor.data),
          line: from.line,
          column: from.column,
          endLine: to.line,
          endColumn: to.column,
          offset: start,
          endOffset: end,
          actual,
          expected: descriptor.expected ?? [],
        };
        // Assigned, not spread: spreading into a literal is the slow path in hot code.
        if (descriptor.fix)
          message.fix = { range: [descriptor.fix.start, descriptor.fix.end], text: descriptor.fix.text };
        messages.push(message);
      },
    };
    return rule.create(context);
  });

  // The one shared walk: every body sentence goes to every rule that visits sentences.
  const anySentenceVisitors = visitors.filter((visitor) => visitor.anySentence);
  const sentenceVisitors = visitors.filter((visitor) => visitor.sentence);
  for (const sentence of sentences) {
    for (const visitor of anySentenceVisitors) visitor.anySentence?.(sentence);
    if (sentence.role !== 'body') continue;
    for (const visitor of sentenceVisitors) visitor.sentence?.(sentence);
  }
  for (const visitor of visitors) visitor.end?.();

  messages.sort(
    (a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId),
  );

  const resolution = facts.resolution;
  const elements: Elements = {
    actions: elementOf(resolution.actions, text, locator),
    status: elementOf(resolution.status, text, locator),
    eta: etaOf(resolution, text, locator),
    notify: elementOf(resolution.notify, text, locator),
  };
  const report: Report = {
    file: options.file ?? '<text>',
    kind,
    score: 0,
    grade: 'F',
    kissOff: isKissOff(kind, resolution),
    elements,
    messages,
  };
  if (options.id !== undefined) report.id = options.id;
  return rescore(report, options);
}

/**
 * Sets the score and grade from the report's messages. Called again after suppression
 * comments remove findings, so a suppressed finding costs nothing (a suppressed kiss-off
 * lifts the verdict too).
 */
export function rescore(report: Report, options: LintOptions = {}): Report {
  const ruleset = options.ruleset ?? builtInRules;
  const settings = options.score ? { ...defaultScoreSettings, ...options.score } : defaultScoreSettings;
  // Called once per rule with findings: a search beats building a map for every reply.
  const categoryOf = (id: string) => ruleset.find((rule) => rule.meta.id === id)?.meta.category;
  const kissOffRuleOn =
    report.kind === 'complaint' && resolveSeverity(ruleset, options, 'no-kiss-off') !== 'off';
  if (kissOffRuleOn && !report.messages.some((m) => m.ruleId === 'no-kiss-off')) report.kissOff = false;
  report.score = computeScore(report.messages, categoryOf, report.kissOff, settings);
  report.grade = gradeOf(report.score, settings.grades);
  return report;
}

function resolveSeverity(ruleset: readonly Rule[], options: LintOptions, id: string): Severity | undefined {
  return parseSetting(
    ruleset.find((rule) => rule.meta.id === id),
    options.rules?.[id],
  )[0];
}
