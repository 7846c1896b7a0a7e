import { parentPort, workerData } from 'node:worker_threads';
import type { LintOptions } from '../engine/lint.js';
import { gradeRow } from './grade.js';
import type { BatchRow } from './rows.js';

// A batch worker: grades chunks of rows with the options it was started with.
const options = (workerData as { options: LintOptions }).options;
const keepReports = (workerData as { keepReports: boolean }).keepReports;

parentPort?.on('message', (message: { seq: number; rows: BatchRow[] }) => {
  const results = message.rows.map((row) => {
    const { graded, report } = gradeRow(row, options);
    return { graded, ...(keepReports && report ? { report, text: row.text ?? '' } : {}) };
  });
  parentPort?.postMessage({ seq: message.seq, results });
});
