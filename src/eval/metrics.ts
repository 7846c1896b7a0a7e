/** Agreement measures for `replylint eval`. Pure functions over arrays. */

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface BinaryScores extends Confusion {
  precision: number;
  recall: number;
  f1: number;
}

export function binaryScores(
  pairs: ReadonlyArray<readonly [predicted: boolean, actual: boolean]>,
): BinaryScores {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const [predicted, actual] of pairs) {
    if (predicted && actual) c.tp++;
    else if (predicted) c.fp++;
    else if (actual) c.fn++;
    else c.tn++;
  }
  // With nothing to find and nothing found, the rule is perfect on that set.
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Ranks with ties sharing their mean rank (1-based). */
function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  let at = 0;
  while (at < order.length) {
    let until = at;
    while (until + 1 < order.length && order[until + 1]?.value === order[at]?.value) until++;
    const mean = (at + until) / 2 + 1;
    for (let k = at; k <= until; k++) result[order[k]?.index ?? 0] = mean;
    at = until + 1;
  }
  return result;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n < 2) return Number.NaN;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson's correlation of the ranks (ties averaged). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** Quadratic weighted kappa between two ratings on the integer scale min..max. */
export function quadraticWeightedKappa(
  a: readonly number[],
  b: readonly number[],
  min: number,
  max: number,
): number {
  const k = max - min + 1;
  const n = a.length;
  if (n === 0 || k < 2) return Number.NaN;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const histA = new Array<number>(k).fill(0);
  const histB = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const x = Math.round((a[i] ?? min) - min);
    const y = Math.round((b[i] ?? min) - min);
    const row = observed[x];
    if (!row || y < 0 || y >= k) continue;
    row[y] = (row[y] ?? 0) + 1;
    histA[x] = (histA[x] ?? 0) + 1;
    histB[y] = (histB[y] ?? 0) + 1;
  }
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const weight = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      const expected = ((histA[i] ?? 0) * (histB[j] ?? 0)) / n;
      numerator += weight * (observed[i]?.[j] ?? 0);
      denominator += weight * expected;
    }
  }
  return denominator === 0 ? Number.NaN : 1 - numerator / denominator;
}
