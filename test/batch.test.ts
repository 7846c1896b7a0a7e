import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/batch/grade.js';

const root = new URL('../', import.meta.url).pathname;
const bin = join(root, 'bin/replylint.js');
const work = mkdtempSync(join(tmpdir(), 'replylint-batch-'));
const run = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });

const rows = [
  { id: 'r1', text: 'Thanks for letting us know! We value your feedback.', kind: 'complaint' },
  {
    id: 'r2',
    text: "I've replaced the router, and I'll call you on Friday to check it works.",
    kind: 'complaint',
  },
  { id: '=cmd', text: '@agent We fixed the the heater.', kind: 'other' },
  { id: 'r4', text: 'Our opening hours are 9 to 5.', kind: 'question', context: 'When are you open?' },
];
const jsonl = join(work, 'rows.jsonl');
writeFileSync(
  jsonl,
  [
    ...rows.slice(0, 2).map((r) => JSON.stringify(r)),
    '{not json',
    JSON.stringify({ id: 'nokind', text: 'Hi', kind: 'rant' }),
    ...rows.slice(2).map((r) => JSON.stringify(r)),
  ].join('\n'),
);

describe('output back-pressure', () => {
  it('does not wait for a drain that already happened', async () => {
    const { Writable } = await import('node:stream');
    const { whenDrained } = await import('../src/inputs/write.js');
    const sink = new Writable({ highWaterMark: 1, write: (_chunk, _encoding, done) => setImmediate(done) });
    expect(sink.write('more than one byte')).toBe(false);
    await new Promise((resolve) => sink.once('drain', resolve));
    const outcome = await Promise.race([
      whenDrained(sink).then(() => 'resolved'),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 500)),
    ]);
    expect(outcome).toBe('resolved');
  });
  it('waits while the buffer is full', async () => {
    const { Writable } = await import('node:stream');
    const { whenDrained } = await import('../src/inputs/write.js');
    const sink = new Writable({ highWaterMark: 1, write: (_chunk, _encoding, done) => setTimeout(done, 50) });
    sink.write('more than one byte');
    let drained = false;
    const waiting = whenDrained(sink).then(() => {
      drained = true;
    });
    expect(drained).toBe(false);
    await waiting;
    expect(sink.writableNeedDrain).toBe(false);
  });
});

describe('replylint batch', () => {
  it('writes one JSONL row per input row, bad rows with their error, and goes on', () => {
    const result = run(['batch', jsonl]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/2 of 6 rows could not be graded/);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((r) => r.id)).toEqual(['r1', 'r2', 'line 3', 'nokind', '=cmd', 'r4']);
    expect(out[0]).toMatchObject({
      kiss_off: true,
      boilerplate: true,
      actions: false,
      eta: 'none',
      error: '',
    });
    expect(out[1]).toMatchObject({ kiss_off: false, actions: true, notify: true, score: 100, grade: 'A' });
    expect(out[2].error).toMatch(/line 3: not valid JSON/);
    expect(out[3].error).toMatch(/unknown kind "rant"/);
    expect(out[4]).toMatchObject({ typo: true, findings: 1 });
  });

  it('writes CSV with formula-safe cells', () => {
    const result = run(['batch', jsonl, '-f', 'csv']);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'id,score,grade,kiss_off,actions,status,eta,notify,boilerplate,deflection,redirect_blind,cant_focus,run_on,typo,findings,error',
    );
    expect(lines).toHaveLength(7);
    expect(lines.find((l) => l.includes('cmd'))).toMatch(/^'=cmd,/);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });

  it('reads CSV input with named columns, streamed row by row', () => {
    const csv = join(work, 'rows.csv');
    writeFileSync(
      csv,
      'ticket,reply,type\nt1,"Thanks for letting us know!",complaint\nt2,"We fixed it, it works now.",other\n',
    );
    const result = run([
      'batch',
      csv,
      '--text-column',
      'reply',
      '--id-column',
      'ticket',
      '--kind-column',
      'type',
    ]);
    expect(result.status).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((r) => [r.id, r.kiss_off, r.run_on])).toEqual([
      ['t1', true, false],
      ['t2', false, true],
    ]);
  });

  it('gives the same rows, in the same order, on worker threads', () => {
    const big = join(work, 'big.jsonl');
    const lines = Array.from({ length: 400 }, (_, i) =>
      JSON.stringify({ id: `n${i}`, text: `${rows[i % 2]?.text} Ref ${i}.` }),
    );
    writeFileSync(big, lines.join('\n'));
    const one = run(['batch', big]);
    const two = run(['batch', big, '--jobs', '2']);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n')).toHaveLength(400);
  });

  it('shows no progress bar when not on a terminal', () => {
    expect(run(['batch', jsonl]).stderr).not.toMatch(/\[#|rows, \d+\/s/);
  });

  it('names a file it cannot batch', () => {
    const result = run(['batch', join(work, 'missing.jsonl')]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/missing\.jsonl: no such file$/);
    expect(run(['batch', join(root, 'README.md')]).stderr).toMatch(
      /batch reads \.jsonl, \.ndjson or \.csv files/,
    );
  });
});

describe('HTML report in headless Chromium', () => {
  // CI installs Chromium (.ci/run), so there the test always runs.
  const hasChromium = existsSync('/usr/bin/chromium') || process.env.CI === 'true';

  it.runIf(hasChromium)('renders highlights, checklists and the summary numbers', async () => {
    const page = join(work, 'report.html');
    const hostile = join(work, 'hostile.jsonl');
    writeFileSync(
      hostile,
      [
        ...rows.slice(0, 2).map((r) => JSON.stringify(r)),
        JSON.stringify({
          id: 'x',
          text: '<script>window.pwned = 1</script> We apologize for any inconvenience caused.',
          kind: 'complaint',
        }),
      ].join('\n'),
    );
    const result = run(['batch', hostile, '-f', 'html', '-o', page]);
    expect(result.status).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).not.toContain('<script>window.pwned');
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(`file://${page}`);
      expect(await tab.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await tab.locator('#count').textContent()).toBe('3');
      const scores = await tab
        .locator('.card')
        .evaluateAll((cards) => cards.map((c) => Number(c.getAttribute('data-score'))));
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      expect(await tab.locator('#mean').textContent()).toBe(mean.toFixed(1));
      expect(await tab.locator('#kissoff-rate').textContent()).toBe('67%');
      expect(await tab.locator('.bar').count()).toBe(10);
      const counted = await tab
        .locator('.bar')
        .evaluateAll((bars) => bars.reduce((n, b) => n + Number(b.getAttribute('data-count')), 0));
      expect(counted).toBe(3);
      const marks = tab.locator('#reply-0 mark');
      expect(await marks.count()).toBeGreaterThanOrEqual(1);
      expect(await tab.locator('#reply-0 mark[data-rule="no-boilerplate"]').textContent()).toBe(
        'We value your feedback',
      );
      expect(await tab.locator('#reply-1 .checklist li.ok').count()).toBe(4);
      expect(await tab.locator('#reply-2 .text').textContent()).toContain(
        '<script>window.pwned = 1</script>',
      );
      expect(await tab.locator('#frequent li').first().getAttribute('data-rule')).toBeTruthy();
    } finally {
      await browser.close();
    }
  });
});
