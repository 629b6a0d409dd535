/**
 * Confidences from SVM margins. A margin says on which side of the boundary a recommendation falls, not how
 * likely the label is; coordinators read and bulk-accept suggestions by confidence, so the margins are
 * mapped to probabilities fitted on recommendations the model did not learn from (the validation split):
 * - the issues: one sigmoid `1 / (1 + exp(−(a·margin + b)))` for all issues (Platt scaling, with the
 *   regularized targets of Lin, Lin & Weng, "A note on Platt's probabilistic outputs", 2007);
 * - the action category: a softmax of the categories' margins times one temperature.
 * Both maps are increasing, so they change no choice: the thresholds are tuned on the probabilities.
 *
 * @example
 *   const { a, b } = fitPlatt(margins, truths); // then sigmoid(a * margin + b)
 *   const t = fitTemperature(marginsPerExample, categories); // then softmax(t * margins)
 */

export interface Platt {
  a: number;
  b: number;
}

/** The identity on logits: a logistic model's scores already are log-odds. */
export const IDENTITY: Platt = { a: 1, b: 0 };

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The confidences of margins under one sigmoid. */
export function confidences(margins: Float64Array, { a, b }: Platt): Float64Array {
  return Float64Array.from(margins, (m) => sigmoid(a * m + b));
}

/** Softmax of `scale · z[from..from+count)` into `p` at the same places. */
export function softmax(z: Float64Array, from: number, count: number, p: Float64Array, scale = 1): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = from; i < from + count; i++) max = Math.max(max, scale * (z[i] as number));
  let sum = 0;
  for (let i = from; i < from + count; i++) {
    const e = Math.exp(scale * (z[i] as number) - max);
    p[i] = e;
    sum += e;
  }
  for (let i = from; i < from + count; i++) p[i] = (p[i] as number) / sum;
}

/** `log(1 + exp(z))` without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * The sigmoid `(a, b)` that best predicts `truth` from `margins` (log-loss), by Newton's method with a
 * backtracking line search. Falls back to the identity when one class is missing.
 */
export function fitPlatt(margins: ArrayLike<number>, truth: ArrayLike<number>): Platt {
  const n = margins.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += truth[i] ? 1 : 0;
  if (positives === 0 || positives === n) return IDENTITY;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (n - positives + 2);
  const target = (i: number) => (truth[i] ? high : low);
  const loss = (a: number, b: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = a * (margins[i] as number) + b;
      sum += target(i) * softplus(-z) + (1 - target(i)) * softplus(z);
    }
    return sum;
  };
  let a = 1;
  let b = 0;
  let current = loss(a, b);
  for (let iteration = 0; iteration < 100; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-12;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < n; i++) {
      const m = margins[i] as number;
      const p = sigmoid(a * m + b);
      const r = p - target(i);
      const v = p * (1 - p);
      ga += r * m;
      gb += r;
      haa += v * m * m;
      hab += v * m;
      hbb += v;
    }
    if (Math.abs(ga) < 1e-6 && Math.abs(gb) < 1e-6) break;
    const det = haa * hbb - hab * hab;
    const da = -(hbb * ga - hab * gb) / det;
    const db = -(haa * gb - hab * ga) / det;
    let step = 1;
    let next = loss(a + da, b + db);
    while (next > current + 1e-4 * step * (ga * da + gb * db) && step > 1e-10) {
      step /= 2;
      next = loss(a + step * da, b + step * db);
    }
    if (step <= 1e-10) break;
    a += step * da;
    b += step * db;
    const moved = current - next;
    current = next;
    if (moved < 1e-9 * Math.abs(current)) break;
  }
  return { a, b };
}

/**
 * The temperature `t` for which `softmax(t · margins)` best predicts the categories (mean log-loss), by a
 * golden-section search on `log t` over [e⁻³, e⁵]. `truth[i]` is the index of the true category, or −1.
 */
export function fitTemperature(margins: readonly Float64Array[], truth: readonly number[]): number {
  const labelled = truth.flatMap((t, i) => (t >= 0 && margins[i] ? [i] : []));
  if (labelled.length === 0) return 1;
  const count = margins[labelled[0] as number]?.length ?? 0;
  const p = new Float64Array(count);
  const loss = (logT: number) => {
    const t = Math.exp(logT);
    let sum = 0;
    for (const i of labelled) {
      softmax(margins[i] as Float64Array, 0, count, p, t);
      sum -= Math.log(Math.max(p[truth[i] as number] as number, 1e-300));
    }
    return sum;
  };
  const ratio = (Math.sqrt(5) - 1) / 2;
  let lo = -3;
  let hi = 5;
  let x1 = hi - ratio * (hi - lo);
  let x2 = lo + ratio * (hi - lo);
  let f1 = loss(x1);
  let f2 = loss(x2);
  for (let i = 0; i < 40; i++) {
    if (f1 <= f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - ratio * (hi - lo);
      f1 = loss(x1);
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + ratio * (hi - lo);
      f2 = loss(x2);
    }
  }
  return Math.exp((lo + hi) / 2);
}
