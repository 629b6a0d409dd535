/**
 * The auto-tagging model, pure and deterministic (no database): TF-IDF over the features of
 * `classify.features.ts`, one-vs-rest logistic regression for the UPR Info issues (several per
 * recommendation) and a softmax regression for the action category (one of 1-5), each fitted to
 * convergence by full-batch L-BFGS with a weak L2 penalty (deterministic: no shuffles), later sessions
 * weighing a little more. The action category also reads the opening characters, which the issues never
 * see. Issues are predicted above thresholds tuned on a validation split carved from the training
 * examples, with the most likely issue when none reaches them.
 * The vocabulary is pruned to the features seen in enough recommendations, and weights are stored as
 * 8-bit integers with a scale per label, so that the serialized model stays a few megabytes.
 *
 * @example
 *   const model = trainModel(examples, { seed: 1 });
 *   model.predict({ text: 'Ratify the OP-CAT', states: ['FRA'] });
 *   // { issues: [{ label: 'torture-and-other-cid-treatment', confidence: 0.93, chosen: true }, ...], action: ... }
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { ACTION_ONLY, type ClassifierInput, featuresOf, WORD_GRAMS } from './classify.features.ts';

export interface TrainingExample extends ClassifierInput {
  issues: readonly string[];
  action: number | null;
  /**
   * When the recommendation was made (its session): the validation split is then the latest examples,
   * as the model will be used on later sessions than it learnt from; without it, a seeded random share.
   */
  order?: number | null;
}

export interface TrainOptions {
  seed?: number;
  /** Features must occur in at least this many training recommendations. */
  minDf?: number;
  /** At most this many features (the most frequent). */
  maxFeatures?: number;
  /**
   * Inverse strength of the L2 penalty, as liblinear's C: each issue minimizes
   * `c · Σ log-loss + ½‖w‖²`. TF-IDF text wants a weak penalty: 30 is best of 4-100 here.
   */
  c?: number;
  /** The same for the action categories' softmax regression. */
  actionC?: number;
  /** Weigh the action categories by the inverse of their frequency (for macro-F1). */
  balanceActions?: boolean;
  /** L-BFGS iterations at most per regression (they usually converge in 20-60). */
  maxIterations?: number;
  /** Share of the examples held out to tune the threshold (then the model is retrained on all). */
  validationShare?: number;
  /**
   * An issue with at least this many validation recommendations gets a threshold of its own (tuned around
   * the global one); the others keep the global threshold. 0: one global threshold.
   */
  labelThresholdSupport?: number;
  /**
   * Weigh the later sessions more: an example of session `s` counts `exp(recency · (s − latest))`, the
   * weights then scaled to a mean of 1 (labelling habits drift from one session to the next). 0: all alike.
   */
  recency?: number;
  /** Shift the action categories' scores so that the rare categories are not drowned (tuned for macro-F1). */
  tuneActionOffsets?: boolean;
  /** Called after each regression with (done, total) across both trainings. */
  onProgress?: (done: number, total: number) => void;
}

export interface LabelScore<T> {
  label: T;
  confidence: number;
}

export interface Prediction {
  /** Every issue with its probability, most likely first; `chosen` ones are the predicted set. */
  issues: (LabelScore<string> & { chosen: boolean })[];
  action: LabelScore<number> | null;
}

interface Weights {
  /** Feature-major: `weights[feature * width + label]`. */
  weights: Float32Array;
  bias: Float32Array;
}

const DEFAULTS = {
  seed: 1,
  minDf: 2,
  maxFeatures: 120_000,
  c: 30,
  actionC: 10,
  balanceActions: false,
  maxIterations: 100,
  validationShare: 0.1,
  labelThresholdSupport: 30,
  tuneActionOffsets: false,
  recency: 0.05,
} as const;

/** A small seeded generator (mulberry32): the same seed gives the same model. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A recommendation as TF-IDF: feature indices and values, the features both heads learn from first
 * (`[0, shared)`), then those only the action category learns from (`ACTION_ONLY`). Each part is
 * L2-normalized on its own, so that none drowns the others: the words (with their bigrams, openings and
 * the recommending states) and their character 4-grams (`WORD_GRAMS`) share the first part's unit length
 * half and half; the action-only part has its own.
 */
