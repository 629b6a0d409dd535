/**
 * How well the auto-tagging model does on held-out recommendations: micro- and macro-F1 and exact-match
 * ratio of the issue sets, accuracy and macro-F1 of the action category, and per label precision, recall,
 * F1 and support (what coordinators read to know which suggestions to trust).
 *
 * @example
 *   evaluate([{ truth: { issues: ['nhri'], action: 4 }, predicted: { issues: ['nhri'], action: 4 } }]);
 */

export interface LabelMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Held-out recommendations that carry the label. */
  support: number;
}

export interface SetMetrics {
  microF1: number;
  macroF1: number;
  exactMatch: number;
  labels: LabelMetrics[];
}

export interface Evaluation {
  issues: SetMetrics;
  action: { accuracy: number; macroF1: number; labels: LabelMetrics[] };
  /** OHCHR themes, when the model learnt them and some held-out recommendations carry themes. */
  themes?: SetMetrics;
  /** Held-out recommendations evaluated. */
  examples: number;
}

export interface Outcome {
  /** Empty issues or themes: the recommendation carries none, and is not counted for them. */
  truth: { issues: readonly string[]; action: number | null; themes?: readonly string[] };
  predicted: { issues: readonly string[]; action: number | null; themes?: readonly string[] };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function f1Of(c: Counts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

function labelMetrics(counts: Map<string, Counts>): LabelMetrics[] {
  return [...counts]
    .map(([label, c]) => ({
      label,
      precision: c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn),
      f1: f1Of(c),
      support: c.tp + c.fn,
    }))
    .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Macro-F1 over the labels present in the truth (a label never true and never predicted does not count). */
function macro(labels: LabelMetrics[]): number {
  const counted = labels.filter((l) => l.support > 0);
  return counted.length === 0 ? 0 : counted.reduce((sum, l) => sum + l.f1, 0) / counted.length;
}

/** Micro- and macro-F1, exact match and per label figures of predicted label sets against the truth. */
function setMetrics(
  pairs: readonly { truth: readonly string[]; predicted: readonly string[] }[],
): SetMetrics {
  const counts = new Map<string, Counts>();
  const micro: Counts = { tp: 0, fp: 0, fn: 0 };
  let exact = 0;
  for (const { truth, predicted } of pairs) {
    const truthSet = new Set(truth);
    const predictedSet = new Set(predicted);
    for (const label of predictedSet) {
      const hit = truthSet.has(label);
      countsOf(counts, label)[hit ? 'tp' : 'fp']++;
      micro[hit ? 'tp' : 'fp']++;
    }
    for (const label of truthSet) {
      if (predictedSet.has(label)) continue;
      countsOf(counts, label).fn++;
      micro.fn++;
    }
    if (truthSet.size === predictedSet.size && [...truthSet].every((l) => predictedSet.has(l))) exact++;
  }
  const labels = labelMetrics(counts);
  return {
    microF1: f1Of(micro),
    macroF1: macro(labels),
    exactMatch: pairs.length === 0 ? 0 : exact / pairs.length,
    labels,
  };
}

function countsOf(map: Map<string, Counts>, label: string): Counts {
  let c = map.get(label);
  if (!c) {
    c = { tp: 0, fp: 0, fn: 0 };
    map.set(label, c);
  }
  return c;
}

export function evaluate(outcomes: readonly Outcome[]): Evaluation {
  const actions = new Map<string, Counts>();
  let actionTotal = 0;
  let actionRight = 0;
  for (const { truth, predicted } of outcomes) {
    if (truth.action !== null) {
      actionTotal++;
      const want = String(truth.action);
      const got = predicted.action === null ? null : String(predicted.action);
      if (got === want) {
        actionRight++;
        countsOf(actions, want).tp++;
      } else {
        countsOf(actions, want).fn++;
        if (got !== null) countsOf(actions, got).fp++;
      }
    }
  }
  const actionLabels = labelMetrics(actions);
  /** The outcomes whose truth carries labels of the set, as pairs of label sets. */
  const pairs = (set: 'issues' | 'themes') =>
    outcomes.flatMap((o) =>
      o.truth[set]?.length ? [{ truth: o.truth[set] ?? [], predicted: o.predicted[set] ?? [] }] : [],
    );
  const themed = pairs('themes');
  return {
    issues: setMetrics(pairs('issues')),
    action: {
      accuracy: actionTotal === 0 ? 0 : actionRight / actionTotal,
      macroF1: macro(actionLabels),
      labels: actionLabels,
    },
    ...(themed.length > 0 ? { themes: setMetrics(themed) } : {}),
    examples: outcomes.length,
  };
}
