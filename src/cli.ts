import { createWriteStream, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError, loadConfig, optionsFor } from './config/load.js';
import { OptionsError } from './engine/lint.js';
import type { LabelledReply, labelledReplySchema as LabelledReplySchema } from './eval/evaluate.js';
import type { HtmlReply } from './formatters/html.js';
import { type FormatName, format, formatNames } from './formatters/index.js';
import { sanitize } from './formatters/sanitize.js';
import { loadIgnore } from './inputs/ignore.js';
import { emptyReport, type LintedInput, lintInput } from './inputs/lint-input.js';
import { loadParsers, parsersFor } from './inputs/parsers.js';
import { expandPatterns, type Input, InputError, isGlob, readInputFile, readStdin } from './inputs/read.js';
import { whenDrained, writeFileAtomic } from './inputs/write.js';
import { type ReplyKind, type Report, replyKinds } from './types.js';
import { version } from './version.js';

class UsageError extends Error {}

const integer = (name: string, min: number, max: number) => (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new InvalidArgumentError(`${name} must be an integer from ${min} to ${max}`);
  }
  return number;
};

function chalkFor(stream: NodeJS.WriteStream, color: boolean | undefined): ChalkInstance {
  if (color === false) return new Chalk({ level: 0 });
  if (color === true) return new Chalk({ level: Math.max(1, new Chalk().level) as 1 | 2 | 3 });
  if (process.env.NO_COLOR) return new Chalk({ level: 0 });
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0')
    return new Chalk({ level: 1 });
  return new Chalk({ level: stream.isTTY ? 1 : 0 });
}

interface LintFlags {
  stdin?: boolean;
  stdinFilename?: string;
  text?: string;
  kind?: ReplyKind;
  config?: string;
  printConfig?: boolean;
  format: FormatName;
  outputFile?: string;
  quiet?: boolean;
  color?: boolean;
  minScore?: number;
  maxWarnings?: number;
  maxFileSize: number;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  textColumn?: string;
  idColumn?: string;
  reportUnusedDisableDirectives?: boolean;
  context?: string;
}

/** The lines a fix changes, as a small diff. Fixes never add or remove line breaks. */
function describeFix(file: string, before: string, after: string, applied: number): string {
  const old = before.split('\n');
  const now = after.split('\n');
  const out = [`--- ${file} (${applied} fix${applied === 1 ? '' : 'es'})`];
  if (old.length !== now.length) return `${out[0]}\n${sanitize(after)}\n`;
  old.forEach((line, index) => {
    if (line !== now[index])
      out.push(`${index + 1}: - ${sanitize(line)}`, `${index + 1}: + ${sanitize(now[index] ?? '')}`);
  });
  return `${out.join('\n')}\n`;
}

interface InputEntry {
  input?: Input;
  file: string;
  error?: string;
}