interface Vector {
  index: Int32Array;
  value: Float32Array;
  shared: number;
}

/** The parts a vector is normalized by: words, their character 4-grams, the action-only opening. */
const PARTS = 3;
function partOf(name: string): number {
  return name.startsWith(ACTION_ONLY) ? 2 : name.startsWith(WORD_GRAMS) ? 1 : 0;
}

export class Vectorizer {
  readonly lookup: Map<string, number>;
  /** Each feature's part (`partOf`). */
  readonly parts: Uint8Array;
  constructor(
    readonly vocabulary: readonly string[],
    readonly idf: Float32Array,
  ) {
    this.lookup = new Map(vocabulary.map((name, i) => [name, i]));
    this.parts = Uint8Array.from(vocabulary, partOf);
  }

  static fit(inputs: readonly Map<string, number>[], minDf: number, maxFeatures: number): Vectorizer {
    const df = new Map<string, number>();
    for (const features of inputs) for (const name of features.keys()) df.set(name, (df.get(name) ?? 0) + 1);
    const kept = [...df].filter(([, n]) => n >= minDf);
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const chosen = kept.slice(0, maxFeatures);
    const n = inputs.length;
    const idf = Float32Array.from(chosen, ([, d]) => Math.log((1 + n) / (1 + d)) + 1);
    return new Vectorizer(
      chosen.map(([name]) => name),
      idf,
    );
  }

  vector(features: Map<string, number>): Vector {
    const index: number[][] = Array.from({ length: PARTS }, () => []);
    const value: number[][] = Array.from({ length: PARTS }, () => []);
    const norm = new Float64Array(PARTS);
    for (const [name, count] of features) {
      const i = this.lookup.get(name);
      if (i === undefined) continue;
      const v = (1 + Math.log(count)) * (this.idf[i] as number);
      const part = this.parts[i] as number;
      (index[part] as number[]).push(i);
      (value[part] as number[]).push(v);
      norm[part] = (norm[part] as number) + v * v;
    }
    // The shared parts split the unit length between those present; the action-only part has its own.
    const sharedParts = (norm[0] as number) > 0 && (norm[1] as number) > 0 ? 2 : 1;
    const scaled = value.flatMap((list, part) => {
      const n = norm[part] as number;
      const scale = n > 0 ? 1 / Math.sqrt(n * (part < 2 ? sharedParts : 1)) : 0;
      return list.map((v) => v * scale);
    });
    return {
      index: Int32Array.from(index.flat()),
      value: Float32Array.from(scaled),
      shared: (index[0] as number[]).length + (index[1] as number[]).length,
    };
  }
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Softmax over `z[from..from+count)` into `p` at the same places. */
function softmax(z: Float64Array, from: number, count: number, p: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = from; i < from + count; i++) max = Math.max(max, z[i] as number);
  let sum = 0;
  for (let i = from; i < from + count; i++) {
    const e = Math.exp((z[i] as number) - max);
    p[i] = e;
    sum += e;
  }
  for (let i = from; i < from + count; i++) p[i] = (p[i] as number) / sum;
}

interface Encoded {
  x: Vector;
  /** Issue label indices. */
  issues: number[];
  /** Action category index, or -1. */
  action: number;
  /** How much the example counts in the losses (1 but for `recency`). */
  weight: number;
}

/**
 * The training recommendations as one sparse matrix (compressed rows): row `i` is `[start[i], start[i+1])`,
 * of which the issues read `[start[i], shared[i])`.
 */
interface Rows {
  /** Each row's weight in the losses. */
  weight: Float64Array;
  start: Int32Array;
  shared: Int32Array;
  index: Int32Array;
  value: Float64Array;
  count: number;
}

