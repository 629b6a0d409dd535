/**
 * The auto-tagging model, pure and deterministic (no database): TF-IDF over the features of
 * `classify.features.ts`, one linear SVM per UPR Info issue (several per recommendation) and one per
 * action category (the category with the largest margin wins), fitted by dual coordinate descent
 * (`classify.svm.ts`), later sessions weighing a little more. The action category also reads the opening
 * characters, which the issues never see. Margins become confidences by maps fitted on a validation split
 * carved from the training examples (`classify.calibration.ts`), and issues are predicted above
 * thresholds tuned on that split, with the most likely issue when none reaches them.
 * The vocabulary is pruned to the features seen in enough recommendations, and weights are stored as
 * 8-bit integers with a scale per label, so that the serialized model stays a few megabytes.
 *
 * @example
 *   const model = trainModel(examples, { seed: 1 });
 *   model.predict({ text: 'Ratify the OP-CAT', states: ['FRA'] });
 *   // { issues: [{ label: 'torture-and-other-cid-treatment', confidence: 0.93, chosen: true }, ...], action: ... }
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { seededRandom } from '../../util/random.ts';
import {
  confidences,
  fitPlatt,
  fitTemperature,
  IDENTITY,
  type Platt,
  softmax,
} from './classify.calibration.ts';
import { ACTION_ONLY, type ClassifierInput, featuresOf, WORD_GRAMS } from './classify.features.ts';
import { fitSvm, type SparseRows } from './classify.svm.ts';

export interface TrainingExample extends ClassifierInput {
  /** UPR Info issue codes; empty: the recommendation carries none, and teaches the issues nothing. */
  issues: readonly string[];
  action: number | null;
  /** OHCHR theme codes; empty or absent: it carries none, and teaches the themes nothing. */
  themes?: readonly string[];
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
   * Inverse strength of the penalty, as liblinear's C: each issue's SVM minimizes
   * `½‖w‖² + c · Σ weight · squared hinge` (see `classify.svm.ts`). 0.45 is best of 0.3-4 here.
   */
  c?: number;
  /** The same for the action categories' SVMs (0.3 is best of 0.1-1). */
  actionC?: number;
  /** Passes over the examples at most per SVM (they usually converge in 10-60). */
  maxPasses?: number;
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
  /**
   * OHCHR themes are learnt where enough exist: when at least `minThemedExamples` recommendations carry
   * themes, each theme that at least `minThemeSupport` of them carry.
   */
  minThemedExamples?: number;
  minThemeSupport?: number;
  /** Called after each label's fit and after the action category's, with (done, total) across both trainings. */
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
  /** The same for the OHCHR themes the model learnt (none when too few recommendations carry themes). */
  themes: (LabelScore<string> & { chosen: boolean })[];
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
  c: 0.45,
  actionC: 0.3,
  maxPasses: 1000,
  validationShare: 0.1,
  labelThresholdSupport: 0,
  tuneActionOffsets: false,
  recency: 0.05,
  minThemedExamples: 200,
  minThemeSupport: 20,
} as const;

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

interface Encoded {
  x: Vector;
  /** Issue label indices (none: not labelled with issues). */
  issues: number[];
  /** Action category index, or -1. */
  action: number;
  /** Theme label indices, or null when not labelled with themes. */
  themes: number[] | null;
  /** How much the example counts in the losses (1 but for `recency`). */
  weight: number;
}

/**
 * The training recommendations as one sparse matrix (compressed rows): the issues read `[start[i],
 * shared[i])` of row `i`, the action category the whole row `[start[i], start[i+1])`.
 */
function rowsOf(data: readonly Encoded[]): { issues: SparseRows; action: SparseRows } {
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
  const rows = { start, index, value, weight, count: data.length };
  return { issues: { ...rows, end: shared }, action: { ...rows, end: start.subarray(1) } };
}

interface LabelCounts {
  issueCount: number;
  actionCount: number;
  themeCount: number;
}

/**
 * Fits every issue's SVM (recommendations with the issue against those without) and one SVM per action
 * category (that category against the others, among the recommendations that have one), into one
 * feature-major weight matrix of margins.
 */
