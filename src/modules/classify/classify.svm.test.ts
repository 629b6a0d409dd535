import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../util/random.ts';
import { fitPlatt, fitTemperature, sigmoid, softmax } from './classify.calibration.ts';
import { fitSvm, type SparseRows } from './classify.svm.ts';

/** Random sparse rows (5 of 40 features each) with labels from a hidden linear rule and some noise. */
function problem(count: number, seed: number): { rows: SparseRows; labels: Int8Array; features: number } {
  const features = 40;
  const random = seededRandom(seed);
  const hidden = Float64Array.from({ length: features }, () => random() * 2 - 1);
  const start = new Int32Array(count + 1);
  const index: number[] = [];
  const value: number[] = [];
  const labels = new Int8Array(count);
  for (let i = 0; i < count; i++) {
    let score = 0.2;
    for (let k = 0; k < 5; k++) {
      const f = Math.floor(random() * features);
      const v = random();
      index.push(f);
      value.push(v);
      score += (hidden[f] as number) * v;
    }
    start[i + 1] = index.length;
    labels[i] = score + (random() - 0.5) * 0.6 > 0 ? 1 : -1;
  }
  const weight = Float64Array.from({ length: count }, (_, i) => (i % 3 === 0 ? 2 : 1));
  return {
    rows: {
      start,
      end: start.subarray(1),
      index: Int32Array.from(index),
      value: Float64Array.from(value),
      weight,
      count,
    },
    labels,
    features,
  };
}

/** The gradient of `½‖w‖² + ½b² + Σ c·weightᵢ·max(0, 1 − yᵢ(w·xᵢ + b))²` at (w, b). */
function primalGradient(rows: SparseRows, labels: Int8Array, c: number, w: Float64Array, b: number) {
  const g = Float64Array.from(w);
  let gb = b;
  for (let i = 0; i < rows.count; i++) {
    const y = labels[i] as number;
    if (y === 0) continue;
    let margin = b;
    for (let k = rows.start[i] as number; k < (rows.end[i] as number); k++)
      margin += (rows.value[k] as number) * (w[rows.index[k] as number] as number);
    const slack = 1 - y * margin;
    if (slack <= 0) continue;
    const r = -2 * c * (rows.weight[i] as number) * slack * y;
    gb += r;
    for (let k = rows.start[i] as number; k < (rows.end[i] as number); k++)
      g[rows.index[k] as number] = (g[rows.index[k] as number] as number) + r * (rows.value[k] as number);
  }
  return { g, gb };
}

describe('fitSvm', () => {
  it('reaches the minimum of the squared-hinge objective, the weighted examples counting more', () => {
    const { rows, labels, features } = problem(400, 5);
    const fitted = fitSvm(rows, features, labels, { c: 0.7, seed: 1, tolerance: 1e-6 });
    expect(fitted.passes).toBeLessThan(1000);
    const { g, gb } = primalGradient(rows, labels, 0.7, fitted.weights, fitted.bias);
    const size = Math.sqrt(fitted.weights.reduce((sum, v) => sum + v * v, fitted.bias ** 2));
    expect(size).toBeGreaterThan(0.5);
    expect(Math.sqrt(g.reduce((sum, v) => sum + v * v, gb ** 2))).toBeLessThan(1e-3 * size);
  });

  it('leaves out the rows labelled 0', () => {
    const { rows, labels, features } = problem(300, 8);
    const some = Int8Array.from(labels, (y, i) => (i < 200 ? y : 0));
    const fitted = fitSvm(rows, features, some, { c: 1, seed: 2, tolerance: 1e-6 });
    const { g, gb } = primalGradient(rows, some, 1, fitted.weights, fitted.bias);
    expect(Math.sqrt(g.reduce((sum, v) => sum + v * v, gb ** 2))).toBeLessThan(1e-3);
    // Against all 300 rows the same weights are not optimal.
    const all = primalGradient(rows, labels, 1, fitted.weights, fitted.bias);
    expect(Math.sqrt(all.g.reduce((sum, v) => sum + v * v, all.gb ** 2))).toBeGreaterThan(1e-2);
  });

  it('gives the same weights for the same seed', () => {
    const { rows, labels, features } = problem(200, 3);
    const a = fitSvm(rows, features, labels, { c: 0.5, seed: 4 });
    const b = fitSvm(rows, features, labels, { c: 0.5, seed: 4 });
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.bias).toBe(b.bias);
  });
});

describe('fitPlatt', () => {
  it('recovers the sigmoid that generated the labels', () => {
    const random = seededRandom(11);
    const margins = Float64Array.from({ length: 20_000 }, () => random() * 4 - 2);
    const truth = Uint8Array.from(margins, (m) => (random() < sigmoid(3 * m - 0.5) ? 1 : 0));
    const { a, b } = fitPlatt(margins, truth);
    expect(a).toBeCloseTo(3, 0);
    expect(b).toBeCloseTo(-0.5, 0);
  });

  it('keeps the identity when one class is missing', () => {
    expect(fitPlatt([0.3, -1, 2], [1, 1, 1])).toEqual({ a: 1, b: 0 });
  });
});

describe('fitTemperature', () => {
  it('recovers the temperature of a softmax over margins', () => {
    const random = seededRandom(12);
    const p = new Float64Array(3);
    const margins: Float64Array[] = [];
    const truth: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const m = Float64Array.from({ length: 3 }, () => random() * 2 - 1);
      softmax(m, 0, 3, p, 4);
      const u = random();
      margins.push(m);
      truth.push(u < (p[0] as number) ? 0 : u < (p[0] as number) + (p[1] as number) ? 1 : 2);
    }
    // Unlabelled examples (−1) are left out.
    margins.push(Float64Array.from([9, -9, -9]));
    truth.push(-1);
    expect(fitTemperature(margins, truth)).toBeGreaterThan(3.5);
    expect(fitTemperature(margins, truth)).toBeLessThan(4.5);
  });
});