function rowsOf(data: readonly Encoded[]): Rows {
  const start = new Int32Array(data.length + 1);
  for (let i = 0; i < data.length; i++)
    start[i + 1] = (start[i] as number) + (data[i] as Encoded).x.index.length;
  const shared = Int32Array.from(data, (e, i) => (start[i] as number) + e.x.shared);
  const index = new Int32Array(start[data.length] as number);
  const value = new Float64Array(start[data.length] as number);
  data.forEach((e, i) => {
    index.set(e.x.index, start[i] as number);
    value.set(e.x.value, start[i] as number);
  });
  const weight = Float64Array.from(data, (e) => e.weight);
  return { weight, start, shared, index, value, count: data.length };
}

/**
 * Minimizes a smooth convex function by L-BFGS (the last `memory` steps, backtracking line search) from
 * `x`, in place. `objective(x, gradient)` returns the value and writes the gradient. Stops when the
 * gradient has shrunk by `tolerance` or the value no longer moves. Returns the iterations done.
 */
export function lbfgs(
  objective: (x: Float64Array, gradient: Float64Array) => number,
  x: Float64Array,
  maxIterations: number,
  memory = 10,
  tolerance = 1e-4,
): number {
  const n = x.length;
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (a[i] as number) * (b[i] as number);
    return sum;
  };
  const g = new Float64Array(n);
  let f = objective(x, g);
  const initial = Math.sqrt(dot(g, g));
  const steps: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  const d = new Float64Array(n);
  const next = new Float64Array(n);
  const nextG = new Float64Array(n);
  const alpha: number[] = [];
  let iteration = 0;
  while (iteration < maxIterations && initial > 0) {
    iteration++;
    // The two-loop recursion: d = -H g.
    for (let i = 0; i < n; i++) d[i] = -(g[i] as number);
    for (let j = steps.length - 1; j >= 0; j--) {
      const { s, y, rho } = steps[j] as (typeof steps)[number];
      const a = rho * dot(s, d);
      alpha[j] = a;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) - a * (y[i] as number);
    }
    const last = steps[steps.length - 1];
    const scale = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1 / initial;
    for (let i = 0; i < n; i++) d[i] = (d[i] as number) * scale;
    for (let j = 0; j < steps.length; j++) {
      const { s, y, rho } = steps[j] as (typeof steps)[number];
      const b = rho * dot(y, d);
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) + (s[i] as number) * ((alpha[j] as number) - b);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction: start again from the gradient.
      for (let i = 0; i < n; i++) d[i] = -(g[i] as number) / initial;
      slope = -dot(g, g) / initial;
      steps.length = 0;
    }
    let step = 1;
    let value = f;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) next[i] = (x[i] as number) + step * (d[i] as number);
      value = objective(next, nextG);
      if (value <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (next[i] as number) - (x[i] as number);
      y[i] = (nextG[i] as number) - (g[i] as number);
    }
    x.set(next);
    g.set(nextG);
    const decrease = f - value;
    f = value;
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push({ s, y, rho: 1 / sy });
      if (steps.length > memory) steps.shift();
    }
    if (Math.sqrt(dot(g, g)) < tolerance * initial || decrease < 1e-7 * Math.abs(f)) break;
  }
  return iteration;
}

/**
 * One issue's logistic regression, `c · Σ log-loss + ½‖w‖²` (the bias unpenalized), as liblinear's C:
 * parameters are `[w (features), bias]`.
 */
function fitBinary(rows: Rows, features: number, truth: Uint8Array, c: number, maxIterations: number) {
  const x = new Float64Array(features + 1);
  const { weight, start, shared: end, index, value, count } = rows;
  lbfgs(
    (p, g) => {
      g.fill(0);
      const bias = p[features] as number;
      let loss = 0;
      let biasGradient = 0;
      for (let i = 0; i < count; i++) {
        let z = bias;
        for (let k = start[i] as number; k < (end[i] as number); k++)
          z += (value[k] as number) * (p[index[k] as number] as number);
        const signed = truth[i] ? z : -z;
        const w = weight[i] as number;
        loss += w * (signed > 0 ? Math.log1p(Math.exp(-signed)) : -signed + Math.log1p(Math.exp(signed)));
        const r = c * w * (sigmoid(z) - (truth[i] as number));
        biasGradient += r;
        for (let k = start[i] as number; k < (end[i] as number); k++)
          g[index[k] as number] = (g[index[k] as number] as number) + r * (value[k] as number);
      }
      let penalty = 0;
      for (let j = 0; j < features; j++) {
        penalty += (p[j] as number) ** 2;
        g[j] = (g[j] as number) + (p[j] as number);
      }
      g[features] = biasGradient;
      return c * loss + penalty / 2;
    },
    x,
    maxIterations,
  );
  return x;
}