/** Every input named on the command line; a file that cannot be read becomes an entry with its error. */
async function collectInputs(patterns: string[], flags: LintFlags, cwd: string): Promise<InputEntry[]> {
  const sources = [
    patterns.length > 0,
    flags.stdin === true || patterns.includes('-'),
    flags.text !== undefined,
  ];
  if (sources.filter(Boolean).length === 0) {
    throw new UsageError('no input: pass files or globs, - or --stdin, or --text "..." (see --help)');
  }
  if (flags.text !== undefined) {
    if (patterns.length > 0 || flags.stdin)
      throw new UsageError('--text cannot be combined with files or --stdin');
    const file = flags.stdinFilename ?? '<text>';
    return [{ file, input: { file, text: flags.text } }];
  }
  const entries: InputEntry[] = [];
  if (flags.stdin || patterns.includes('-')) {
    const file = flags.stdinFilename ?? '<stdin>';
    entries.push({ file, input: { file, text: await readStdin(flags.maxFileSize) } });
  }
  const ignored = loadIgnore(cwd);
  const files = await expandPatterns(
    patterns.filter((p) => p !== '-'),
    cwd,
  );
  for (const file of files) {
    if (ignored(resolve(cwd, file))) {
      if (!isGlob(file) && patterns.includes(file)) {
        process.stderr.write(`replylint: ${file}: ignored by .replylintignore\n`);
      }
      continue;
    }
    try {
      entries.push({ file, input: readInputFile(file, flags.maxFileSize) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      entries.push({ file, error: error.message });
    }
  }
  return entries;
}

async function runLint(patterns: string[], flags: LintFlags): Promise<number> {
  const cwd = process.cwd();
  const loaded = await loadConfig(flags.config, cwd);
  const cli = flags.kind ? { kind: flags.kind } : {};
  if (flags.printConfig) {
    const target = patterns[0] ?? flags.stdinFilename;
    const options = optionsFor(loaded, target ? { file: target } : {}, cli, cwd);
    const printable = {
      configFile: loaded.path ?? null,
      ...loaded.config,
      resolved: { ...options, placeholders: loaded.config.placeholders },
    };
    process.stdout.write(`${JSON.stringify(printable, null, 2)}\n`);
    return 0;
  }
  const entries = await collectInputs(patterns, flags, cwd);
  await loadParsers(entries.flatMap((entry) => parsersFor(entry.file)));
  const reports: Report[] = [];
  const views: HtmlReply[] = [];
  let inputErrors = 0;
  const settings = {
    loaded,
    cwd,
    ...cli,
    split: {
      ...(flags.textColumn ? { textColumn: flags.textColumn } : {}),
      ...(flags.idColumn ? { idColumn: flags.idColumn } : {}),
    },
    reportUnusedDirectives: flags.reportUnusedDisableDirectives === true,
    fix: flags.fix === true || flags.fixDryRun === true,
    ...(flags.context ? { context: readInputFile(flags.context, flags.maxFileSize).text } : {}),
  };
  for (const entry of entries) {
    let linted: LintedInput;
    const input = entry.input;
    try {
      if (!input) throw new InputError(entry.error ?? `${entry.file}: cannot read`);
      if (flags.fix && !flags.fixDryRun && input.encoding === undefined) {
        throw new UsageError(
          '--fix writes files: use --fix-dry-run to see the fixes for standard input or --text',
        );
      }
      linted = lintInput(input, settings);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // One bad input does not stop the others: it is reported, and the run exits 2.
      process.stderr.write(`replylint: ${error.message}\n`);
      reports.push(emptyReport(entry.file, error.message));
      views.push({ report: reports[reports.length - 1] as Report, text: '' });
      inputErrors++;
      continue;
    }
    if (linted.fixed && flags.fixDryRun) {
      process.stdout.write(describeFix(input.file, input.text, linted.fixed.output, linted.fixed.applied));
    }
    if (linted.fixed && flags.fix && !flags.fixDryRun && input.encoding) {
      try {
        writeFileAtomic(input.file, linted.fixed.output, input.encoding);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        process.stderr.write(`replylint: ${error.message}\n`);
        inputErrors++;
      }
    }
    if (linted.notFixable && (flags.fix || flags.fixDryRun)) {
      process.stderr.write(`replylint: ${input.file}: ${linted.notFixable}\n`);
    }
    for (const report of linted.reports) {
      if (report.error) process.stderr.write(`replylint: ${report.error}\n`);
    }
    inputErrors += linted.errors ?? 0;
    reports.push(...linted.reports);
    views.push(...linted.views);
  }
  const minScore = flags.minScore ?? loaded.config.minScore ?? 0;
  const maxWarnings = flags.maxWarnings ?? loaded.config.maxWarnings;
  const shown = flags.quiet
    ? reports.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') }))
    : reports;
  const output = format(
    flags.format,
    shown,
    chalkFor(process.stdout, flags.outputFile ? false : flags.color),
    views,
  );
  if (flags.outputFile) writeFileSync(flags.outputFile, output);
  else process.stdout.write(output);

  const errors = reports.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.messages.filter((m) => m.severity === 'warn').length, 0);
  const lowScores = reports.filter((r) => r.score < minScore);
  if (lowScores.length > 0) {
    process.stderr.write(`replylint: ${lowScores.length} input(s) scored below --min-score ${minScore}\n`);
  }
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`replylint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  if (inputErrors > 0) return 2;
  return errors > 0 || lowScores.length > 0 ? 1 : 0;
}

function readLabelled(path: string, labelledReplySchema: typeof LabelledReplySchema): LabelledReply[] {
  const { text } = readInputFile(path, Number.MAX_SAFE_INTEGER);
  const rows: LabelledReply[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputError(`${path}:${index + 1}: not valid JSON`);
    }
    const parsed = labelledReplySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(
        `${path}:${index + 1}: ${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`,
      );
    }
    rows.push(parsed.data);
  });
  return rows;
}

interface BatchFlags {
  textColumn: string;
  idColumn: string;
  contextColumn: string;
  kindColumn: string;
  kind?: ReplyKind;
  config?: string;
  format: 'jsonl' | 'csv' | 'html';
  outputFile?: string;
  jobs: number;
}

async function runBatchCommand(file: string, flags: BatchFlags): Promise<number> {
  const cwd = process.cwd();
  const loaded = await loadConfig(flags.config, cwd);
  try {
    if (statSync(file).isDirectory()) throw new InputError(`${file}: is a directory`);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: no such file`);
  }
  if (!/\.(?:jsonl|ndjson|csv)$/i.test(file))
    throw new InputError(`${file}: batch reads .jsonl, .ndjson or .csv files`);
  const options = optionsFor(loaded, { file }, flags.kind ? { kind: flags.kind } : {}, cwd);
  options.template = loaded.config.template ?? false;
  const out = flags.outputFile ? createWriteStream(flags.outputFile) : undefined;
  const stream = out ?? process.stdout;
  const write = (text: string) => stream.write(text);
  const drain = () => whenDrained(stream);
  const showProgress = process.stderr.isTTY && !process.env.CI;
  // Batch and eval modules are loaded only by their commands, to keep the lint start-up light.
  const { runBatch } = await import('./batch/run.js');
  const result = await runBatch({
    file,
    columns: {
      text: flags.textColumn,
      id: flags.idColumn,
      context: flags.contextColumn,
      kind: flags.kindColumn,
    },
    format: flags.format,
    write,
    drain,
    options,
    jobs: flags.jobs,
    progress: showProgress ? process.stderr : undefined,
  });
  if (flags.format === 'html') write(format('html', [], new Chalk({ level: 0 }), result.views));
  if (out) await new Promise<void>((resolve) => out.end(resolve));
  if (result.errors > 0)
    process.stderr.write(`replylint: ${result.errors} of ${result.rows} rows could not be graded\n`);
  return result.errors > 0 ? 2 : 0;
}

