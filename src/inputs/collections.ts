import type { Options as CsvOptions } from 'csv-parse/sync';
import * as z from 'zod';
import { configSchemas } from '../config/schema.js';
import { type ReplyKind, type RuleSetting, replyKinds } from '../types.js';
import { extractHtmlText } from './html.js';
import { OffsetMap } from './offset-map.js';
import { parser } from './parsers.js';
import { InputError } from './read.js';

/** One reply or template to lint, and how its offsets map back into the file. */
export interface Template {
  /** The template's own id inside a collection file. */
  id?: string;
  text: string;
  /** Template text offset → file offset. */
  toFile: (offset: number) => number;
  /** True when offsets map one to one, so `--fix` can write back. */
  exact: boolean;
  kind?: ReplyKind;
  rules?: Record<string, RuleSetting>;
  words?: string[];
  /** A canned template (placeholders are expected) rather than a draft to send. */
  template: boolean;
  /** Set when this entry of a collection could not be read; the others are still linted. */
  error?: string;
  /** The customer's message, when the file is an e-mail reply that quotes it. */
  context?: string;
}

export interface SplitOptions {
  textColumn?: string;
  idColumn?: string;
}

/** Built on first use, like the config's schemas: most runs read no front matter. */
let frontMatterSchema: ReturnType<typeof buildFrontMatterSchema> | undefined;
function buildFrontMatterSchema() {
  return z
    .object({
      id: z.union([z.string(), z.number()]).optional(),
      title: z.string().optional(),
      kind: z.enum(replyKinds).optional(),
      replylint: z
        .object({
          kind: z.enum(replyKinds).optional(),
          rules: z.record(z.string(), configSchemas().ruleSettingSchema).optional(),
          words: z.array(z.string()).optional(),
        })
        .strict()
        .optional(),
    })
    .passthrough();
}

const textFields = ['body', 'text', 'content', 'message', 'template'];

function whole(text: string, template: boolean): Template {
  return { text, toFile: (offset) => offset, exact: true, template };
}

/** Body text of a JSON/YAML collection entry, or undefined when it has none. */
function bodyOf(entry: unknown): { field: string; value: string } | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  for (const field of textFields) {
    const value = (entry as Record<string, unknown>)[field];
    if (typeof value === 'string') return { field, value };
  }
  return undefined;
}

/**
 * Templates from structured data: a list of `{ id, title, body }`, `{ templates: [...] }`,
 * or a Zendesk macros export (`macros[].actions[]` with `comment_value` / `comment_value_html`).
 * Bodies are found in the file in order, so each maps back to its own place.
 */
function fromStructured(file: string, data: unknown, source: string): Template[] {
  const templates: Template[] = [];
  let cursor = 0;
  const add = (id: string, value: string, field: string, html: boolean) => {
    // Start looking at the field's key, so a title that repeats the body's first words is skipped.
    const key = source.indexOf(field, cursor);
    const from = key === -1 ? cursor : key + field.length;
    const map = new OffsetMap();
    cursor = map.addAnchored(0, value, source, from);
    if (!html) {
      templates.push({ id, text: value, toFile: (o) => map.toSource(o), exact: false, template: true });
      return;
    }
    const extracted = extractHtmlText(value);
    templates.push({
      id,
      text: extracted.text,
      toFile: (o) => map.toSource(extracted.map.toSource(o)),
      exact: false,
      template: true,
    });
  };
  const record = data as Record<string, unknown> | null;
  if (record && !Array.isArray(record) && Array.isArray(record.macros)) {
    for (const [index, macro] of (record.macros as unknown[]).entries()) {
      const m = (macro ?? {}) as { id?: unknown; title?: unknown; actions?: unknown };
      const actions = Array.isArray(m.actions)
        ? (m.actions as Array<{ field?: unknown; value?: unknown }>)
        : [];
      for (const action of actions) {
        if (action.field !== 'comment_value' && action.field !== 'comment_value_html') continue;
        const value = Array.isArray(action.value)
          ? action.value.filter((v) => typeof v === 'string').at(-1)
          : action.value;
        if (typeof value !== 'string') continue;
        add(String(m.id ?? m.title ?? index + 1), value, 'value', action.field === 'comment_value_html');
      }
    }
    return templates;
  }
  const list = Array.isArray(data)
    ? data
    : Array.isArray(record?.templates)
      ? (record?.templates as unknown[])
      : undefined;
  if (!list)
    throw new InputError(
      `${file}: no templates found (expected a list of { id, title, body } or a macros export)`,
    );
  for (const [index, entry] of list.entries()) {
    const body = bodyOf(entry);
    if (!body) throw new InputError(`${file}: template ${index + 1} has no body (${textFields.join(', ')})`);
    const e = entry as { id?: unknown; title?: unknown };
    add(String(e.id ?? e.title ?? index + 1), body.value, body.field, false);
  }
  return templates;
}