function fitWeights(
  data: readonly Encoded[],
  features: number,
  { issueCount, actionCount, themeCount }: LabelCounts,
  options: Required<Omit<TrainOptions, 'onProgress'>>,
  progress: () => void,
): Weights {
  const width = issueCount + actionCount + themeCount;
  const w: Weights = { weights: new Float32Array(features * width), bias: new Float32Array(width) };
  const rows = rowsOf(data);
  const labels = new Int8Array(data.length);
  const fitLabel = (at: number, sparse: SparseRows, c: number) => {
    const fitted = fitSvm(sparse, features, labels, {
      c,
      seed: options.seed + at,
      maxPasses: options.maxPasses,
    });
    for (let f = 0; f < features; f++) w.weights[f * width + at] = fitted.weights[f] as number;
    w.bias[at] = fitted.bias;
  };
  for (let l = 0; l < issueCount; l++) {
    data.forEach((e, i) => {
      labels[i] = e.issues.length === 0 ? 0 : e.issues.includes(l) ? 1 : -1;
    });
    fitLabel(l, rows.issues, options.c);
    progress();
  }
  // The themes read what the issues read, among the recommendations labelled with themes.
  for (let t = 0; t < themeCount; t++) {
    data.forEach((e, i) => {
      labels[i] = e.themes === null ? 0 : e.themes.includes(t) ? 1 : -1;
    });
    fitLabel(issueCount + actionCount + t, rows.issues, options.c);
    progress();
  }
  for (let a = 0; a < actionCount; a++) {
    data.forEach((e, i) => {
      labels[i] = e.action < 0 ? 0 : e.action === a ? 1 : -1;
    });
    fitLabel(issueCount + a, rows.action, options.actionC);
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
  /** OHCHR theme codes learnt (weights after the action categories') and their threshold. */
  themeLabels?: string[];
  themeThreshold?: number;
  /** Quantized weights, feature-major; `scales[label]` turns them back into floats. */
  weights: Int8Array;
  scales: Float32Array;
  bias: Float32Array;
  /**
   * How margins become confidences (`classify.calibration.ts`): the issues' sigmoid and the action
   * categories' softmax temperature. Absent: the margins are log-odds already (format 1, logistic models).
   */
  calibration?: Calibration;
}

export interface Calibration {
  issues: Platt;
  actionTemperature: number;
  themes?: Platt;
}

export class ClassifierModel {
  private readonly width: number;
  constructor(readonly parts: ModelParts) {
    this.width = parts.issueLabels.length + parts.actionLabels.length + (parts.themeLabels?.length ?? 0);
  }

  get threshold(): number {
    return this.parts.threshold;
  }

  /** Issue and action category confidences, and the margins they come from, of one input. */
  scores(input: ClassifierInput): {
    issues: Float64Array;
    action: Float64Array;
    issueMargins: Float64Array;
    actionMargins: Float64Array;
    themes: Float64Array;
    themeMargins: Float64Array;
  } {
    const { vectorizer, weights, scales, bias, issueLabels, actionLabels } = this.parts;
    const {
      issues: platt,
      actionTemperature,
      // Without a calibration of their own, the themes' margins are read as the issues' are.
      themes: themePlatt = platt,
    } = this.parts.calibration ?? { issues: IDENTITY, actionTemperature: 1 };
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
    for (let l = 0; l < width; l++) z[l] = (z[l] as number) * (scales[l] as number) + (bias[l] as number);
    const issueMargins = z.slice(0, issueLabels.length);
    const issues = confidences(issueMargins, platt);
    const actionMargins = z.slice(issueLabels.length, issueLabels.length + actionLabels.length);
    const action = new Float64Array(actionLabels.length);
    if (action.length > 0) softmax(actionMargins, 0, action.length, action, actionTemperature);
    const themeMargins = z.slice(issueLabels.length + actionLabels.length);
    const themes = confidences(themeMargins, themePlatt);
    return { issues, action, issueMargins, actionMargins, themes, themeMargins };
  }

  predict(input: ClassifierInput): Prediction {
    const { issues, action, themes } = this.scores(input);
    const ranked = (labels: readonly string[], p: Float64Array, chosen: Set<number>) =>
      labels
        .map((label, l) => ({ label, confidence: p[l] as number, chosen: chosen.has(l) }))
        .sort((a, b) => b.confidence - a.confidence);
    const chosen = new Set(chooseIssues(issues, this.parts.threshold, this.parts.thresholds));
    // No fallback for the themes: a recommendation on a subject none of the learnt themes covers gets none.
    const themeThreshold = this.parts.themeThreshold ?? this.parts.threshold;
    const themesChosen = new Set(Array.from(themes).flatMap((p, t) => (p >= themeThreshold ? [t] : [])));
    let best = -1;
    for (let l = 0; l < action.length; l++)
      if (best < 0 || (action[l] as number) > (action[best] as number)) best = l;
    return {
      issues: ranked(this.parts.issueLabels, issues, chosen),
      action:
        best < 0
          ? null
          : { label: this.parts.actionLabels[best] as number, confidence: action[best] as number },
      themes: ranked(this.parts.themeLabels ?? [], themes, themesChosen),
    };
  }

  /**
   * A compact binary form: a JSON header, then idf, scales, bias and the 8-bit weights, gzipped. Format 2
   * adds the calibration of the margins; format 1 (logistic models) is still read.
   */
  serialize(): Buffer {
    const {
      vectorizer,
      issueLabels,
      actionLabels,
      threshold,
      thresholds,
      weights,
      scales,
      bias,
      calibration,
      themeLabels,
      themeThreshold,
    } = this.parts;
    const header = Buffer.from(
      JSON.stringify({
        format: calibration ? 2 : 1,
        vocabulary: vectorizer.vocabulary,
        issueLabels,
        actionLabels,
        threshold,
        thresholds: thresholds ?? null,
        ...(calibration ? { calibration } : {}),
        ...(themeLabels?.length ? { themeLabels, themeThreshold } : {}),
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
      calibration?: Calibration;
      themeLabels?: string[];
      themeThreshold?: number;
    };
    if (header.format !== 1 && header.format !== 2) throw new Error(`unknown model format ${header.format}`);
    const features = header.vocabulary.length;
    const width = header.issueLabels.length + header.actionLabels.length + (header.themeLabels?.length ?? 0);
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
      ...(header.calibration ? { calibration: header.calibration } : {}),
      ...(header.themeLabels && header.themeThreshold !== undefined
        ? { themeLabels: header.themeLabels, themeThreshold: header.themeThreshold }
        : {}),
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
  const themeLabels = learntThemes(examples, settings.minThemedExamples, settings.minThemeSupport);
  if (issueLabels.length === 0 && actionLabels.length === 0)
    throw new Error('no labeled examples to learn from');
  const counts: LabelCounts = {
    issueCount: issueLabels.length,
    actionCount: actionLabels.length,
    themeCount: themeLabels.length,
  };
  const width = issueLabels.length + actionLabels.length + themeLabels.length;
  const featureMaps = examples.map(featuresOf);
  const held = heldOut(examples, settings.validationShare, settings.seed);
  const fits = issueLabels.length + themeLabels.length + 1;
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
      themes: example.themes?.length ? example.themes.map((label) => themeLabels.indexOf(label)) : null,
      weight: weights[i] as number,
    };
  };

  let threshold = 0.3;
  // Without validation data to tune it, the SVMs' own boundary (a margin of 0).
  let themeThreshold = 0.5;
  let thresholds: number[] | undefined;
  let actionOffsets: number[] | undefined;
  let calibration = UNCALIBRATED;
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
      counts,
      fitOptions,
      progress,
    );
    const provisional = new ClassifierModel({
      vectorizer,
      issueLabels,
      actionLabels,
      threshold,
      themeLabels,
      ...quantize(w, vectorizer.vocabulary.length, width),
      bias: w.bias,
    });
    const all = validIdx.map((i) => {
      const example = examples[i] as TrainingExample;
      const scores = provisional.scores(example);
      return {
        margins: scores.issueMargins,
        actionMargins: scores.actionMargins,
        truth: example.issues.map((label) => issueLabels.indexOf(label)),
        action: example.action === null ? -1 : actionLabels.indexOf(example.action),
        themes: {
          margins: scores.themeMargins,
          truth: (example.themes ?? []).map((label) => themeLabels.indexOf(label)),
        },
      };
    });
    // Each set of labels is calibrated and thresholded on the recommendations labelled with it.
    const issued = all.filter((s) => s.truth.length > 0);
    const themed = all.map((s) => s.themes).filter((s) => s.truth.length > 0);
    calibration = calibrate(issued, themed);
    const { issues: issuePlatt, themes: themePlatt = IDENTITY } = calibration;
    const scored = issued.map((s) => ({ ...s, probabilities: confidences(s.margins, issuePlatt) }));
    if (scored.length > 0) threshold = tuneThreshold(scored);
    if (themed.length > 0)
      themeThreshold = tuneThreshold(
        themed.map((s) => ({ ...s, probabilities: confidences(s.margins, themePlatt) })),
      );
    if (settings.labelThresholdSupport > 0)
      thresholds = tuneLabelThresholds(scored, threshold, settings.labelThresholdSupport);
    if (settings.tuneActionOffsets && actionLabels.length > 1) actionOffsets = tuneActionOffsets(scored);
  } else {
    done += fits;
  }
  const vectorizer = Vectorizer.fit(featureMaps, settings.minDf, settings.maxFeatures);
  const w = fitWeights(
    examples.map((_, i) => encode(vectorizer, i)),
    vectorizer.vocabulary.length,
    counts,
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
    ...(themeLabels.length > 0 ? { themeLabels, themeThreshold } : {}),
    ...quantize(w, vectorizer.vocabulary.length, width),
    bias: w.bias,
    calibration,
  });
}

