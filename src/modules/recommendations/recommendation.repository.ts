/** Recommendations and their links (recommending states, terms, translations): all their SQL lives here. */
import { type Expression, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { idIn, insertBatchSize } from '../../db/dialect.ts';
import type {
  DB,
  NewRecommendation,
  Position,
  RecommendationRow,
  RecommendationUpdate,
  RegionalGroup,
  TermOrigin,
} from '../../db/schema.ts';
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
  /** Only archived rows (implies includeArchived). */
  archivedOnly?: boolean;
  /** true: published only (what the public sees); false: drafts only. */
  published?: boolean;
  /** Recommending state belongs to this UN regional group. */
  regionalGroup?: RegionalGroup;
  /** Carries any of these term ids. */
  terms?: number[];
  actionCategory?: number[];
  paragraph?: string;
  documentSymbol?: string;
  textLang?: string;
  positionSource?: string;
  key?: string;
  /** Assigned to this agency. */
  agency?: number;
  ids?: number[];
  updatedSince?: string;
  /** true: dealt with at a consultation (on its agenda, through a report on its agenda, or in a follow-up); false: not. */
  discussed?: boolean;
  /** true: repeats one its state received in an earlier cycle (see `recommendation_repeats`); false: not. */
  repeated?: boolean;
}

export const SORT_FIELDS = {
  id: 'recommendations.id',
  cycle: 'recommendations.cycle',
  session: 'recommendations.session',
  paragraph: 'recommendations.paragraph',
  stateUnderReview: 'recommendations.state_under_review',
  position: 'recommendations.position',
  actionCategory: 'recommendations.action_category',
  createdAt: 'recommendations.created_at',
  updatedAt: 'recommendations.updated_at',
} as const;
export type SortField = keyof typeof SORT_FIELDS;