function fromCsv(file: string, source: string, options: SplitOptions): Template[] {
  let rows: Record<string, string>[];
  // A malformed row is reported on its own; the rows around it are still linted.
  const skipped: Array<{ line: number; message: string }> = [];
  try {
    // `on_skip` exists at run time in csv-parse 5 but is missing from its type declarations.
    const csvOptions: CsvOptions & {
      on_skip: (error: { message: string; lines?: number } | undefined) => void;
    } = {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = error?.lines ?? 0;
        // One report per line: a broken quote can trip the parser more than once.
        if (error && !skipped.some((row) => row.line === line)) {
          skipped.push({ line, message: error.message.split('\n')[0] ?? 'malformed row' });
        }
      },
    };
    rows = parser('csv')(source, csvOptions);
  } catch (error) {
    throw new InputError(`${file}: not valid CSV: ${(error as Error).message.split('\n')[0]}`);
  }
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  const textColumn = options.textColumn ?? textFields.find((f) => columns.includes(f));
  if (!textColumn || (rows.length > 0 && !columns.includes(textColumn))) {
    throw new InputError(
      `${file}: no text column${textColumn ? ` "${textColumn}"` : ''}: pass --text-column (columns: ${columns.join(', ')})`,
    );
  }
  if (options.idColumn && rows.length > 0 && !columns.includes(options.idColumn)) {
    throw new InputError(`${file}: no id column "${options.idColumn}" (columns: ${columns.join(', ')})`);
  }
  let cursor = source.indexOf('\n') + 1;
  const bad: Template[] = skipped.map((row) => ({
    id: `line ${row.line}`,
    text: '',
    toFile: () => 0,
    exact: false,
    template: true,
    error: `${file}:${row.line}: malformed CSV row: ${row.message}`,
  }));
  const good = rows.map((row, index): Template => {
    const text = row[textColumn] ?? '';
    const map = new OffsetMap();
    cursor = map.addAnchored(0, text, source, cursor);
    const id = options.idColumn ? row[options.idColumn] : undefined;
    return {
      id: id || `row ${index + 1}`,
      text,
      toFile: (o) => map.toSource(o),
      exact: false,
      template: true,
    };
  });
  return [...bad, ...good];
}

function fromMarkdown(file: string, source: string): Template[] {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return [whole(source, false)];
  let data: unknown;
  try {
    data = parser('yaml')(match[1] ?? '') ?? {};
  } catch (error) {
    throw new InputError(
      `${file}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  frontMatterSchema ??= buildFrontMatterSchema();
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${file}: front matter ${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const front = parsed.data;
  const offset = match[0].length;
  const template: Template = {
    text: source.slice(offset),
    toFile: (o) => o + offset,
    exact: true,
    template: true,
  };
  const id = front.id ?? front.title;
  if (id !== undefined) template.id = String(id);
  const kind = front.replylint?.kind ?? front.kind;
  if (kind) template.kind = kind;
  if (front.replylint?.rules) template.rules = front.replylint.rules as Record<string, RuleSetting>;
  if (front.replylint?.words) template.words = front.replylint.words;
  return [template];
}

/** Splits one input file into the replies or templates it holds, by its extension. */
export function splitFile(file: string, source: string, options: SplitOptions = {}): Template[] {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  switch (extension) {
    case 'json': {
      let data: unknown;
      try {
        data = JSON.parse(source);
      } catch (error) {
        throw new InputError(`${file}: not valid JSON: ${(error as Error).message}`);
      }
      return fromStructured(file, data, source);
    }
    case 'yaml':
    case 'yml': {
      let data: unknown;
      try {
        data = parser('yaml')(source);
      } catch (error) {
        throw new InputError(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      }
      return fromStructured(file, data, source);
    }
    case 'csv':
      return fromCsv(file, source, options);
    case 'md':
    case 'markdown':
      return fromMarkdown(file, source);
    case 'html':
    case 'htm': {
      const { text, map } = extractHtmlText(source);
      return [{ text, toFile: (o) => map.toSource(o), exact: map.exact, template: true }];
    }
    default:
      return [splitThread(source)];
  }
}

// Where a reply's quoted thread starts: "On Mon, … wrote:", an "Original Message" rule, or a run of "> " lines.
const threadStart = /^(?:On .{5,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|>)/m;

/** An e-mail reply: the text above the quoted thread is the reply, the quoted message its context. */
function splitThread(source: string): Template {
  const marker = threadStart.exec(source);
  if (!marker || marker.index === 0) return whole(source, false);
  const reply = source.slice(0, marker.index).replace(/\s+$/, '');
  if (reply.trim() === '') return whole(source, false);
  const quoted = source
    .slice(marker.index)
    .split(/\r?\n/)
    .filter((line) => !/^(?:On .{5,200}wrote:|-{2,}\s*Original Message)/.test(line))
    .map((line) => line.replace(/^(?:>\s?)+/, ''))
    .join('\n');
  return { text: reply, toFile: (offset) => offset, exact: true, template: false, context: quoted };
}
