import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse as parseCsvStream } from 'csv-parse';
import { type ReplyKind, replyKinds } from '../types.js';

/** One input row of a batch: the reply to grade, or why it cannot be. */
export interface BatchRow {
  /** 1-based line (JSONL) or record number (CSV) in the input. */
  line: number;
  id: string;
  text?: string;
  context?: string;
  kind?: ReplyKind;
  error?: string;
}

export interface BatchColumns {
  text: string;
  id: string;
  context: string;
  kind: string;
}

function toRow(line: number, record: Record<string, unknown>, columns: BatchColumns): BatchRow {
  const rawId = record[columns.id];
  const row: BatchRow = { line, id: rawId === undefined || rawId === '' ? `row ${line}` : String(rawId) };
  const text = record[columns.text];
  if (typeof text !== 'string') return { ...row, error: `no "${columns.text}" text in this row` };
  row.text = text;
  const context = record[columns.context];
  if (typeof context === 'string' && context !== '') row.context = context;
  const kind = record[columns.kind];
  if (kind !== undefined && kind !== '') {
    if (!replyKinds.includes(kind as ReplyKind)) {
      return { ...row, error: `unknown kind "${String(kind)}" (allowed: ${replyKinds.join(', ')})` };
    }
    row.kind = kind as ReplyKind;
  }
  return row;
}

/** Rows of a JSONL or CSV file, streamed: memory stays flat however long the file. */
export async function* readRows(
  file: string,
  columns: BatchColumns,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<BatchRow> {
  const stream = createReadStream(file);
  stream.on('data', (chunk) => onBytes(chunk.length));
  if (/\.csv$/i.test(file)) {
    const skipped: BatchRow[] = [];
    const parser = stream.pipe(
      parseCsvStream({
        columns: true,
        bom: true,
        skip_empty_lines: true,
        relax_column_count: true,
        skip_records_with_error: true,
        info: true,
      }),
    );
    parser.on('skip', (error: { message: string; lines?: number }) => {
      skipped.push({
        line: error.lines ?? 0,
        id: `line ${error.lines ?? 0}`,
        error: `malformed CSV row: ${error.message.split('\n')[0]}`,
      });
    });
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      while (skipped.length > 0) yield skipped.shift() as BatchRow;
      yield toRow(info.lines, record, columns);
    }
    while (skipped.length > 0) yield skipped.shift() as BatchRow;
    return;
  }
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { line, id: `line ${line}`, error: 'not valid JSON' };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, id: `line ${line}`, error: 'not a JSON object' };
      continue;
    }
    yield toRow(line, value as Record<string, unknown>, columns);
  }
}