export interface Sort {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** Where a page ended: the sort value and id of its last row. */
export interface Cursor {
  value: string | number | null;
  id: number;
}

export interface RecommendationLinks {
  recommendingStates: string[];
  /** Term ids with their origin and taxonomy. */
  terms: {
    termId: number;
    taxonomy: string;
    code: string;
    /** The English label (kept for API clients that read one language). */
    label: string;
    /** The label in each interface language; Russian and Kazakh fall back to English where missing. */
    labels: { en: string; ru: string; kk: string };
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
          'terms.label_ru',
          'terms.label_kk',
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
          labels: { en: t.label_en, ru: t.label_ru ?? t.label_en, kk: t.label_kk ?? t.label_en },
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

  /** Translations; their detected language (when not given) is filled in after the import or edit. */
  async addTranslations(
    rows: {
      recommendation_id: number;
      lang: string;
      text: string;
      detected_lang?: string;
      detected_lang_confidence?: number;
    }[],
  ): Promise<void> {
    const size = insertBatchSize(5);
    for (let i = 0; i < rows.length; i += size) {
      await this.db
        .insertInto('recommendation_translations')
        .values(rows.slice(i, i + size))
        .execute();
    }
  }

  /** `detected`: the detected-language columns of a text, when the caller has them at hand. */
  async replaceTranslations(
    id: number,
    translations: Record<string, string>,
    detected?: (text: string) => { detected_lang: string; detected_lang_confidence: number },
  ): Promise<void> {
    await this.db.deleteFrom('recommendation_translations').where('recommendation_id', '=', id).execute();
    await this.addTranslations(
      Object.entries(translations).map(([lang, text]) => ({
        recommendation_id: id,
        lang,
        text,
        ...(detected ? detected(text) : {}),
      })),
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
    if (!filter.includeArchived && !filter.archivedOnly)
      query = query.where('recommendations.archived', '=', 0);
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
    if (filter.archivedOnly) query = query.where('recommendations.archived', '=', 1);
    if (filter.published !== undefined)
      query = query.where('recommendations.published', '=', filter.published ? 1 : 0);
    if (filter.actionCategory?.length)
      query = query.where('recommendations.action_category', 'in', filter.actionCategory);
    if (filter.paragraph) query = query.where('recommendations.paragraph', '=', filter.paragraph);
    if (filter.documentSymbol)
      query = query.where('recommendations.document_symbol', '=', filter.documentSymbol);
    if (filter.textLang) query = query.where('recommendations.text_lang', '=', filter.textLang);
    if (filter.positionSource)
      query = query.where('recommendations.position_source', '=', filter.positionSource);
    if (filter.key) query = query.where('recommendations.natural_key', '=', filter.key);
    if (filter.ids) query = query.where(idIn(this.db, 'recommendations.id', filter.ids));
    if (filter.discussed !== undefined) {
      const discussed = filter.discussed;
      query = query.where((eb) => {
        const any = eb.or([
          eb.exists(
            eb
              .selectFrom('consultation_agenda_items as agenda')
              .innerJoin('consultations', 'consultations.id', 'agenda.consultation_id')
              .select('agenda.id')
              .whereRef('agenda.recommendation_id', '=', 'recommendations.id')
              .where('consultations.archived', '=', 0),
          ),
          eb.exists(
            eb
              .selectFrom('alternative_report_recommendations as arr')
              .innerJoin('consultation_agenda_items as agenda', 'agenda.report_id', 'arr.report_id')
              .innerJoin('consultations', 'consultations.id', 'agenda.consultation_id')
              .select('arr.report_id')
              .whereRef('arr.recommendation_id', '=', 'recommendations.id')
              .where('consultations.archived', '=', 0),
          ),
          eb.exists(
            eb
              .selectFrom('alternative_report_item_recommendations as iri')
              .innerJoin('alternative_report_items as items', 'items.id', 'iri.item_id')
              .innerJoin('consultation_agenda_items as agenda', 'agenda.report_id', 'items.report_id')
              .innerJoin('consultations', 'consultations.id', 'agenda.consultation_id')
              .select('iri.item_id')
              .whereRef('iri.recommendation_id', '=', 'recommendations.id')
              .where('consultations.archived', '=', 0),
          ),
          eb.exists(
            eb
              .selectFrom('follow_up_recommendations as fr')
              .innerJoin('follow_ups', 'follow_ups.id', 'fr.follow_up_id')
              .innerJoin('consultations', 'consultations.id', 'follow_ups.consultation_id')
              .select('fr.follow_up_id')
              .whereRef('fr.recommendation_id', '=', 'recommendations.id')
              .where('consultations.archived', '=', 0),
          ),
        ]);
        return discussed ? any : eb.not(any);
      });
    }
    if (filter.repeated !== undefined) {
      const repeated = filter.repeated;
      query = query.where((eb) => {
        const any = eb.exists(
          eb
            .selectFrom('recommendation_repeats')
            .select('recommendation_repeats.earlier_id')
            .whereRef('recommendation_repeats.recommendation_id', '=', 'recommendations.id'),
        );
        return repeated ? any : eb.not(any);
      });
    }
    if (filter.updatedSince) query = query.where('recommendations.updated_at', '>=', filter.updatedSince);
    if (filter.regionalGroup) {
      const group = filter.regionalGroup;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('recommending_states')
            .innerJoin('states', 'states.iso3', 'recommending_states.state_iso3')
            .select('recommending_states.recommendation_id')
            .whereRef('recommending_states.recommendation_id', '=', 'recommendations.id')
            .where('states.regional_group', '=', group),
        ),
      );
    }
    if (filter.terms?.length) {
      const terms = filter.terms;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('recommendation_terms')
            .select('recommendation_terms.recommendation_id')
            .whereRef('recommendation_terms.recommendation_id', '=', 'recommendations.id')
            .where('recommendation_terms.term_id', 'in', terms)
            .where('recommendation_terms.origin', '!=', 'suggested'),
        ),
      );
    }
    if (filter.agency !== undefined) {
      const agency = filter.agency;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('recommendation_agencies')
            .select('recommendation_agencies.recommendation_id')
            .whereRef('recommendation_agencies.recommendation_id', '=', 'recommendations.id')
            .where('recommendation_agencies.agency_id', '=', agency),
        ),
      );
    }
    // Full-text search with stemming, phrases and exclusions, the same on both dialects.
    if (filter.q?.trim()) query = whereSearchMatches(this.db, query, filter.q);
    return query;
  }

  /**
   * One page in any sort order, paged by a keyset cursor (stable under inserts, unlike offsets).
   * Nullable sort columns are compared through a sentinel so that the cursor stays total.
   */
  listSorted(
    filter: RecommendationFilter,
    page: { limit: number; sort: Sort; after?: Cursor; offset?: number },
  ) {
    const { field, direction } = page.sort;
    const column = sql.ref(SORT_FIELDS[field]);
    const key = (
      NULLABLE_SORT[field] === undefined ? column : sql`coalesce(${column}, ${NULLABLE_SORT[field]})`
    ) as Expression<string | number>;
    let query = this.filtered(filter)
      .selectAll('recommendations')
      .orderBy(key, direction)
      .orderBy('recommendations.id', direction)
      .limit(page.limit);
    if (page.after) {
      const { value, id } = page.after;
      const op = direction === 'asc' ? '>' : '<';
      const sentinel = NULLABLE_SORT[field];
      const v = value ?? sentinel ?? null;
      query =
        field === 'id'
          ? query.where('recommendations.id', op, id)
          : query.where(
              (eb) =>
                eb.or([
                  eb(key, op, v),
                  eb.and([eb(key, '=', v), eb('recommendations.id', op, id)]),
                ]) as Expression<SqlBool>,
            );
    } else if (page.offset) {
      query = query.offset(page.offset);
    }
    return query.execute();
  }

  /** The cursor value of a row for a sort field. */
  static sortValue(row: RecommendationRow, field: SortField): string | number | null {
    const column = SORT_FIELDS[field].slice('recommendations.'.length) as keyof RecommendationRow;
    return row[column] as string | number | null;
  }

  async insertOne(row: NewRecommendation): Promise<RecommendationRow> {
    return this.db.insertInto('recommendations').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Updates when the version still matches and bumps it; undefined when stale or missing. */
  updateVersioned(
    id: number,
    version: number,
    values: RecommendationUpdate,
  ): Promise<RecommendationRow | undefined> {
    return this.db
      .updateTable('recommendations')
      .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  findByIds(ids: number[]): Promise<RecommendationRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('recommendations').selectAll().where('id', 'in', ids).orderBy('id').execute();
  }

  /** Agencies answering for each recommendation. */
  async agenciesOf(ids: number[]): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const rows = await this.db
      .selectFrom('recommendation_agencies')
      .select(['recommendation_id', 'agency_id'])
      .where('recommendation_id', 'in', ids)
      .orderBy('agency_id')
      .execute();
    for (const r of rows) result.get(r.recommendation_id)?.push(r.agency_id);
    return result;
  }

  async replaceAgencies(id: number, agencyIds: number[]): Promise<void> {
    await this.db.deleteFrom('recommendation_agencies').where('recommendation_id', '=', id).execute();
    if (agencyIds.length)
      await this.db
        .insertInto('recommendation_agencies')
        .values(agencyIds.map((agency_id) => ({ recommendation_id: id, agency_id })))
        .execute();
  }

  async removeTerms(id: number, termIds: number[]): Promise<void> {
    if (termIds.length === 0) return;
    await this.db
      .deleteFrom('recommendation_terms')
      .where('recommendation_id', '=', id)
      .where('term_id', 'in', termIds)
      .execute();
  }

  /** Which of these ids exist in a table (to refuse links to missing terms, agencies or states). */
  async missingIds(table: 'terms' | 'agencies', ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const found = await this.db.selectFrom(table).select('id').where('id', 'in', ids).execute();
    const have = new Set(found.map((r) => r.id));
    return ids.filter((id) => !have.has(id));
  }

  async missingStates(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const found = await this.db.selectFrom('states').select('iso3').where('iso3', 'in', codes).execute();
    const have = new Set(found.map((r) => r.iso3));
    return codes.filter((c) => !have.has(c));
  }
}

/** Sentinels standing for NULL in sorting and cursors. */
const NULLABLE_SORT: Partial<Record<SortField, string | number>> = {
  cycle: -1,
  session: -1,
  paragraph: '',
  actionCategory: -1,
};