/**
 * The action categories' softmax regression, `c · Σ weight(class) · cross-entropy + ½‖W‖²`, the class
 * weights balancing the categories (n / (k · count)) when asked: parameters are `[W (feature-major), bias]`.
 */
function fitSoftmax(
  rows: Rows,
  features: number,
  classes: number,
  truth: Int32Array,
  c: number,
  balanced: boolean,
  maxIterations: number,
) {
  const counts = new Float64Array(classes);
  for (const a of truth) if (a >= 0) counts[a] = (counts[a] as number) + 1;
  const labelled = counts.reduce((a, b) => a + b, 0);
  const weight = Float64Array.from(counts, (n) => (balanced && n > 0 ? labelled / (classes * n) : 1));
  const x = new Float64Array(features * classes + classes);
  const { weight: rowWeight, start, index, value, count } = rows;
  const z = new Float64Array(classes);
  const p = new Float64Array(classes);
  const at = features * classes;
  lbfgs(
    (w, g) => {
      g.fill(0);
      let loss = 0;
      for (let i = 0; i < count; i++) {
        const a = truth[i] as number;
        if (a < 0) continue;
        for (let l = 0; l < classes; l++) z[l] = w[at + l] as number;
        for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
          const row = (index[k] as number) * classes;
          const v = value[k] as number;
          for (let l = 0; l < classes; l++) z[l] = (z[l] as number) + v * (w[row + l] as number);
        }
        softmax(z, 0, classes, p);
        const scale = c * (weight[a] as number) * (rowWeight[i] as number);
        loss -= scale * Math.log(Math.max(p[a] as number, 1e-300));
        for (let l = 0; l < classes; l++) p[l] = scale * ((p[l] as number) - (l === a ? 1 : 0));
        for (let l = 0; l < classes; l++) g[at + l] = (g[at + l] as number) + (p[l] as number);
        for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
          const row = (index[k] as number) * classes;
          const v = value[k] as number;
          for (let l = 0; l < classes; l++) g[row + l] = (g[row + l] as number) + v * (p[l] as number);
        }
      }
      let penalty = 0;
      for (let j = 0; j < at; j++) {
        penalty += (w[j] as number) ** 2;
        g[j] = (g[j] as number) + (w[j] as number);
      }
      return loss + penalty / 2;
    },
    x,
    maxIterations,
  );
  return x;
}

/**
 * Fits every issue's logistic regression and the action categories' softmax regression to convergence
 * (full batch, no randomness), into one feature-major weight matrix.
 */
function fitWeights(
  data: readonly Encoded[],
  features: number,
  issueCount: number,
  actionCount: number,
  options: Required<Omit<TrainOptions, 'onProgress'>>,
  progress: () => void,
): Weights {
  const width = issueCount + actionCount;
  const w: Weights = { weights: new Float32Array(features * width), bias: new Float32Array(width) };
  const rows = rowsOf(data);
  const truth = new Uint8Array(data.length);
  for (let l = 0; l < issueCount; l++) {
    data.forEach((e, i) => {
      truth[i] = e.issues.includes(l) ? 1 : 0;
    });
    const x = fitBinary(rows, features, truth, options.c, options.maxIterations);
    for (let f = 0; f < features; f++) w.weights[f * width + l] = x[f] as number;
    w.bias[l] = x[features] as number;
    progress();
  }
  if (actionCount > 0) {
    const actions = Int32Array.from(data, (e) => e.action);
    const x = fitSoftmax(
      rows,
      features,
      actionCount,
      actions,
      options.actionC,
      options.balanceActions,
      options.maxIterations,
    );
    for (let f = 0; f < features; f++)
      for (let a = 0; a < actionCount; a++)
        w.weights[f * width + issueCount + a] = x[f * actionCount + a] as number;
    for (let a = 0; a < actionCount; a++) w.bias[issueCount + a] = x[features * actionCount + a] as number;
  }
  progress();
  return w;
}

