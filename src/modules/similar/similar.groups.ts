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
  // Each live group keeps its members; sim between live groups holds the sum of member similarities, and
  // each group its best partner by mean similarity, so that a merge costs O(n) instead of a full O(n²) search.
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const mean = (i: number, j: number) =>
    ((sim[i] as Float64Array)[j] as number) /
    ((members[i] as number[]).length * (members[j] as number[]).length);
  const partner = new Int32Array(n).fill(-1);
  const partnerScore = new Float64Array(n).fill(-1);
  const findPartner = (i: number) => {
    partner[i] = -1;
    partnerScore[i] = -1;
    for (let j = 0; j < n; j++) {
      if (j === i || !members[j]) continue;
      const m = mean(i, j);
      if (m > (partnerScore[i] as number)) {
        partnerScore[i] = m;
        partner[i] = j;
      }
    }
  };
  for (let i = 0; i < n; i++) findPartner(i);
  for (;;) {
    let a = -1;
    for (let i = 0; i < n; i++)
      if (
        members[i] &&
        partner[i] !== -1 &&
        (a < 0 || (partnerScore[i] as number) > (partnerScore[a] as number))
      )
        a = i;
    if (a < 0 || (partnerScore[a] as number) < threshold) break;
    const b = partner[a] as number;
    const rowA = sim[a] as Float64Array;
    const rowB = sim[b] as Float64Array;
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a || k === b) continue;
      const s = (rowA[k] as number) + (rowB[k] as number);
      rowA[k] = s;
      (sim[k] as Float64Array)[a] = s;
    }
    members[a] = [...(members[a] as number[]), ...(members[b] as number[])];
    members[b] = null;
    findPartner(a);
    for (let k = 0; k < n; k++) {
      if (!members[k] || k === a) continue;
      if (partner[k] === a || partner[k] === b) findPartner(k);
      else {
        const m = mean(k, a);
        if (m > (partnerScore[k] as number)) {
          partnerScore[k] = m;
          partner[k] = a;
        }
      }
    }
  }
  return members
    .filter((m): m is number[] => m !== null && m.length > 1)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => y.length - x.length || (x[0] as number) - (y[0] as number));
}
