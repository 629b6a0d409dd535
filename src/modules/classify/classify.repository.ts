/**
 * Auto-tagging: all its SQL. Reads the labeled recommendations a model learns from and the unlabeled ones
 * it suggests for, stores models and their evaluations, and writes suggestions: issues as
 * `recommendation_terms` rows with `origin = 'suggested'` (never over an imported or manual link, never one
 * a person rejected), action categories in `action_category_suggestions`.
 */
import type { Kysely, Selectable } from 'kysely';
import { idIn, insertBatchSize } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';

export const ISSUE_TAXONOMY = 'upr-info-issue';
/** The OHCHR themes, learnt where enough recommendations carry them. */
export const THEME_TAXONOMY = 'ohchr-theme';

export interface ClassifyRow {
  id: number;
  text: string;
  session: number | null;
  states: string[];
  /** Confirmed (imported or manual) issue codes. */
  issues: string[];
  action: number | null;
  /** Confirmed OHCHR theme codes. */
  themes: string[];
}

export interface RowFilter {
  sessions?: { from: number; to: number };
  state?: string;
  cycle?: number;
  ids?: number[];
}

export interface StoredModel {
  id: number;
  trainedAt: string;
  trainedBy: string;
  trainSessions: string;
  examples: number;
  threshold: number;
  model: Uint8Array;
  modelBytes: number;
  trainingSeconds: number;
  evaluationJson: string | null;
  evaluatedAt: string | null;
}

export interface SuggestedTerm {
  recommendationId: number;
  termId: number;
  taxonomy: string;
  code: string;
  label: string;
  labels: TermLabels;
  confidence: number;
}

export interface TermLabels {
  en: string;
  ru: string | null;
  kk: string | null;
}

export interface SuggestedAction {
  recommendationId: number;
  actionCategory: number;
  confidence: number;
}

