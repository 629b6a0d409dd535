/** Grouped counts over the filtered recommendations: all the facets' SQL. */
import type { Kysely } from 'kysely';
import { withoutIndex } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import {
  type RecommendationFilter,
  RecommendationRepository,
} from '../recommendations/recommendation.repository.ts';

export interface Count {
  value: string | number | null;
  count: number;
}

export interface TermCount {
  id: number;
  code: string;
  labelEn: string;
  labelRu: string | null;
  labelKk: string | null;
  count: number;
}

const COLUMNS = {
  state: 'recommendations.state_under_review',
  cycle: 'recommendations.cycle',
  session: 'recommendations.session',
  position: 'recommendations.position',
  actionCategory: 'recommendations.action_category',
} as const;
export type CountColumn = keyof typeof COLUMNS;

export class FacetRepository {
  private readonly recommendations: RecommendationRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.recommendations = new RecommendationRepository(db);
  }

  /** Ids of the recommendations a full-text query matches (the most expensive part of a filter). */
  async matchingIds(q: string): Promise<number[]> {
    const rows = await this.recommendations
      .filtered({ q, includeArchived: true })
      .select('recommendations.id')
      .execute();
    return rows.map((r) => r.id);
  }

  count(filter: RecommendationFilter): Promise<number> {
    return this.recommendations.count(filter);
  }

  async byColumn(filter: RecommendationFilter, column: CountColumn): Promise<Count[]> {
    const ref = COLUMNS[column];
    const rows = await this.recommendations
      .filtered(filter)
      .select([ref, (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(ref)
      .execute();
    const key = ref.slice('recommendations.'.length) as keyof (typeof rows)[number];
    return rows.map((r) => ({ value: r[key] as string | number | null, count: Number(r.n) }));
  }

  async byRecommendingState(filter: RecommendationFilter): Promise<Count[]> {
    const rows = await this.recommendations
      .filtered(filter)
      .innerJoin('recommending_states', 'recommending_states.recommendation_id', 'recommendations.id')
      .select(['recommending_states.state_iso3', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('recommending_states.state_iso3')
      .execute();
    return rows.map((r) => ({ value: r.state_iso3, count: Number(r.n) }));
  }

  async byRegionalGroup(filter: RecommendationFilter): Promise<Count[]> {
    const rows = await this.recommendations
      .filtered(filter)
      .innerJoin('recommending_states', 'recommending_states.recommendation_id', 'recommendations.id')
      .innerJoin('states', 'states.iso3', 'recommending_states.state_iso3')
      .where('states.regional_group', 'is not', null)
      .select(['states.regional_group', (eb) => eb.fn.count<number>('recommendations.id').distinct().as('n')])
      .groupBy('states.regional_group')
      .execute();
    return rows.map((r) => ({ value: r.regional_group, count: Number(r.n) }));
  }

  /** The most frequent terms of one taxonomy (imported and manual links, not suggestions). */
  async byTerm(filter: RecommendationFilter, taxonomy: string, limit: number): Promise<TermCount[]> {
    const rows = await this.recommendations
      .filtered(filter)
      .innerJoin('recommendation_terms', 'recommendation_terms.recommendation_id', 'recommendations.id')
      .innerJoin('terms', 'terms.id', 'recommendation_terms.term_id')
      // With a list of ids (a search), walk from those recommendations, not from the taxonomy's every term.
      .where((eb) =>
        filter.ids
          ? eb(withoutIndex(this.db, 'terms.taxonomy_code'), '=', taxonomy)
          : eb('terms.taxonomy_code', '=', taxonomy),
      )
      .where('recommendation_terms.origin', '!=', 'suggested')
      .select([
        'terms.id',
        'terms.code',
        'terms.label_en',
        'terms.label_ru',
        'terms.label_kk',
        (eb) => eb.fn.countAll<number>().as('n'),
      ])
      .groupBy(['terms.id', 'terms.code', 'terms.label_en', 'terms.label_ru', 'terms.label_kk'])
      .orderBy('n', 'desc')
      .orderBy('terms.code')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      labelEn: r.label_en,
      labelRu: r.label_ru,
      labelKk: r.label_kk,
      count: Number(r.n),
    }));
  }
}
