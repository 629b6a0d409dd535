/**
 * TF-IDF vectors of recommendation texts and the cosine between them, computed in memory: tokens are the
 * search's own (folded, stop words out, Snowball stems for English and Russian, plain words otherwise), each
 * weighted by (1 + log tf) x idf and the vector scaled to length 1, so that a dot product is a cosine.
 * An inverted index (term -> documents) finds a text's nearest neighbours without comparing it with all.
 *
 * @example
 *   const index = SimilarityIndex.build(docs);
 *   index.nearest(index.indexOf(42) as number, 10, (j) => index.states[j] !== 'KAZ');
 */
import { configOf, fold, isStopWord, stem } from '../search/search.text.ts';
import { spellOutTreaties } from './similar.thesaurus.ts';

export interface SimilarDoc {
  id: number;
  state: string;
  cycle: number | null;
  text: string;
  lang: string;
}

export interface Scored {
  /** Position of the document in the index. */
  index: number;
  score: number;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** English stems of one word family that Snowball keeps apart ("abolish", "abolition"). */
const SAME_STEM: Record<string, string> = { abolit: 'abolish', ratif: 'ratifi', accession: 'acced' };

/** The terms a text is compared by: stemmed, without stop words, one-letter words and bare numbers. */
export function textTerms(text: string, lang: string): string[] {
  const config = configOf(lang) ?? (/[a-z]/.test(text.slice(0, 40).toLowerCase()) ? 'english' : undefined);
  const result: string[] = [];
  for (const word of fold(config === 'english' ? spellOutTreaties(text) : text).match(WORD) ?? []) {
    if (word.length < 2 || isStopWord(word) || /^\p{N}+$/u.test(word)) continue;
    const stemmed = config ? stem(config, word) : word;
    result.push(SAME_STEM[stemmed] ?? stemmed);
  }
  return result;
}

/** How many candidates found by distinctive terms are re-ranked by their exact cosine. */
const CANDIDATES = 1000;

interface Vector {
  terms: Int32Array;
  weights: Float32Array;
}

export class SimilarityIndex {
  readonly ids: number[];
  readonly states: string[];
  /** -1 where the cycle is unknown. */
  readonly cycles: Int16Array;
  private readonly vectors: Vector[];
  private readonly postingDocs: Int32Array[];
  private readonly postingWeights: Float32Array[];
  private readonly positions: Map<number, number>;
  private readonly scratch: Float32Array;

  private constructor(docs: SimilarDoc[], vectors: Vector[], termCount: number) {
    this.ids = docs.map((d) => d.id);
    this.states = docs.map((d) => d.state);
    this.cycles = Int16Array.from(docs, (d) => d.cycle ?? -1);
    this.vectors = vectors;
    this.positions = new Map(this.ids.map((id, i) => [id, i]));
    this.scratch = new Float32Array(docs.length);
    const lengths = new Int32Array(termCount);
    for (const v of vectors) for (const t of v.terms) lengths[t] = (lengths[t] ?? 0) + 1;
    this.postingDocs = Array.from(lengths, (n) => new Int32Array(n));
    this.postingWeights = Array.from(lengths, (n) => new Float32Array(n));
    const filled = new Int32Array(termCount);
    vectors.forEach((v, doc) => {
      v.terms.forEach((t, k) => {
        const at = filled[t] ?? 0;
        (this.postingDocs[t] as Int32Array)[at] = doc;
        (this.postingWeights[t] as Float32Array)[at] = v.weights[k] ?? 0;
        filled[t] = at + 1;
      });
    });
  }

  static build(docs: SimilarDoc[]): SimilarityIndex {
    const dictionary = new Map<string, number>();
    const counted = docs.map((doc) => {
      const counts = new Map<number, number>();
      for (const term of textTerms(doc.text, doc.lang)) {
        let t = dictionary.get(term);
        if (t === undefined) {
          t = dictionary.size;
          dictionary.set(term, t);
        }
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      return counts;
    });
    const df = new Int32Array(dictionary.size);
    for (const counts of counted) for (const t of counts.keys()) df[t] = (df[t] ?? 0) + 1;
    const n = docs.length;
    const vectors = counted.map((counts) => {
      const terms = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
      const weights = Float32Array.from(terms, (t) => {
        const tf = counts.get(t) ?? 0;
        return (1 + Math.log(tf)) * (Math.log((n + 1) / ((df[t] ?? 0) + 1)) + 1);
      });
      let norm = 0;
      for (const w of weights) norm += w * w;
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] ?? 0) / norm;
      return { terms, weights };
    });
    return new SimilarityIndex(docs, vectors, dictionary.size);
  }

  get size(): number {
    return this.ids.length;
  }

  indexOf(id: number): number | undefined {
    return this.positions.get(id);
  }

  /** Cosine of two documents of the index. */
  cosine(a: number, b: number): number {
    const x = this.vectors[a] as Vector;
    const y = this.vectors[b] as Vector;
    let i = 0;
    let j = 0;
    let sum = 0;
    while (i < x.terms.length && j < y.terms.length) {
      const s = x.terms[i] as number;
      const t = y.terms[j] as number;
      if (s === t) sum += (x.weights[i++] as number) * (y.weights[j++] as number);
      else if (s < t) i++;
      else j++;
    }
    return sum;
  }

  /**
   * The `k` documents most similar to document `doc` that `accept` lets through, best first.
   * Candidates come from the text's distinctive terms (those in at most 1 in 20 documents: "penalty", not
   * "ensure"), scored on those terms alone; the best `CANDIDATES` are re-ranked by their exact cosine. A
   * text made only of common words is scored on all of them.
   */
  nearest(doc: number, k: number, accept: (j: number) => boolean, minScore = 0): Scored[] {
    const scores = this.scratch;
    const touched: number[] = [];
    const v = this.vectors[doc] as Vector;
    const common = Math.max(50, Math.floor(this.size / 20));
    const distinctive = Array.from(v.terms).some((t) => (this.postingDocs[t] as Int32Array).length <= common);
    v.terms.forEach((t, i) => {
      const docs = this.postingDocs[t] as Int32Array;
      if (distinctive && docs.length > common) return;
      const w = v.weights[i] as number;
      const weights = this.postingWeights[t] as Float32Array;
      for (let p = 0; p < docs.length; p++) {
        const j = docs[p] as number;
        if (scores[j] === 0) touched.push(j);
        scores[j] = (scores[j] as number) + w * (weights[p] as number);
      }
    });
    let candidates: Scored[] = [];
    for (const j of touched) {
      const score = scores[j] as number;
      scores[j] = 0;
      if (j !== doc && accept(j)) candidates.push({ index: j, score });
    }
    if (distinctive) {
      candidates.sort((a, b) => b.score - a.score);
      candidates = candidates
        .slice(0, Math.max(CANDIDATES, k))
        .map((c) => ({ index: c.index, score: this.cosine(doc, c.index) }));
    }
    return candidates
      .filter((c) => c.score > minScore)
      .sort((a, b) => b.score - a.score || (this.ids[a.index] as number) - (this.ids[b.index] as number))
      .slice(0, k);
  }
}