/** The OHCHR themes to learn: none unless enough recommendations carry themes, then those carried enough. */
function learntThemes(
  examples: readonly TrainingExample[],
  minExamples: number,
  minSupport: number,
): string[] {
  const themed = examples.filter((e) => (e.themes?.length ?? 0) > 0);
  if (themed.length < minExamples) return [];
  const counts = new Map<string, number>();
  for (const e of themed) for (const t of new Set(e.themes)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= minSupport)
    .map(([t]) => t)
    .sort();
}

/**
 * The calibration when there is no validation split to fit one on (tiny data): margins of ±1 at the
 * boundary give 0.12 / 0.88 and 0 gives 0.5 (near what the UPR Info corpus fits), the categories' margins
 * as they are.
 */
const UNCALIBRATED: Calibration = { issues: { a: 2, b: 0 }, actionTemperature: 1 };

/**
 * Fits the issues' sigmoid over every (validation recommendation, issue), the themes' over every
 * (themed validation recommendation, theme), and the action temperature; without validation
 * recommendations of a set, that set keeps `UNCALIBRATED`'s.
 */
function calibrate(
  scored: readonly {
    margins: Float64Array;
    truth: readonly number[];
    actionMargins: Float64Array;
    action: number;
  }[],
  themed: readonly { margins: Float64Array; truth: readonly number[] }[],
): Calibration {
  return {
    issues: scored.length > 0 ? plattOf(scored) : UNCALIBRATED.issues,
    actionTemperature: fitTemperature(
      scored.map((s) => s.actionMargins),
      scored.map((s) => s.action),
    ),
    ...(themed.length > 0 ? { themes: plattOf(themed) } : {}),
  };
}

