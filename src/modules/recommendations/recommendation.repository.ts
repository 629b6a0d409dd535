/** Recommendations and their links (recommending states, terms, translations): all their SQL lives here. */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { insertBatchSize } from '../../db/dialect.ts';
import type { DB, NewRecommendation, Position, RecommendationRow, TermOrigin } from '../../db/schema.ts';
import { whereSearchMatches } from '../search/search.repository.ts';

export interface RecommendationFilter {
  state?: string;
  cycle?: number;
  session?: number;
  position?: Position[];
  mechanism?: string;
  recommendingState?: string;
  q?: string;
  includeArchived?: boolean;
}

export interface RecommendationLinks {
  recommendingStates: string[];
  /** Term ids with their origin and taxonomy. */
  terms: {
    termId: number;
    taxonomy: string;
    code: string;
    label: string;
    origin: TermOrigin;
    confidence: number | null;
  }[];
  translations: Record<string, string>;
}

export interface TermLink {
  termId: number;
  origin: TermOrigin;
  confidence?: number | null;
}

export class RecommendationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async findByKeys(keys: string[]): Promise<RecommendationRow[]> {
    if (keys.length === 0) return [];
    return this.db.selectFrom('recommendations').selectAll().where('natural_key', 'in', keys).execute();
  }

  findById(id: number): Promise<RecommendationRow | undefined> {
    return this.db.selectFrom('recommendations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Inserts rows and returns their ids in the same order. */
  async insertMany(rows: NewRecommendation[]): Promise<number[]> {
    const ids: number[] = [];
    const size = insertBatchSize(17);
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      const inserted = await this.db
        .insertInto('recommendations')
        .values(chunk)
        .returning(['id', 'natural_key'])
        .execute();
      const byKey = new Map(inserted.map((r) => [r.natural_key, r.id]));
      for (const row of chunk) ids.push(byKey.get(row.natural_key) as number);
    }
    return ids;
  }

  async update(id: number, values: Partial<NewRecommendation>): Promise<void> {
    await this.db
      .updateTable('recommendations')
      .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  async linksOf(ids: number[]): Promise<Map<number, RecommendationLinks>> {
    const result = new Map<number, RecommendationLinks>();
    for (const id of ids) result.set(id, { recommendingStates: [], terms: [], translations: {} });
    if (ids.length === 0) return result;
    const size = 5_000;
    for (let i = 0; i < ids.length; i += size) {
      const chunk = ids.slice(i, i + size);
      const states = await this.db
        .selectFrom('recommending_states')
        .select(['recommendation_id', 'state_iso3'])
        .where('recommendation_id', 'in', chunk)
        .orderBy('state_iso3')
        .execute();
      for (const s of states) result.get(s.recommendation_id)?.recommendingStates.push(s.state_iso3);
      const terms = await this.db
        .selectFrom('recommendation_terms')
        .innerJoin('terms', 'terms.id', 'recommendation_terms.term_id')
        .select([
          'recommendation_terms.recommendation_id',
          'recommendation_terms.term_id',
          'recommendation_terms.origin',
          'recommendation_terms.confidence',
          'terms.taxonomy_code',
          'terms.code',
          'terms.label_en',
        ])
        .where('recommendation_terms.recommendation_id', 'in', chunk)
        .orderBy('terms.taxonomy_code')
        .orderBy('terms.label_en')
        .execute();
      for (const t of terms) {
        result.get(t.recommendation_id)?.terms.push({
          termId: t.term_id,
          taxonomy: t.taxonomy_code,
          code: t.code,
          label: t.label_en,
          origin: t.origin,
          confidence: t.confidence,
        });
      }
      const translations = await this.db
        .selectFrom('recommendation_translations')
        .selectAll()
        .where('recommendation_id', 'in', chunk)
        .execute();
      for (const t of translations) {
        const links = result.get(t.recommendation_id);
        if (links) links.translations[t.lang] = t.text;
      }
    }
    return result;
  }

  async addRecommendingStates(rows: { recommendation_id: number; state_iso3: string }[]): Promise<void> {
    const size = insertBatchSize(2);
    for (let i = 0; i < rows.length; i += size) {
      await this.db
        .insertInto('recommending_states')
        .values(rows.slice(i, i + size))
        .execute();
    }
  }

  async replaceRecommendingStates(id: number, states: string[]): Promise<void> {
    await this.db.deleteFrom('recommending_states').where('recommendation_id', '=', id).execute();
    await this.addRecommendingStates(states.map((state_iso3) => ({ recommendation_id: id, state_iso3 })));
  }

  async addTerms(
    rows: { recommendation_id: number; term_id: number; origin: TermOrigin; confidence: number | null }[],
  ) {
    const size = insertBatchSize(4);
    for (let i = 0; i < rows.length; i += size) {
      await this.db
        .insertInto('recommendation_terms')
        .values(rows.slice(i, i + size))
        .onConflict((oc) => oc.columns(['recommendation_id', 'term_id']).doNothing())
        .execute();
    }
  }

  /** Replaces the links of one origin; links of other origins (manual, suggested) stay. */
  async replaceTerms(id: number, origin: TermOrigin, termIds: number[]): Promise<void> {
    await this.db
      .deleteFrom('recommendation_terms')
      .where('recommendation_id', '=', id)
      .where('origin', '=', origin)
      .execute();
    await this.addTerms(
      termIds.map((term_id) => ({ recommendation_id: id, term_id, origin, confidence: null })),
    );
  }

  async addTranslations(rows: { recommendation_id: number; lang: string; text: string }[]): Promise<void> {
    const size = insertBatchSize(3);
    for (let i = 0; i < rows.length; i += size) {
      await this.db
        .insertInto('recommendation_translations')
        .values(rows.slice(i, i + size))
        .execute();
    }
  }

  async replaceTranslations(id: number, translations: Record<string, string>): Promise<void> {
    await this.db.deleteFrom('recommendation_translations').where('recommendation_id', '=', id).execute();
    await this.addTranslations(
      Object.entries(translations).map(([lang, text]) => ({ recommendation_id: id, lang, text })),
    );
  }

  async count(filter: RecommendationFilter): Promise<number> {
    const row = await this.filtered(filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** One page of the filtered list, ordered by id. */
  list(filter: RecommendationFilter, page: { limit: number; offset?: number; afterId?: number }) {
    let query = this.filtered(filter)
      .selectAll('recommendations')
      .orderBy('recommendations.id')
      .limit(page.limit);
    if (page.afterId !== undefined) query = query.where('recommendations.id', '>', page.afterId);
    if (page.offset) query = query.offset(page.offset);
    return query.execute();
  }

  /** The base query of every list, count and statistic: `recommendations` narrowed by the filter. */
  filtered(filter: RecommendationFilter): SelectQueryBuilder<DB, 'recommendations', object> {
    let query = this.db.selectFrom('recommendations');
    if (!filter.includeArchived) query = query.where('recommendations.archived', '=', 0);
    if (filter.state) query = query.where('recommendations.state_under_review', '=', filter.state);
    if (filter.cycle !== undefined) query = query.where('recommendations.cycle', '=', filter.cycle);
    if (filter.session !== undefined) query = query.where('recommendations.session', '=', filter.session);
    if (filter.mechanism) query = query.where('recommendations.mechanism_code', '=', filter.mechanism);
    if (filter.position?.length) query = query.where('recommendations.position', 'in', filter.position);
    if (filter.recommendingState) {
      const iso3 = filter.recommendingState;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('recommending_states')
            .select('recommending_states.recommendation_id')
            .whereRef('recommending_states.recommendation_id', '=', 'recommendations.id')
            .where('recommending_states.state_iso3', '=', iso3),
        ),
      );
    }
    // Full-text search with stemming, phrases and exclusions, the same on both dialects.
    if (filter.q?.trim()) query = whereSearchMatches(this.db, query, filter.q);
    return query;
  }
}
