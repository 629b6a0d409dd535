/** Detected languages of recommendations and translations: all their SQL lives here. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface DetectedRow {
  recommendationId: number;
  /** null: the recommendation's own text; else the translation's language. */
  translationLang: string | null;
  detectedLang: string;
  confidence: number;
}

export interface PendingText {
  recommendationId: number;
  translationLang: string | null;
  text: string;
}

export class LanguageRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** How many texts have no detected language yet (recommendations and translations). */
  async countPending(batchId?: number): Promise<number> {
    let own = this.db
      .selectFrom('recommendations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('detected_lang', 'is', null);
    let translated = this.db
      .selectFrom('recommendation_translations as t')
      .innerJoin('recommendations', 'recommendations.id', 't.recommendation_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('t.detected_lang', 'is', null);
    if (batchId !== undefined) {
      own = own.where('batch_id', '=', batchId);
      translated = translated.where('recommendations.batch_id', '=', batchId);
    }
    const [a, b] = await Promise.all([own.executeTakeFirstOrThrow(), translated.executeTakeFirstOrThrow()]);
    return Number(a.n) + Number(b.n);
  }

  /** The next texts without a detected language, in id order after `afterId`. */
  async pending(afterId: number, limit: number, batchId?: number): Promise<PendingText[]> {
    let own = this.db
      .selectFrom('recommendations')
      .select(['id', 'text'])
      .where('detected_lang', 'is', null)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit);
    if (batchId !== undefined) own = own.where('batch_id', '=', batchId);
    const rows = await own.execute();
    const last = rows.at(-1)?.id;
    let translated = this.db
      .selectFrom('recommendation_translations as t')
      .innerJoin('recommendations', 'recommendations.id', 't.recommendation_id')
      .select(['t.recommendation_id', 't.lang', 't.text'])
      .where('t.detected_lang', 'is', null)
      .where('t.recommendation_id', '>', afterId)
      .orderBy('t.recommendation_id');
    if (batchId !== undefined) translated = translated.where('recommendations.batch_id', '=', batchId);
    // Translations up to the last recommendation read, or the next `limit` when no recommendation is pending.
    translated =
      last !== undefined ? translated.where('t.recommendation_id', '<=', last) : translated.limit(limit);
    const translations = await translated.execute();
    return [
      ...rows.map((r) => ({ recommendationId: r.id, translationLang: null, text: r.text })),
      ...translations.map((t) => ({
        recommendationId: t.recommendation_id,
        translationLang: t.lang,
        text: t.text,
      })),
    ].sort((a, b) => a.recommendationId - b.recommendationId);
  }

  async save(rows: DetectedRow[]): Promise<void> {
    for (const row of rows) {
      const values = { detected_lang: row.detectedLang, detected_lang_confidence: row.confidence };
      if (row.translationLang === null)
        await this.db
          .updateTable('recommendations')
          .set(values)
          .where('id', '=', row.recommendationId)
          .execute();
      else
        await this.db
          .updateTable('recommendation_translations')
          .set(values)
          .where('recommendation_id', '=', row.recommendationId)
          .where('lang', '=', row.translationLang)
          .execute();
    }
  }

  /** Texts whose detected language (at `minConfidence` or above) differs from the declared one, by declared and detected language. */
  async mismatches(minConfidence: number): Promise<{ declared: string; detected: string; n: number }[]> {
    const rows = await this.db
      .selectFrom('recommendations')
      .select(['text_lang', 'detected_lang', (eb) => eb.fn.countAll<number>().as('n')])
      .where('detected_lang', 'is not', null)
      .where('detected_lang', '!=', 'und')
      .where('detected_lang_confidence', '>=', minConfidence)
      .whereRef('detected_lang', '!=', 'text_lang')
      .groupBy(['text_lang', 'detected_lang'])
      .orderBy('n', 'desc')
      .execute();
    return rows.map((r) => ({ declared: r.text_lang, detected: r.detected_lang ?? '', n: Number(r.n) }));
  }
}
