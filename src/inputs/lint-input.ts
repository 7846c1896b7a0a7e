import { rules } from '../../rules/index.js';
import { type LoadedConfig, optionsFor } from '../config/load.js';
import { fixText } from '../engine/fix.js';
import { type LintOptions, lint, rescore } from '../engine/lint.js';
import type { HtmlReply } from '../formatters/html.js';
import { Locator } from '../location.js';
import type { ReplyKind, Report } from '../types.js';
import { type SplitOptions, splitFile, type Template } from './collections.js';
import { applyDirectives, directiveProblems, parseDirectives } from './directives.js';
import { type Input, InputError } from './read.js';
import { relocate } from './relocate.js';

export interface LintInputSettings {
  loaded: LoadedConfig;
  cwd: string;
  kind?: ReplyKind;
  split: SplitOptions;
  reportUnusedDirectives: boolean;
  fix: boolean;
  /** The customer's message, for every input (`--context FILE`). */
  context?: string;
}

export interface LintedInput {
  reports: Report[];
  /** The fixed file text, when `fix` was asked for, the file can be written back, and something changed. */
  fixed?: { output: string; applied: number };
  /** Why `fix` did not apply to this input. */
  notFixable?: string;
  /** How many entries of the input could not be read (each has a report with its error). */
  errors?: number;
  /** Each report with the text its offsets refer to, for the HTML page. */
  views: HtmlReply[];
}

/** A report for an input or entry that could not be linted: it keeps its place in the output. */
export function emptyReport(file: string, error: string): Report {
  const empty = { present: false, evidence: [] };
  return {
    file,
    kind: 'complaint',
    score: 0,
    grade: 'F',
    kissOff: false,
    elements: { actions: empty, status: empty, eta: { ...empty, specific: false }, notify: empty },
    messages: [],
    error,
  };
}

const knownRules = new Set(rules.map((r) => r.meta.id));

function optionsForTemplate(settings: LintInputSettings, input: Input, template: Template): LintOptions {
  const cli = settings.kind ? { kind: settings.kind } : {};
  const target = { file: input.file, ...(template.id !== undefined ? { id: template.id } : {}) };
  const options = optionsFor(settings.loaded, target, cli, settings.cwd);
  // Precedence: --kind, then the template's own front matter, then config overrides, then config.
  if (!settings.kind && template.kind) options.kind = template.kind;
  if (template.rules) options.rules = { ...options.rules, ...template.rules };
  if (template.words) options.words = [...(options.words ?? []), ...template.words];
  options.template = settings.loaded.config.template ?? template.template;
  const context = settings.context ?? template.context;
  if (context !== undefined) options.context = context;
  return options;
}

/** Lints one input: every template it holds, in file coordinates, with its directives applied. */
export function lintInput(input: Input, settings: LintInputSettings): LintedInput {
  // Standard input named with --stdin-filename is split by that name's extension, like a file.
  const named = !/^<(?:stdin|text)>$/.test(input.file);
  const templates = named
    ? splitFile(input.file, input.text, settings.split)
    : [{ text: input.text, toFile: (o: number) => o, exact: true, template: false }];
  const locator = new Locator(input.text);
  const directives = parseDirectives(input.text, locator);
  const result: LintedInput = { reports: [], views: [] };

  const single = templates.length === 1 ? templates[0] : undefined;
  const contiguous =
    single?.exact === true && single.toFile(single.text.length) - single.toFile(0) === single.text.length;

  if (input.text.trim() === '') throw new InputError(`${input.file}: empty, nothing to lint`);
  for (const template of templates) {
    if (template.error) {
      result.reports.push({
        ...emptyReport(input.file, template.error),
        ...(template.id ? { id: template.id } : {}),
      });
      result.errors = (result.errors ?? 0) + 1;
      continue;
    }
    const options = optionsForTemplate(settings, input, template);
    let text = template.text;
    if (settings.fix && template === single && contiguous) {
      const fixed = fixText(text, options);
      if (fixed.applied > 0) {
        const start = template.toFile(0);
        const end = template.toFile(template.text.length);
        result.fixed = {
          output: input.text.slice(0, start) + fixed.output + input.text.slice(end),
          applied: fixed.applied,
        };
        text = fixed.output;
      }
    } else if (settings.fix) {
      result.notFixable = 'only plain text and Markdown files are fixed; this one is reported as it is';
    }
    // After a fix, positions refer to the fixed text, which is what the file now holds.
    const fileText = result.fixed?.output ?? input.text;
    const local = lint(text, options);
    const report = relocate(local, template, result.fixed ? new Locator(fileText) : locator);
    report.file = input.file;
    const kept = applyDirectives(report.messages, directives);
    if (kept.length !== report.messages.length) {
      report.messages = kept;
      rescore(report, options);
    }
    result.reports.push(report);
    // For pages that show the text: the template's own text, with the findings that survived.
    const survived = local.messages.filter((m) =>
      kept.some((k) => k.ruleId === m.ruleId && k.actual === m.actual),
    );
    result.views.push({
      report: { ...report, messages: contiguous ? report.messages : survived },
      text: contiguous ? fileText : text,
    });
  }
  const problems = directiveProblems(directives, knownRules, settings.reportUnusedDirectives, input.text);
  const first = result.reports[0];
  if (first && problems.length > 0) {
    first.messages = [...first.messages, ...problems].sort((a, b) => a.offset - b.offset);
  }
  return result;
}
