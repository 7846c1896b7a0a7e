import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { LintOptions } from '../engine/lint.js';
import type { HtmlReply } from '../formatters/html.js';
import { emptyReport } from '../inputs/lint-input.js';
import type { Report } from '../types.js';
import { csvLine, type GradedRow, gradedColumns, gradeRow } from './grade.js';
import { type BatchColumns, type BatchRow, readRows } from './rows.js';

export interface BatchSettings {
  file: string;
  columns: BatchColumns;
  format: 'csv' | 'jsonl' | 'html';
  /** Writes output; false means the destination is full and `drain` should be awaited. */
  write: (text: string) => boolean;
  drain: () => Promise<void>;
  options: LintOptions;
  jobs: number;
  /** Where a progress bar may go: a terminal's stderr, or nowhere. */
  progress?: NodeJS.WriteStream | undefined;
}

export interface BatchResult {
  rows: number;
  errors: number;
  /** For the HTML page, which needs every reply at the end. */
  views: HtmlReply[];
}

interface Graded {
  graded: GradedRow;
  report?: Report;
  text?: string;
}

const chunkSize = 64;

/** A progress line on a terminal's stderr, shown only when the batch runs longer than a second. */
function progressBar(stream: NodeJS.WriteStream | undefined, totalBytes: number) {
  const started = Date.now();
  let bytes = 0;
  let rows = 0;
  let shown = false;
  let last = 0;
  const draw = (force = false) => {
    if (!stream) return;
    const now = Date.now();
    if (now - started < 1000 || (!force && now - last < 200)) return;
    last = now;
    shown = true;
    const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
    const width = 24;
    const filled = Math.round(fraction * width);
    const rate = Math.round(rows / ((now - started) / 1000));
    stream.write(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${Math.round(fraction * 100)}% ${rows} rows, ${rate}/s `,
    );
  };
  return {
    bytes: (n: number) => {
      bytes += n;
    },
    row: () => {
      rows++;
      draw();
    },
    done: () => {
      if (shown && stream) stream.write('\r\u001b[K');
    },
  };
}

/** Grades every row of a JSONL or CSV file, writing one output row per input row, in order. */
export async function runBatch(settings: BatchSettings): Promise<BatchResult> {
  const result: BatchResult = { rows: 0, errors: 0, views: [] };
  let full = false;
  const write = (text: string) => {
    if (!settings.write(text)) full = true;
  };
  // Output that cannot keep up pauses the reading, so memory stays flat.
  const drain = async () => {
    if (!full) return;
    full = false;
    await settings.drain();
  };
  const progress = progressBar(settings.progress, statSync(settings.file).size);
  const emit = ({ graded, report, text }: Graded) => {
    result.rows++;
    if (graded.error) result.errors++;
    progress.row();
    if (settings.format === 'csv') write(csvLine(graded));
    else if (settings.format === 'jsonl') write(`${JSON.stringify(graded)}\n`);
    else if (report) result.views.push({ report, text: text ?? '' });
    else result.views.push({ report: { ...emptyReport(graded.id, graded.error), id: graded.id }, text: '' });
  };
  if (settings.format === 'csv') write(`${gradedColumns.join(',')}\n`);
  const rows = readRows(settings.file, settings.columns, progress.bytes);
  const keepReports = settings.format === 'html';

  if (settings.jobs <= 1) {
    for await (const row of rows) {
      const { graded, report } = gradeRow(row, settings.options);
      emit({ graded, ...(keepReports && report ? { report, text: row.text ?? '' } : {}) });
      await drain();
    }
    progress.done();
    return result;
  }

  // Worker threads: chunks go out round-robin and are written back in input order; at most
  // two chunks per worker are in flight, so memory stays flat.
  const workers = Array.from(
    { length: settings.jobs },
    () =>
      new Worker(new URL('./worker.js', import.meta.url), {
        workerData: { options: settings.options, keepReports },
      }),
  );
  const finished = new Map<number, Graded[]>();
  let nextToWrite = 0;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  for (const worker of workers) {
    worker.on('message', (message: { seq: number; results: Graded[] }) => {
      finished.set(message.seq, message.results);
      inFlight--;
      for (let ready = finished.get(nextToWrite); ready; ready = finished.get(nextToWrite)) {
        finished.delete(nextToWrite++);
        for (const graded of ready) emit(graded);
      }
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  const waitForRoom = async (limit: number) => {
    while (inFlight > limit && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  };
  let seq = 0;
  let chunk: BatchRow[] = [];
  const send = async () => {
    if (chunk.length === 0) return;
    await waitForRoom(workers.length * 2 - 1);
    await drain();
    (workers[seq % workers.length] as Worker).postMessage({ seq, rows: chunk });
    seq++;
    inFlight++;
    chunk = [];
  };
  try {
    for await (const row of rows) {
      chunk.push(row);
      if (chunk.length >= chunkSize) await send();
    }
    await send();
    await waitForRoom(0);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    progress.done();
  }
  return result;
}