export class ClassifyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Recommendations (not archived) with their text, recommending states, confirmed issues and action. */
  async rows(filter: RowFilter): Promise<ClassifyRow[]> {
    let query = this.db
      .selectFrom('recommendations')
      .select(['id', 'text', 'session', 'action_category'])
      .where('archived', '=', 0)
      .orderBy('id');
    if (filter.sessions)
      query = query.where('session', '>=', filter.sessions.from).where('session', '<=', filter.sessions.to);
    if (filter.state) query = query.where('state_under_review', '=', filter.state);
    if (filter.cycle !== undefined) query = query.where('cycle', '=', filter.cycle);
    if (filter.ids) query = query.where(idIn(this.db, 'id', filter.ids));
    const list = await query.execute();
    const result = list.map((r) => ({
      id: r.id,
      text: r.text,
      session: r.session,
      states: [] as string[],
      issues: [] as string[],
      action: r.action_category,
      themes: [] as string[],
    }));
    const byId = new Map(result.map((r) => [r.id, r]));
    const size = 5_000;
    for (let i = 0; i < result.length; i += size) {
      const chunk = result.slice(i, i + size).map((r) => r.id);
      const states = await this.db
        .selectFrom('recommending_states')
        .select(['recommendation_id', 'state_iso3'])
        .where(idIn(this.db, 'recommendation_id', chunk))
        .orderBy('state_iso3')
        .execute();
      for (const s of states) byId.get(s.recommendation_id)?.states.push(s.state_iso3);
      const terms = await this.db
        .selectFrom('recommendation_terms')
        .innerJoin('terms', 'terms.id', 'recommendation_terms.term_id')
        .select(['recommendation_terms.recommendation_id', 'terms.code', 'terms.taxonomy_code'])
        .where(idIn(this.db, 'recommendation_terms.recommendation_id', chunk))
        .where('terms.taxonomy_code', 'in', [ISSUE_TAXONOMY, THEME_TAXONOMY])
        .where('recommendation_terms.origin', '!=', 'suggested')
        .orderBy('terms.code')
        .execute();
      for (const t of terms)
        byId
          .get(t.recommendation_id)
          ?.[t.taxonomy_code === ISSUE_TAXONOMY ? 'issues' : 'themes'].push(t.code);
    }
    return result;
  }

  /** A taxonomy's terms by code, with their ids and labels. */
  async termsOf(taxonomy: string): Promise<Map<string, { id: number; labels: TermLabels }>> {
    const list = await this.db
      .selectFrom('terms')
      .select(['id', 'code', 'label_en', 'label_ru', 'label_kk'])
      .where('taxonomy_code', '=', taxonomy)
      .execute();
    return new Map(
      list.map((t) => [t.code, { id: t.id, labels: { en: t.label_en, ru: t.label_ru, kk: t.label_kk } }]),
    );
  }

  async insertModel(row: Omit<StoredModel, 'id' | 'evaluationJson' | 'evaluatedAt'>): Promise<number> {
    const inserted = await this.db
      .insertInto('classifier_models')
      .values({
        trained_at: row.trainedAt,
        trained_by: row.trainedBy,
        train_sessions: row.trainSessions,
        examples: row.examples,
        threshold: row.threshold,
        model: row.model,
        model_bytes: row.modelBytes,
        training_seconds: row.trainingSeconds,
        evaluation_json: null,
        evaluated_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return inserted.id;
  }

  async saveEvaluation(id: number, evaluationJson: string, at: string): Promise<void> {
    await this.db
      .updateTable('classifier_models')
      .set({ evaluation_json: evaluationJson, evaluated_at: at })
      .where('id', '=', id)
      .execute();
  }

  /** The latest model with its weights (to suggest with). */
  async latestModel(): Promise<StoredModel | undefined> {
    const row = await this.db
      .selectFrom('classifier_models')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? { ...summaryOf(row), model: row.model } : undefined;
  }

  /**
   * The latest model without its weights (a megabyte or more): what the Auto-tagging page shows, which it
   * asks for every second while a training runs.
   */
  async latestModelSummary(): Promise<Omit<StoredModel, 'model'> | undefined> {
    const row = await this.db
      .selectFrom('classifier_models')
      .select([
        'id',
        'trained_at',
        'trained_by',
        'train_sessions',
        'examples',
        'threshold',
        'model_bytes',
        'training_seconds',
        'evaluation_json',
        'evaluated_at',
      ])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? summaryOf(row) : undefined;
  }

  /** The JSON of the latest stored evaluation, whichever model it belongs to. */
  async latestEvaluation(): Promise<string | null> {
    const row = await this.db
      .selectFrom('classifier_models')
      .select('evaluation_json')
      .where('evaluation_json', 'is not', null)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.evaluation_json ?? null;
  }

  /** A recommendation's links changed: its version moves on, so that a form based on the old one gets 409. */
  async touch(recommendationId: number, at: string): Promise<void> {
    await this.db
      .updateTable('recommendations')
      .set((eb) => ({ updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', recommendationId)
      .execute();
  }

  /** Rejected (recommendation, term) and (recommendation, action) pairs among the given recommendations. */
  async rejections(ids: number[]): Promise<{ terms: Set<string>; actions: Set<string> }> {
    const terms = new Set<string>();
    const actions = new Set<string>();
    const size = 5_000;
    for (let i = 0; i < ids.length; i += size) {
      const list = await this.db
        .selectFrom('suggestion_rejections')
        .select(['recommendation_id', 'term_id', 'action_category'])
        .where(idIn(this.db, 'recommendation_id', ids.slice(i, i + size)))
        .execute();
      for (const r of list) {
        if (r.term_id !== null) terms.add(`${r.recommendation_id}:${r.term_id}`);
        if (r.action_category !== null) actions.add(`${r.recommendation_id}:${r.action_category}`);
      }
    }
    return { terms, actions };
  }

  /**
   * Replaces the suggestions of the given recommendations: their suggested issue links and suggested action
   * categories are deleted, then the new ones inserted; an existing imported or manual link is kept as is.
   */
  async replaceSuggestions(
    ids: number[],
    terms: { recommendationId: number; termId: number; confidence: number }[],
    actions: { recommendationId: number; actionCategory: number; confidence: number }[],
    modelId: number,
    at: string,
  ): Promise<void> {
    const size = 5_000;
    for (let i = 0; i < ids.length; i += size) {
      const chunk = ids.slice(i, i + size);
      await this.db
        .deleteFrom('recommendation_terms')
        .where(idIn(this.db, 'recommendation_id', chunk))
        .where('origin', '=', 'suggested')
        .execute();
      await this.db
        .deleteFrom('action_category_suggestions')
        .where(idIn(this.db, 'recommendation_id', chunk))
        .execute();
    }
    const termBatch = insertBatchSize(4);
    for (let i = 0; i < terms.length; i += termBatch) {
      await this.db
        .insertInto('recommendation_terms')
        .values(
          terms.slice(i, i + termBatch).map((t) => ({
            recommendation_id: t.recommendationId,
            term_id: t.termId,
            origin: 'suggested' as const,
            confidence: t.confidence,
          })),
        )
        .onConflict((oc) => oc.columns(['recommendation_id', 'term_id']).doNothing())
        .execute();
    }
    const actionBatch = insertBatchSize(5);
    for (let i = 0; i < actions.length; i += actionBatch) {
      await this.db
        .insertInto('action_category_suggestions')
        .values(
          actions.slice(i, i + actionBatch).map((a) => ({
            recommendation_id: a.recommendationId,
            action_category: a.actionCategory,
            confidence: a.confidence,
            model_id: modelId,
            created_at: at,
          })),
        )
        .execute();
    }
  }

  async suggestedTerms(filter: {
    recommendationId?: number;
    state?: string;
    cycle?: number;
    taxonomy?: string;
    minConfidence?: number;
  }): Promise<SuggestedTerm[]> {
    let query = this.db
      .selectFrom('recommendation_terms')
      .innerJoin('terms', 'terms.id', 'recommendation_terms.term_id')
      .innerJoin('recommendations', 'recommendations.id', 'recommendation_terms.recommendation_id')
      .select([
        'recommendation_terms.recommendation_id',
        'recommendation_terms.term_id',
        'recommendation_terms.confidence',
        'terms.taxonomy_code',
        'terms.code',
        'terms.label_en',
        'terms.label_ru',
        'terms.label_kk',
      ])
      .where('recommendation_terms.origin', '=', 'suggested')
      .orderBy('recommendation_terms.recommendation_id')
      .orderBy('recommendation_terms.confidence', 'desc')
      .orderBy('terms.code');
    if (filter.recommendationId !== undefined)
      query = query.where('recommendation_terms.recommendation_id', '=', filter.recommendationId);
    if (filter.state) query = query.where('recommendations.state_under_review', '=', filter.state);
    if (filter.cycle !== undefined) query = query.where('recommendations.cycle', '=', filter.cycle);
    if (filter.taxonomy) query = query.where('terms.taxonomy_code', '=', filter.taxonomy);
    if (filter.minConfidence !== undefined)
      query = query.where('recommendation_terms.confidence', '>=', filter.minConfidence);
    const list = await query.execute();
    return list.map((t) => ({
      recommendationId: t.recommendation_id,
      termId: t.term_id,
      taxonomy: t.taxonomy_code,
      code: t.code,
      label: t.label_en,
      labels: { en: t.label_en, ru: t.label_ru, kk: t.label_kk },
      confidence: t.confidence ?? 0,
    }));
  }

  async suggestedActions(filter: {
    recommendationId?: number;
    state?: string;
    cycle?: number;
    minConfidence?: number;
  }): Promise<SuggestedAction[]> {
    let query = this.db
      .selectFrom('action_category_suggestions as s')
      .innerJoin('recommendations', 'recommendations.id', 's.recommendation_id')
      .select(['s.recommendation_id', 's.action_category', 's.confidence'])
      .orderBy('s.recommendation_id');
    if (filter.recommendationId !== undefined)
      query = query.where('s.recommendation_id', '=', filter.recommendationId);
    if (filter.state) query = query.where('recommendations.state_under_review', '=', filter.state);
    if (filter.cycle !== undefined) query = query.where('recommendations.cycle', '=', filter.cycle);
    if (filter.minConfidence !== undefined) query = query.where('s.confidence', '>=', filter.minConfidence);
    const list = await query.execute();
    return list.map((a) => ({
      recommendationId: a.recommendation_id,
      actionCategory: a.action_category,
      confidence: a.confidence,
    }));
  }

  /** A suggested link becomes a confirmed one: `manual`, confirmed by a person. */
  async confirmTerm(recommendationId: number, termId: number): Promise<boolean> {
    const result = await this.db
      .updateTable('recommendation_terms')
      .set({ origin: 'manual' })
      .where('recommendation_id', '=', recommendationId)
      .where('term_id', '=', termId)
      .where('origin', '=', 'suggested')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async deleteSuggestedTerm(recommendationId: number, termId: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('recommendation_terms')
      .where('recommendation_id', '=', recommendationId)
      .where('term_id', '=', termId)
      .where('origin', '=', 'suggested')
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async deleteSuggestedAction(recommendationId: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('action_category_suggestions')
      .where('recommendation_id', '=', recommendationId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async setActionCategory(recommendationId: number, actionCategory: number, at: string): Promise<void> {
    await this.db
      .updateTable('recommendations')
      .set((eb) => ({ action_category: actionCategory, updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', recommendationId)
      .execute();
  }

  async recordRejection(row: {
    recommendationId: number;
    termId: number | null;
    actionCategory: number | null;
    at: string;
    by: string;
  }): Promise<void> {
    await this.db
      .insertInto('suggestion_rejections')
      .values({
        recommendation_id: row.recommendationId,
        term_id: row.termId,
        action_category: row.actionCategory,
        rejected_at: row.at,
        rejected_by: row.by,
      })
      .execute();
  }

  async actionCategoryOf(
    recommendationId: number,
  ): Promise<{ action: number | null; version: number } | undefined> {
    const row = await this.db
      .selectFrom('recommendations')
      .select(['action_category', 'version'])
      .where('id', '=', recommendationId)
      .executeTakeFirst();
    return row ? { action: row.action_category, version: row.version } : undefined;
  }
}

function summaryOf(row: Omit<Selectable<DB['classifier_models']>, 'model'>): Omit<StoredModel, 'model'> {
  return {
    id: row.id,
    trainedAt: row.trained_at,
    trainedBy: row.trained_by,
    trainSessions: row.train_sessions,
    examples: row.examples,
    threshold: row.threshold,
    modelBytes: row.model_bytes,
    trainingSeconds: row.training_seconds,
    evaluationJson: row.evaluation_json,
    evaluatedAt: row.evaluated_at,
  };
}