/** The threshold that maximizes micro-F1 of the issue sets (top-1 fallback) over scored examples. */
export function tuneThreshold(scored: { probabilities: Float64Array; truth: readonly number[] }[]): number {
  let best = { threshold: 0.5, f1: -1 };
  // Whole hundredths, so that the threshold stored is exactly the one tried.
  for (let k = 10; k <= 70; k++) {
    const t = k / 100;
    let tp = 0;
    let predicted = 0;
    let actual = 0;
    for (const { probabilities, truth } of scored) {
      const chosen = chooseIssues(probabilities, t);
      predicted += chosen.length;
      actual += truth.length;
      for (const l of chosen) if (truth.includes(l)) tp++;
    }
    const f1 = (2 * tp) / (predicted + actual || 1);
    if (f1 > best.f1 + 1e-9) best = { threshold: t, f1 };
  }
  return best.threshold;
}

/** Issue indices at or above their threshold, else the single most likely one. */
function chooseIssues(probabilities: Float64Array, threshold: number, own?: readonly number[]): number[] {
  const chosen: number[] = [];
  let top = 0;
  for (let l = 0; l < probabilities.length; l++) {
    if ((probabilities[l] as number) >= (own?.[l] ?? threshold)) chosen.push(l);
    if ((probabilities[l] as number) > (probabilities[top] as number)) top = l;
  }
  return chosen.length > 0 || probabilities.length === 0 ? chosen : [top];
}

export interface ModelParts {
  vectorizer: Vectorizer;
  issueLabels: string[];
  actionLabels: number[];
  threshold: number;
  /** Thresholds of their own for the frequent issues (the others use `threshold`). */
  thresholds?: number[];
  /** Quantized weights, feature-major; `scales[label]` turns them back into floats. */
  weights: Int8Array;
  scales: Float32Array;
  bias: Float32Array;
}

export class ClassifierModel {
  private readonly width: number;
  constructor(readonly parts: ModelParts) {
    this.width = parts.issueLabels.length + parts.actionLabels.length;
  }

  get threshold(): number {
    return this.parts.threshold;
  }

  /** Issue probabilities, action probabilities and the action logits of one input. */
  scores(input: ClassifierInput): { issues: Float64Array; action: Float64Array; actionLogits: Float64Array } {
    const { vectorizer, weights, scales, bias, issueLabels, actionLabels } = this.parts;
    const x = vectorizer.vector(featuresOf(input));
    const width = this.width;
    const z = new Float64Array(width);
    for (let k = 0; k < x.index.length; k++) {
      const row = (x.index[k] as number) * width;
      const v = x.value[k] as number;
      // The action-only features have no issue weights.
      for (let l = k < x.shared ? 0 : issueLabels.length; l < width; l++)
        z[l] = (z[l] as number) + v * (weights[row + l] as number);
    }
    const issues = new Float64Array(issueLabels.length);
    for (let l = 0; l < issues.length; l++)
      issues[l] = sigmoid((z[l] as number) * (scales[l] as number) + (bias[l] as number));
    const action = new Float64Array(actionLabels.length);
    for (let l = issues.length; l < width; l++)
      z[l] = (z[l] as number) * (scales[l] as number) + (bias[l] as number);
    if (action.length > 0) {
      const p = new Float64Array(width);
      softmax(z, issues.length, action.length, p);
      action.set(p.subarray(issues.length));
    }
    return { issues, action, actionLogits: z.slice(issues.length) };
  }

