/**
 * The auto-tagging model, pure and deterministic (no database): TF-IDF over the features of
 * `classify.features.ts`, one-vs-rest logistic regression for the UPR Info issues (several per
 * recommendation) and a softmax regression for the action category (one of 1-5), trained together by
 * Adagrad over seeded shuffles. Issues are predicted above one global threshold, tuned on a validation
 * split carved from the training examples, with the most likely issue when none reaches it.
 * The vocabulary is pruned to the features seen in enough recommendations, and weights are stored as
 * 8-bit integers with a scale per label, so that the serialized model stays a few megabytes.
 *
 * @example
 *   const model = trainModel(examples, { seed: 1 });
 *   model.predict({ text: 'Ratify the OP-CAT', states: ['FRA'] });
 *   // { issues: [{ label: 'torture-and-other-cid-treatment', confidence: 0.93, chosen: true }, ...], action: ... }
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { type ClassifierInput, featuresOf } from './classify.features.ts';

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
  epochs?: number;
  /** Features must occur in at least this many training recommendations. */
  minDf?: number;
  /** At most this many features (the most frequent). */
  maxFeatures?: number;
  learningRate?: number;
  l2?: number;
  /** Share of the examples held out to tune the threshold (then the model is retrained on all). */
  validationShare?: number;
  /**
   * An issue with at least this many validation recommendations gets a threshold of its own (tuned around
   * the global one); the others keep the global threshold. 0: one global threshold.
   */
  labelThresholdSupport?: number;
  /** Shift the action categories' scores so that the rare categories are not drowned (tuned for macro-F1). */
  tuneActionOffsets?: boolean;
  /** Called after each epoch with (done, total) across both trainings. */
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
  epochs: 5,
  minDf: 2,
  maxFeatures: 60_000,
  learningRate: 0.5,
  l2: 3e-4,
  validationShare: 0.1,
  labelThresholdSupport: 30,
  tuneActionOffsets: false,
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

/** A recommendation as TF-IDF: feature indices and L2-normalized values. */
interface Vector {
  index: Int32Array;
  value: Float32Array;
}

export class Vectorizer {
  readonly lookup: Map<string, number>;
  constructor(
    readonly vocabulary: readonly string[],
    readonly idf: Float32Array,
  ) {
    this.lookup = new Map(vocabulary.map((name, i) => [name, i]));
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
    const index: number[] = [];
    const value: number[] = [];
    let norm = 0;
    for (const [name, count] of features) {
      const i = this.lookup.get(name);
      if (i === undefined) continue;
      const v = (1 + Math.log(count)) * (this.idf[i] as number);
      index.push(i);
      value.push(v);
      norm += v * v;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return { index: Int32Array.from(index), value: Float32Array.from(value, (v) => v * scale) };
  }
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Logits of one vector: `out[label]`, issues first then the action categories. */
function logits(w: Weights, width: number, x: Vector, out: Float64Array): void {
  for (let l = 0; l < width; l++) out[l] = w.bias[l] as number;
  for (let k = 0; k < x.index.length; k++) {
    const row = (x.index[k] as number) * width;
    const v = x.value[k] as number;
    for (let l = 0; l < width; l++) out[l] = (out[l] as number) + v * (w.weights[row + l] as number);
  }
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
}

/** Adagrad over the examples, `epochs` passes in a seeded order; L2 decay on the weights each touches. */
function adagrad(
  data: readonly Encoded[],
  features: number,
  issueCount: number,
  actionCount: number,
  options: Required<Omit<TrainOptions, 'onProgress'>>,
  progress: () => void,
): Weights {
  const width = issueCount + actionCount;
  const w: Weights = { weights: new Float32Array(features * width), bias: new Float32Array(width) };
  const g2 = new Float32Array(features * width).fill(1e-6);
  const b2 = new Float64Array(width).fill(1e-6);
  const z = new Float64Array(width);
  const p = new Float64Array(width);
  const grad = new Float64Array(width);
  const order = Array.from(data.keys());
  const random = seededRandom(options.seed);
  const { learningRate: eta, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const n of order) {
      const example = data[n] as Encoded;
      logits(w, width, example.x, z);
      for (let l = 0; l < issueCount; l++) grad[l] = sigmoid(z[l] as number);
      for (const l of example.issues) grad[l] = (grad[l] as number) - 1;
      if (example.action >= 0) {
        softmax(z, issueCount, actionCount, p);
        for (let l = issueCount; l < width; l++) grad[l] = p[l] as number;
        const a = issueCount + example.action;
        grad[a] = (grad[a] as number) - 1;
      } else {
        for (let l = issueCount; l < width; l++) grad[l] = 0;
      }
      for (let l = 0; l < width; l++) {
        const g = grad[l] as number;
        b2[l] = (b2[l] as number) + g * g;
        w.bias[l] = (w.bias[l] as number) - (eta * g) / Math.sqrt(b2[l] as number);
      }
      const { index, value } = example.x;
      for (let k = 0; k < index.length; k++) {
        const row = (index[k] as number) * width;
        const v = value[k] as number;
        for (let l = 0; l < width; l++) {
          const at = row + l;
          const weight = w.weights[at] as number;
          const g = (grad[l] as number) * v + l2 * weight;
          if (g === 0) continue;
          const sum = (g2[at] as number) + g * g;
          g2[at] = sum;
          w.weights[at] = weight - (eta * g) / Math.sqrt(sum);
        }
      }
    }
    progress();
  }
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
      for (let l = 0; l < width; l++) z[l] = (z[l] as number) + v * (weights[row + l] as number);
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
  const total = settings.epochs * 2;
  let done = 0;
  const progress = () => onProgress?.(++done, total);
  const encode = (vectorizer: Vectorizer, i: number): Encoded => {
    const example = examples[i] as TrainingExample;
    return {
      x: vectorizer.vector(featureMaps[i] as Map<string, number>),
      issues: example.issues.map((label) => issueLabels.indexOf(label)),
      action: example.action === null ? -1 : actionLabels.indexOf(example.action),
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
    const w = adagrad(
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
    done += settings.epochs;
  }
  const vectorizer = Vectorizer.fit(featureMaps, settings.minDf, settings.maxFeatures);
  const all = examples.map((_, i) => encode(vectorizer, i));
  const w = adagrad(
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
