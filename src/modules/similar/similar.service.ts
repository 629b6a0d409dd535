/**
 * Similar and repeated recommendations.
 * - Repeats: for each recommendation, those its state received in earlier cycles with a cosine of at least
 *   `REPEAT_THRESHOLD`, precomputed into `recommendation_repeats` after each import (for the states it
 *   touched) and by `upr similar build`.
 * - Other states: the nearest texts of other states, on demand, from an in-memory TF-IDF index built once per
 *   process and rebuilt when the recommendations changed.
 * - Near-duplicates within one review: average-linkage groups at `NEAR_DUPLICATE_THRESHOLD`, a starting
 *   point for implementation clusters.
 *
 * Thresholds were chosen on real pairs (UPR Info, Kazakhstan cycles 1-2): from 0.35 up, a cycle-2
 * recommendation's best cycle-1 match is the same request (death penalty 0.36-0.63, trafficking, defamation,
 * the national human rights institution); between 0.25 and 0.35 about half are only the same broad theme.
 * Within a review, groups at 0.3 put Kazakhstan's 13 cycle-2 recommendations on the death penalty and its
 * Second Optional Protocol together and nothing else with them.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { implementationStatuses } from '../implementation/status.ts';
import { type Caller, can } from '../policies/policy.ts';
import { averageLinkageGroups } from './similar.groups.ts';
import { SimilarRepository, type SimilarRow } from './similar.repository.ts';
import { SimilarityIndex } from './similar.vectors.ts';

export const REPEAT_THRESHOLD = 0.35;
export const NEAR_DUPLICATE_THRESHOLD = 0.3;
/** At most this many earlier recommendations are linked as repeated by one. */
const MAX_REPEATS = 5;
const OTHER_STATES = 10;

export interface SimilarItem extends SimilarRow {
  score: number;
  /** The government's implementation status, when implementation is tracked for it. */
  status: string | null;
}

export interface SimilarResult {
  repeated: SimilarItem[];
  otherStates: SimilarItem[];
}

export interface NearDuplicateGroup {
  /** Mean cosine between the group's members. */
  score: number;
  recommendations: SimilarItem[];
}

/** The process's index per database, with the fingerprint of the data it was built from. */
const indexes = new WeakMap<Kysely<DB>, { fingerprint: string; index: Promise<SimilarityIndex> }>();