function buildProgram(): Command {
  const program = new Command('replylint')
    .enablePositionalOptions()
    .description(
      'Lint customer-service replies: find the thanks-for-letting-us-know kiss-off and score the reply 0-100.',
    )
    .version(version, '-V, --version')
    .argument('[files...]', 'files or globs to lint; - reads standard input')
    .option('--stdin', 'read the reply from standard input')
    .option(
      '--stdin-filename <name>',
      'name to show (and match overrides against) for standard input or --text',
    )
    .option('--text <reply>', 'lint this text')
    .addOption(
      new Option('-k, --kind <kind>', 'reply kind (default: from config, else complaint)').choices(
        replyKinds,
      ),
    )
    .option('-c, --config <path>', 'use this config file instead of searching upward')
    .option('--print-config', 'print the configuration that applies, then exit')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatNames).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file')
    .option('--quiet', 'report errors only')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--min-score <n>', 'exit 1 when any reply scores below this', integer('--min-score', 0, 100))
    .option(
      '--max-warnings <n>',
      'exit 1 when there are more warnings than this',
      integer('--max-warnings', 0, 1e9),
    )
    .option(
      '--max-file-size <bytes>',
      'largest input read',
      integer('--max-file-size', 1, 2 ** 31),
      10 * 1024 * 1024,
    )
    .option(
      '--fix',
      'correct mechanical faults in the files (split and doubled words, stray spaces, hedged apologies)',
    )
    .option('--fix-dry-run', 'show what --fix would change, and write nothing')
    .option('--text-column <name>', 'CSV: the column that holds the reply (default: body or text)')
    .option('--id-column <name>', 'CSV: the column that names each row')
    .option('--report-unused-disable-directives', 'report replylint-disable comments that suppress nothing')
    .option('--context <file>', "the customer's message the reply answers (for require-specifics)")
    .option('--debug', 'print stack traces for unexpected errors')
    .addHelpText(
      'after',
      `
Examples:
  replylint draft.txt                       lint one reply
  pbcopy | replylint -                      lint standard input
  replylint --text "Thanks for letting us know!"
  replylint "templates/**/*.txt" --min-score 70 -f json -o report.json
  replylint eval labelled.jsonl             measure replylint against labelled replies

Exit codes: 0 clean, 1 an error-severity finding or a score below --min-score, 2 usage, config or input error.`,
    )
    .action(async (files: string[], flags: LintFlags) => {
      process.exitCode = await runLint(files, flags);
    });

  program
    .command('batch')
    .description('grade every row of a JSONL or CSV file: one output row per input row, streamed')
    .argument('<rows>', 'a .jsonl (one JSON object a line) or .csv file')
    .option('--text-column <name>', 'the field that holds the reply', 'text')
    .option('--id-column <name>', 'the field that names the row', 'id')
    .option('--context-column <name>', "the field that holds the customer's message", 'context')
    .option('--kind-column <name>', 'the field that holds the reply kind', 'kind')
    .addOption(new Option('-k, --kind <kind>', 'kind for rows without one').choices(replyKinds))
    .option('-c, --config <path>', 'use this config file instead of searching upward')
    .addOption(
      new Option('-f, --format <name>', 'output format').choices(['jsonl', 'csv', 'html']).default('jsonl'),
    )
    .option('-o, --output-file <path>', 'write the results to a file')
    .option('-j, --jobs <n>', 'worker threads', integer('--jobs', 1, 64), 1)
    .action(async (file: string, flags: BatchFlags) => {
      process.exitCode = await runBatchCommand(file, flags);
    });

  program
    .command('eval')
    .description('measure replylint against labelled replies (JSONL in the rubric label format)')
    .argument('<labelled.jsonl>', 'labelled replies, one JSON object a line')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json']).default('table'))
    .option('--misses', 'list the ids each dimension got wrong')
    .action(async (file: string, flags: { format: 'table' | 'json'; misses?: boolean }) => {
      const { evaluate, labelledReplySchema } = await import('./eval/evaluate.js');
      const { formatEvaluation } = await import('./eval/format.js');
      const result = evaluate(readLabelled(file, labelledReplySchema));
      process.stdout.write(
        flags.format === 'json'
          ? `${JSON.stringify(flags.misses ? result : { ...result, misses: undefined }, null, 2)}\n`
          : formatEvaluation(result, flags.misses === true),
      );
    });
  return program;
}

/** Runs the CLI; sets `process.exitCode`, never calls `process.exit`. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other parse problem is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    const known =
      error instanceof InputError ||
      error instanceof ConfigError ||
      error instanceof UsageError ||
      error instanceof OptionsError;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`replylint: ${known ? message : `internal error: ${message}`}\n`);
    if (argv.includes('--debug') && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  }
}