/** One sigmoid over every (recommendation, label) margin. */
function plattOf(scored: readonly { margins: Float64Array; truth: readonly number[] }[]): Platt {
  const labels = scored[0]?.margins.length ?? 0;
  const margins = new Float64Array(scored.length * labels);
  const truth = new Uint8Array(scored.length * labels);
  scored.forEach((s, i) => {
    margins.set(s.margins, i * labels);
    for (const l of s.truth) if (l >= 0) truth[i * labels + l] = 1;
  });
  return fitPlatt(margins, truth);
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

/**
 * Which examples the first fit leaves out to tune on: a share of those with issues and a share of those
 * with themes, each its own latest ones, so that each set of labels has recommendations to be tuned on
 * whichever sessions carry it.
 */
function heldOut(examples: readonly TrainingExample[], share: number, seed: number): boolean[] {
  const held = examples.map(() => false);
  for (const carries of [
    (e: TrainingExample) => e.issues.length > 0,
    (e: TrainingExample) => !!e.themes?.length,
  ]) {
    const at = examples.flatMap((e, i) => (carries(e) ? [i] : []));
    const split = validationSplit(
      at.map((i) => examples[i] as TrainingExample),
      share,
      seed,
    );
    at.forEach((i, k) => {
      if (split[k]) held[i] = true;
    });
  }
  return held;
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

/** Offsets added to the action categories' margins that maximize macro-F1 on the validation split. */
export function tuneActionOffsets(scored: { actionMargins: Float64Array; action: number }[]): number[] {
  const labelled = scored.filter((s) => s.action >= 0);
  const count = labelled[0]?.actionMargins.length ?? 0;
  const offsets = Array.from({ length: count }, () => 0);
  const macro = () => {
    const tp = new Float64Array(count);
    const fp = new Float64Array(count);
    const fn = new Float64Array(count);
    for (const s of labelled) {
      let best = 0;
      for (let a = 1; a < count; a++)
        if (
          (s.actionMargins[a] as number) + (offsets[a] as number) >
          (s.actionMargins[best] as number) + (offsets[best] as number)
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