export class SimilarService {
  private readonly repository: SimilarRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.repository = new SimilarRepository(db);
  }

  /** The current index: built on first use, rebuilt once the recommendations changed. */
  async index(): Promise<SimilarityIndex> {
    const fingerprint = await this.repository.fingerprint();
    const cached = indexes.get(this.db);
    if (cached?.fingerprint === fingerprint) return cached.index;
    const index = this.repository.documents().then((docs) => SimilarityIndex.build(docs));
    indexes.set(this.db, { fingerprint, index });
    index.catch(() => indexes.delete(this.db));
    return index;
  }

  /**
   * Recomputes the repeats of the recommendations of `states` (all states when undefined).
   * `onProgress(done, total)` counts states.
   */
  async rebuildRepeats(
    options: { states?: string[]; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<{ states: number; links: number; seconds: number }> {
    const started = performance.now();
    const index = await this.index();
    const byState = new Map<string, number[]>();
    for (let i = 0; i < index.size; i++) {
      const state = index.states[i] as string;
      if (options.states && !options.states.includes(state)) continue;
      const list = byState.get(state) ?? [];
      list.push(i);
      byState.set(state, list);
    }
    const rows: { recommendation_id: number; earlier_id: number; score: number }[] = [];
    let done = 0;
    for (const docs of byState.values()) {
      for (const doc of docs) {
        const cycle = index.cycles[doc] as number;
        if (cycle < 0) continue;
        const found: { earlier: number; score: number }[] = [];
        for (const other of docs) {
          const earlierCycle = index.cycles[other] as number;
          if (earlierCycle < 0 || earlierCycle >= cycle) continue;
          const score = index.cosine(doc, other);
          if (score >= REPEAT_THRESHOLD) found.push({ earlier: other, score });
        }
        found.sort((a, b) => b.score - a.score);
        for (const f of found.slice(0, MAX_REPEATS))
          rows.push({
            recommendation_id: index.ids[doc] as number,
            earlier_id: index.ids[f.earlier] as number,
            score: Math.round(f.score * 1000) / 1000,
          });
      }
      options.onProgress?.(++done, byState.size);
    }
    await this.db.transaction().execute(async (trx) => {
      await new SimilarRepository(trx).replaceRepeats(options.states, rows);
    });
    return { states: byState.size, links: rows.length, seconds: (performance.now() - started) / 1000 };
  }

  /** Repeats for the states an import batch wrote. */
  async afterImport(batchId: number): Promise<void> {
    const states = await this.repository.statesOfBatch(batchId);
    if (states.length > 0) await this.rebuildRepeats({ states });
  }

  /** undefined when the recommendation does not exist or the caller may not read it. */
  async similar(id: number, caller: Caller): Promise<SimilarResult | undefined> {
    const [self] = await this.repository.rows([id]);
    if (!self || !readable(caller, self)) return undefined;
    const index = await this.index();
    const doc = index.indexOf(id);
    const repeats = await this.repository.repeatsOf(id);
    const others =
      doc === undefined
        ? []
        : index.nearest(doc, OTHER_STATES * 2, (j) => index.states[j] !== self.stateUnderReview);
    const scores = new Map<number, number>([
      ...repeats.map((r) => [r.earlierId, r.score] as const),
      ...others.map((o) => [index.ids[o.index] as number, Math.round(o.score * 1000) / 1000] as const),
    ]);
    const items = await this.items([...scores.keys()], scores, caller);
    const byId = new Map(items.map((item) => [item.id, item]));
    return {
      repeated: repeats.flatMap((r) => byId.get(r.earlierId) ?? []),
      otherStates: others.flatMap((o) => byId.get(index.ids[o.index] as number) ?? []).slice(0, OTHER_STATES),
    };
  }

  /** Groups of near-duplicate recommendations within one review, largest first. */
  async nearDuplicates(state: string, cycle: number, caller: Caller): Promise<NearDuplicateGroup[]> {
    const index = await this.index();
    const members: number[] = [];
    for (let i = 0; i < index.size; i++)
      if (index.states[i] === state && index.cycles[i] === cycle) members.push(i);
    const groups = averageLinkageGroups(
      members.length,
      (a, b) => index.cosine(members[a] as number, members[b] as number),
      NEAR_DUPLICATE_THRESHOLD,
    ).map((group) => group.map((k) => members[k] as number));
    const ids = groups.flat().map((i) => index.ids[i] as number);
    const items = new Map((await this.items(ids, new Map(), caller)).map((item) => [item.id, item]));
    return groups
      .map((group) => {
        let sum = 0;
        let pairs = 0;
        for (let a = 0; a < group.length; a++)
          for (let b = a + 1; b < group.length; b++) {
            sum += index.cosine(group[a] as number, group[b] as number);
            pairs++;
          }
        // Each member's score: its mean cosine with the other members.
        const memberScore = (i: number) =>
          round(
            group.reduce((total, j) => (j === i ? total : total + index.cosine(i, j)), 0) /
              (group.length - 1),
          );
        return {
          score: round(sum / Math.max(1, pairs)),
          recommendations: group.flatMap((i) => {
            const item = items.get(index.ids[i] as number);
            return item ? [{ ...item, score: memberScore(i) }] : [];
          }),
        };
      })
      .filter((g) => g.recommendations.length > 1);
  }

  private async items(ids: number[], scores: Map<number, number>, caller: Caller): Promise<SimilarItem[]> {
    const rows = (await this.repository.rows(ids)).filter((row) => readable(caller, row));
    const statuses = await implementationStatuses(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((row) => ({
      ...row,
      score: scores.get(row.id) ?? 0,
      status: statuses.get(row.id)?.government ?? null,
    }));
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function readable(caller: Caller, row: SimilarRow): boolean {
  return can(caller, 'read', 'recommendation', { published: row.published, agencyIds: [] });
}