  predict(input: ClassifierInput): Prediction {
    const { issues, action } = this.scores(input);
    const chosen = new Set(chooseIssues(issues, this.parts.threshold, this.parts.thresholds));
    const list = this.parts.issueLabels
      .map((label, l) => ({ label, confidence: issues[l] as number, chosen: chosen.has(l) }))
      .sort((a, b) => b.confidence - a.confidence);
    let best = -1;
    for (let l = 0; l < action.length; l++)
      if (best < 0 || (action[l] as number) > (action[best] as number)) best = l;
    return {
      issues: list,
      action:
        best < 0
          ? null
          : { label: this.parts.actionLabels[best] as number, confidence: action[best] as number },
    };
  }

  /** A compact binary form: a JSON header, then idf, scales, bias and the 8-bit weights, gzipped. */
  serialize(): Buffer {
    const { vectorizer, issueLabels, actionLabels, threshold, thresholds, weights, scales, bias } =
      this.parts;
    const header = Buffer.from(
      JSON.stringify({
        format: 1,
        vocabulary: vectorizer.vocabulary,
        issueLabels,
        actionLabels,
        threshold,
        thresholds: thresholds ?? null,
      }),
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    return gzipSync(
      Buffer.concat([
        length,
        header,
        Buffer.from(vectorizer.idf.buffer, vectorizer.idf.byteOffset, vectorizer.idf.byteLength),
        Buffer.from(scales.buffer, scales.byteOffset, scales.byteLength),
        Buffer.from(bias.buffer, bias.byteOffset, bias.byteLength),
        Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength),
      ]),
      { level: 6 },
    );
  }

  static deserialize(data: Uint8Array): ClassifierModel {
    const raw = gunzipSync(data);
    const headerLength = raw.readUInt32LE(0);
    const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as {
      format: number;
      vocabulary: string[];
      issueLabels: string[];
      actionLabels: number[];
      threshold: number;
      thresholds: number[] | null;
    };
    if (header.format !== 1) throw new Error(`unknown model format ${header.format}`);
    const features = header.vocabulary.length;
    const width = header.issueLabels.length + header.actionLabels.length;
    let at = 4 + headerLength;
    const floats = (count: number) => {
      const copy = new Float32Array(count);
      copy.set(new Float32Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + count * 4)));
      at += count * 4;
      return copy;
    };
    const idf = floats(features);
    const scales = floats(width);
    const bias = floats(width);
    const weights = new Int8Array(
      raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + features * width),
    );
    return new ClassifierModel({
      vectorizer: new Vectorizer(header.vocabulary, idf),
      issueLabels: header.issueLabels,
      actionLabels: header.actionLabels,
      threshold: header.threshold,
      ...(header.thresholds ? { thresholds: header.thresholds } : {}),
      weights,
      scales,
      bias,
    });
  }
}

/** 8-bit weights with one scale per label (its largest absolute weight over 127). */
function quantize(w: Weights, features: number, width: number): { weights: Int8Array; scales: Float32Array } {
  const max = new Float64Array(width);
  for (let f = 0; f < features; f++)
    for (let l = 0; l < width; l++)
      max[l] = Math.max(max[l] as number, Math.abs(w.weights[f * width + l] as number));
  const scales = Float32Array.from(max, (m) => (m > 0 ? m / 127 : 1));
  const weights = new Int8Array(features * width);
  for (let f = 0; f < features; f++)
    for (let l = 0; l < width; l++)
      weights[f * width + l] = Math.round((w.weights[f * width + l] as number) / (scales[l] as number));
  return { weights, scales };
}

/**
 * Trains a model: a first fit without the validation share tunes the issues' threshold, then the model is
 * fitted again on every example. Throws when there is nothing to learn from.
 */
