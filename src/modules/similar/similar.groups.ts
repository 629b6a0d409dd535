/**
 * Near-duplicate groups within one review: average-linkage agglomerative clustering on the cosine of
 * TF-IDF vectors. Two groups merge while the mean similarity between their members is at least the
 * threshold, so that one recommendation cannot chain two unrelated groups together (as single linkage would).
 */

/** Groups of two or more positions (0..n-1), largest first; `similarity(i, j)` must be symmetric. */
export function averageLinkageGroups(
  n: number,
  similarity: (i: number, j: number) => number,
  threshold: number,
): number[][] {
  const sim: Float64Array[] = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = similarity(i, j);
      (sim[i] as Float64Array)[j] = s;
      (sim[j] as Float64Array)[i] = s;
    }
  // Each live group keeps its members; sim between live groups holds the sum of member similarities.
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -1;
    let a = -1;
    let b = -1;
    for (let i = 0; i < n; i++) {
      const mi = members[i];
      if (!mi) continue;
      const row = sim[i] as Float64Array;
      for (let j = i + 1; j < n; j++) {
        const mj = members[j];
        if (!mj) continue;
        const mean = (row[j] as number) / (mi.length * mj.length);
        if (mean > best) {
          best = mean;
          a = i;
          b = j;
        }
      }
    }
    if (a < 0 || best < threshold) break;
    const ma = members[a] as number[];
    const mb = members[b] as number[];
    const rowA = sim[a] as Float64Array;
    const rowB = sim[b] as Float64Array;
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a || k === b) continue;
      const s = (rowA[k] as number) + (rowB[k] as number);
      rowA[k] = s;
      (sim[k] as Float64Array)[a] = s;
    }
    members[a] = [...ma, ...mb];
    members[b] = null;
  }
  return members
    .filter((m): m is number[] => m !== null && m.length > 1)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => y.length - x.length || (x[0] as number) - (y[0] as number));
}
