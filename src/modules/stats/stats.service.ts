/** Counts over the registry: what `upr stats` and `GET /api/stats` show. */
import type { Kysely } from 'kysely';
import type { DB, Position } from '../../db/schema.ts';
import {
  type RecommendationFilter,
  RecommendationRepository,
} from '../recommendations/recommendation.repository.ts';

export const POSITIONS: Position[] = ['supported', 'supported_in_part', 'noted', 'pending', 'unknown'];

export interface Stats {
  total: number;
  byPosition: Record<Position, number>;
  byCycle: { cycle: number | null; count: number }[];
  byStateUnderReview: { state: string; name: string; count: number }[];
  topRecommendingStates: { state: string; name: string; count: number }[];
  byTerm: Record<string, { code: string; label: string; count: number }[]>;
}

export class StatsService {
  private readonly recommendations: RecommendationRepository;

  constructor(db: Kysely<DB>) {
    this.recommendations = new RecommendationRepository(db);
  }

  async stats(filter: RecommendationFilter, top = 10): Promise<Stats> {
    const base = () => this.recommendations.filtered(filter);
    const total = await this.recommendations.count(filter);
    const byPosition = Object.fromEntries(POSITIONS.map((p) => [p, 0])) as Record<Position, number>;
    const positions = await base()
      .select(['recommendations.position', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('recommendations.position')
      .execute();
    for (const row of positions) byPosition[row.position] = Number(row.n);
    const byCycle = await base()
      .select(['recommendations.cycle', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('recommendations.cycle')
      .orderBy('recommendations.cycle')
      .execute();
    const byState = await base()
      .innerJoin('states', 'states.iso3', 'recommendations.state_under_review')
      .select(['states.iso3', 'states.name_en', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['states.iso3', 'states.name_en'])
      .orderBy('n', 'desc')
      .orderBy('states.iso3')
      .limit(top)
      .execute();
    const recommending = await base()
      .innerJoin('recommending_states', 'recommending_states.recommendation_id', 'recommendations.id')
      .innerJoin('states', 'states.iso3', 'recommending_states.state_iso3')
      .select(['states.iso3', 'states.name_en', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['states.iso3', 'states.name_en'])
      .orderBy('n', 'desc')
      .orderBy('states.iso3')
      .limit(top)
      .execute();
    const terms = await base()
      .innerJoin('recommendation_terms', 'recommendation_terms.recommendation_id', 'recommendations.id')
      .innerJoin('terms', 'terms.id', 'recommendation_terms.term_id')
      .where('recommendation_terms.origin', '!=', 'suggested')
      .select([
        'terms.taxonomy_code',
        'terms.code',
        'terms.label_en',
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .groupBy(['terms.taxonomy_code', 'terms.code', 'terms.label_en'])
      .orderBy('n', 'desc')
      .orderBy('terms.code')
      .execute();
    const byTerm: Stats['byTerm'] = {};
    for (const row of terms) {
      const list = byTerm[row.taxonomy_code] ?? [];
      byTerm[row.taxonomy_code] = list;
      if (list.length < top) list.push({ code: row.code, label: row.label_en, count: Number(row.n) });
    }
    return {
      total,
      byPosition,
      byCycle: byCycle.map((r) => ({ cycle: r.cycle, count: Number(r.n) })),
      byStateUnderReview: byState.map((r) => ({ state: r.iso3, name: r.name_en, count: Number(r.n) })),
      topRecommendingStates: recommending.map((r) => ({
        state: r.iso3,
        name: r.name_en,
        count: Number(r.n),
      })),
      byTerm,
    };
  }
}