export function trainModel(
  examples: readonly TrainingExample[],
  options: TrainOptions = {},
): ClassifierModel {
  const settings = { ...DEFAULTS, ...options };
  const { onProgress, ...fitOptions } = settings;
  const issueLabels = [...new Set(examples.flatMap((e) => e.issues))].sort();
  const actionLabels = [...new Set(examples.flatMap((e) => (e.action === null ? [] : [e.action])))].sort(
    (a, b) => a - b,
  );
  if (issueLabels.length === 0 && actionLabels.length === 0)
    throw new Error('no labeled examples to learn from');
  const featureMaps = examples.map(featuresOf);
  const held = validationSplit(examples, settings.validationShare, settings.seed);
  const fits = issueLabels.length + 1;
  const total = fits * 2;
  let done = 0;
  const progress = () => onProgress?.(++done, total);
  const weights = recencyWeights(examples, settings.recency);
  const encode = (vectorizer: Vectorizer, i: number): Encoded => {
    const example = examples[i] as TrainingExample;
    return {
      x: vectorizer.vector(featureMaps[i] as Map<string, number>),
      issues: example.issues.map((label) => issueLabels.indexOf(label)),
      action: example.action === null ? -1 : actionLabels.indexOf(example.action),
      weight: weights[i] as number,
    };
  };

  let threshold = 0.3;
  let thresholds: number[] | undefined;
  let actionOffsets: number[] | undefined;
  const trainIdx = examples.map((_, i) => i).filter((i) => !held[i]);
  const validIdx = examples.map((_, i) => i).filter((i) => held[i]);
  if (validIdx.length > 0 && trainIdx.length > 0 && issueLabels.length > 0) {
    const vectorizer = Vectorizer.fit(
      trainIdx.map((i) => featureMaps[i] as Map<string, number>),
      settings.minDf,
      settings.maxFeatures,
    );
    const w = fitWeights(
      trainIdx.map((i) => encode(vectorizer, i)),
      vectorizer.vocabulary.length,
      issueLabels.length,
      actionLabels.length,
      fitOptions,
      progress,
    );
    const provisional = new ClassifierModel({
      vectorizer,
      issueLabels,
      actionLabels,
      threshold,
      ...quantize(w, vectorizer.vocabulary.length, issueLabels.length + actionLabels.length),
      bias: w.bias,
    });
    const scored = validIdx.map((i) => {
      const example = examples[i] as TrainingExample;
      const scores = provisional.scores(example);
      return {
        probabilities: scores.issues,
        actionLogits: scores.actionLogits,
        truth: example.issues.map((label) => issueLabels.indexOf(label)),
        action: example.action === null ? -1 : actionLabels.indexOf(example.action),
      };
    });
    threshold = tuneThreshold(scored);
    if (settings.labelThresholdSupport > 0)
      thresholds = tuneLabelThresholds(scored, threshold, settings.labelThresholdSupport);
    if (settings.tuneActionOffsets && actionLabels.length > 1) actionOffsets = tuneActionOffsets(scored);
  } else {
    done += fits;
  }
  const vectorizer = Vectorizer.fit(featureMaps, settings.minDf, settings.maxFeatures);
  const all = examples.map((_, i) => encode(vectorizer, i));
  const w = fitWeights(
    all,
    vectorizer.vocabulary.length,
    issueLabels.length,
    actionLabels.length,
    fitOptions,
    progress,
  );
  // The action offsets move the categories' biases: the model's scores stay one dot product.
  actionOffsets?.forEach((offset, a) => {
    const at = issueLabels.length + a;
    w.bias[at] = (w.bias[at] as number) + offset;
  });
  return new ClassifierModel({
    vectorizer,
    issueLabels,
    actionLabels,
    threshold,
    ...(thresholds ? { thresholds } : {}),
    ...quantize(w, vectorizer.vocabulary.length, issueLabels.length + actionLabels.length),
    bias: w.bias,
  });
}

/** Each example's weight under `TrainOptions.recency` (all 1 when it is 0 or the sessions are unknown). */
function recencyWeights(examples: readonly TrainingExample[], recency: number): Float64Array {
  const orders = examples.map((e) => e.order ?? null);
  if (recency === 0 || orders.some((o) => o === null)) return new Float64Array(examples.length).fill(1);
  // A loop, not `Math.max(...orders)`: a spread of a few hundred thousand arguments overflows the stack.
  const latest = (orders as number[]).reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const raw = (orders as number[]).map((o) => Math.exp(recency * (o - latest)));
  const mean = raw.reduce((a, b) => a + b, 0) / raw.length;
  return Float64Array.from(raw, (w) => w / mean);
}

