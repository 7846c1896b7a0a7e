import type { LintMessage, Report } from '../types.js';

/** Every piece of input text goes through this before it reaches the page. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface HtmlReply {
  report: Report;
  /** The text the report's offsets refer to. */
  text: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The text with each finding wrapped in a <mark>; overlapping findings share the first mark. */
function highlight(text: string, messages: readonly LintMessage[]): string {
  const spans = messages
    .filter((m) => m.endOffset > m.offset && m.endOffset <= text.length)
    .sort((a, b) => a.offset - b.offset);
  let out = '';
  let cursor = 0;
  for (const m of spans) {
    if (m.offset < cursor) continue;
    out += escapeHtml(text.slice(cursor, m.offset));
    out += `<mark class="${m.severity}" data-rule="${escapeHtml(m.ruleId)}" title="${escapeHtml(`${m.ruleId}: ${m.message}`)}">${escapeHtml(text.slice(m.offset, m.endOffset))}</mark>`;
    cursor = m.endOffset;
  }
  return out + escapeHtml(text.slice(cursor));
}

const style = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;color:#1d2430;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin:0}
.summary{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem;margin:1rem 0}
.stat{background:#f3f5f8;border-radius:8px;padding:.8rem}.stat b{display:block;font-size:1.6rem}
.histogram{display:flex;gap:4px;align-items:flex-end;height:120px;margin:1rem 0}
.bar{flex:1;background:#5b7bd5;position:relative;min-height:1px}.bar span{position:absolute;bottom:-1.4rem;left:0;right:0;text-align:center;font-size:.75rem}
.card{border:1px solid #d8dde6;border-radius:8px;padding:1rem;margin:1.5rem 0}
.text{white-space:pre-wrap;background:#fbfbfc;padding:.8rem;border-radius:6px}
mark.warn{background:#fff1b8}mark.error{background:#ffc9c9}
.score{float:right;font-weight:bold}.kissoff{color:#b42318;font-weight:bold}
ul{margin:.5rem 0}.ok{color:#067647}.missing{color:#b42318}.vague{color:#b54708}
`;

/** One self-contained HTML page: a summary of the batch, then a card per reply. */
export function formatHtml(replies: readonly HtmlReply[]): string {
  const linted = replies.filter((r) => !r.report.error);
  const scores = linted.map((r) => r.report.score);
  const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
  const kissOffs = linted.filter((r) => r.report.kissOff).length;
  const histogram = Array.from(
    { length: 10 },
    (_, i) => scores.filter((s) => Math.min(9, Math.floor(s / 10)) === i).length,
  );
  const tallest = Math.max(1, ...histogram);
  const byRule = new Map<string, number>();
  for (const r of linted)
    for (const m of r.report.messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  const frequent = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 8);

  const cards = replies.map(({ report, text }, index) => {
    const title = escapeHtml(report.id ? `${report.file} [${report.id}]` : report.file);
    if (report.error) {
      return `<section class="card" id="reply-${index}"><h2>${title}</h2><p class="missing">${escapeHtml(report.error)}</p></section>`;
    }
    const steps = (['actions', 'status', 'eta', 'notify'] as const).map((name) => {
      const element = report.elements[name];
      const first = element.evidence[0];
      const vague = name === 'eta' && element.present && !report.elements.eta.specific;
      const state = element.present ? (vague ? 'vague' : 'ok') : 'missing';
      const mark = state === 'ok' ? '✔' : state === 'vague' ? '~' : '✖';
      const detail = first ? ` — “${escapeHtml(first.text)}”` : '';
      return `<li class="${state}" data-step="${name}">${mark} ${name}${detail}</li>`;
    });
    const findings = report.messages.map(
      (m) =>
        `<li data-rule="${escapeHtml(m.ruleId)}">${m.line}:${m.column} ${escapeHtml(m.message)}${
          m.expected.length > 0 ? `<br><small>Try: ${m.expected.map(escapeHtml).join(' · ')}</small>` : ''
        }</li>`,
    );
    return `<section class="card" id="reply-${index}" data-score="${report.score}">
<h2>${title}<span class="score">${report.score}/100 · ${report.grade}</span></h2>
${report.kissOff ? '<p class="kissoff">Kiss-off: thanks or sorry, but nothing concrete</p>' : ''}
<div class="text">${highlight(text, report.messages)}</div>
<h3>Resolution checklist</h3><ul class="checklist">${steps.join('')}</ul>
${findings.length > 0 ? `<h3>Findings</h3><ul class="findings">${findings.join('')}</ul>` : ''}
</section>`;
  });

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>replylint report</title><style>${style}</style></head>
<body>
<h1>replylint report</h1>
<div class="summary">
<div class="stat">Replies<b id="count">${linted.length}</b></div>
<div class="stat">Mean score<b id="mean">${mean.toFixed(1)}</b></div>
<div class="stat">Median score<b id="median">${median(scores).toFixed(1)}</b></div>
<div class="stat">Kiss-off rate<b id="kissoff-rate">${linted.length > 0 ? ((100 * kissOffs) / linted.length).toFixed(0) : 0}%</b></div>
</div>
<h2>Scores</h2>
<div class="histogram">${histogram
    .map(
      (n, i) =>
        `<div class="bar" data-band="${i * 10}" data-count="${n}" style="height:${(100 * n) / tallest}%" title="${i * 10}-${i === 9 ? 100 : i * 10 + 9}: ${n}"><span>${i * 10}</span></div>`,
    )
    .join('')}</div>
<h2 style="margin-top:2rem">Most frequent findings</h2>
<ol id="frequent">${frequent.map(([id, n]) => `<li data-rule="${escapeHtml(id)}">${escapeHtml(id)}: ${n}</li>`).join('')}</ol>
${cards.join('\n')}
</body></html>
`;
}