/** Which examples are held out: the latest ones (by `order`) when known, else a seeded random share. */
function validationSplit(examples: readonly TrainingExample[], share: number, seed: number): boolean[] {
  const orders = examples.map((e) => e.order ?? null);
  if (share > 0 && orders.every((o) => o !== null)) {
    const sorted = [...(orders as number[])].sort((a, b) => b - a);
    const cut = sorted[Math.max(0, Math.ceil(sorted.length * share) - 1)] as number;
    const held = orders.map((o) => (o as number) >= cut);
    // Held out must leave something to train on: with a single session, fall back to a random share.
    if (held.some((h) => !h)) return held;
  }
  const random = seededRandom(seed + 7919);
  return examples.map(() => random() < share);
}

/**
 * Per-issue thresholds: for each issue with enough validation positives, the threshold (within ±0.2 of the
 * global one) that maximizes that issue's F1 on the validation split; the others keep the global one.
 */
export function tuneLabelThresholds(
  scored: { probabilities: Float64Array; truth: readonly number[] }[],
  global: number,
  minSupport: number,
): number[] | undefined {
  const labels = scored[0]?.probabilities.length ?? 0;
  const result: number[] = Array.from({ length: labels }, () => global);
  let changed = false;
  for (let l = 0; l < labels; l++) {
    const support = scored.filter((s) => s.truth.includes(l)).length;
    if (support < minSupport) continue;
    let best = { t: global, f1: -1 };
    for (let k = Math.max(5, Math.round(global * 100) - 20); k <= Math.round(global * 100) + 20; k++) {
      const t = k / 100;
      let tp = 0;
      let fp = 0;
      for (const s of scored) {
        if ((s.probabilities[l] as number) < t) continue;
        if (s.truth.includes(l)) tp++;
        else fp++;
      }
      const f1 = (2 * tp) / (2 * tp + fp + (support - tp));
      // Ties go to the threshold nearest the global one.
      if (
        f1 > best.f1 + 1e-9 ||
        (Math.abs(f1 - best.f1) <= 1e-9 && Math.abs(t - global) < Math.abs(best.t - global))
      )
        best = { t, f1 };
    }
    result[l] = best.t;
    changed ||= best.t !== global;
  }
  return changed ? result : undefined;
}

/** Offsets added to the action categories' logits that maximize macro-F1 on the validation split. */
export function tuneActionOffsets(scored: { actionLogits: Float64Array; action: number }[]): number[] {
  const labelled = scored.filter((s) => s.action >= 0);
  const count = labelled[0]?.actionLogits.length ?? 0;
  const offsets = Array.from({ length: count }, () => 0);
  const macro = () => {
    const tp = new Float64Array(count);
    const fp = new Float64Array(count);
    const fn = new Float64Array(count);
    for (const s of labelled) {
      let best = 0;
      for (let a = 1; a < count; a++)
        if (
          (s.actionLogits[a] as number) + (offsets[a] as number) >
          (s.actionLogits[best] as number) + (offsets[best] as number)
        )
          best = a;
      if (best === s.action) tp[best] = (tp[best] as number) + 1;
      else {
        fp[best] = (fp[best] as number) + 1;
        fn[s.action] = (fn[s.action] as number) + 1;
      }
    }
    let sum = 0;
    let n = 0;
    for (let a = 0; a < count; a++) {
      if ((tp[a] as number) + (fn[a] as number) === 0) continue;
      n++;
      sum += (2 * (tp[a] as number)) / (2 * (tp[a] as number) + (fp[a] as number) + (fn[a] as number));
    }
    return n === 0 ? 0 : sum / n;
  };
  let current = macro();
  for (let pass = 0; pass < 3; pass++) {
    for (let a = 0; a < count; a++) {
      const start = offsets[a] as number;
      let best = { offset: start, f1: current };
      for (let k = -20; k <= 20; k++) {
        offsets[a] = k / 10;
        const f1 = macro();
        if (f1 > best.f1 + 1e-9) best = { offset: k / 10, f1 };
      }
      offsets[a] = best.offset;
      current = best.f1;
    }
  }
  return offsets;
}
