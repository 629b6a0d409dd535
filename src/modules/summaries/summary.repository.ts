/** Public summaries and the registry facts a generated summary states: all their SQL. */
import type { Kysely } from 'kysely';
import type { DB, PublicSummaryRow } from '../../db/schema.ts';
import type { Language } from '../../i18n/index.ts';

export class SummaryRepository {
  constructor(private readonly db: Kysely<DB>) {}

  find(consultationId: number, lang: Language): Promise<PublicSummaryRow | undefined> {
    return this.db
      .selectFrom('public_summaries')
      .selectAll()
      .where('consultation_id', '=', consultationId)
      .where('lang', '=', lang)
      .executeTakeFirst();
  }

  list(filter: {
    consultationId?: number;
    lang?: Language;
    publishedOnly?: boolean;
  }): Promise<PublicSummaryRow[]> {
    let query = this.db
      .selectFrom('public_summaries')
      .selectAll()
      .orderBy('consultation_id', 'desc')
      .orderBy('lang');
    if (filter.consultationId !== undefined)
      query = query.where('consultation_id', '=', filter.consultationId);
    if (filter.lang) query = query.where('lang', '=', filter.lang);
    if (filter.publishedOnly) query = query.where('published', '=', 1);
    return query.execute();
  }

  insert(values: {
    consultationId: number;
    lang: Language;
    title: string;
    body: string;
    published: boolean;
  }) {
    const now = new Date().toISOString();
    return this.db
      .insertInto('public_summaries')
      .values({
        consultation_id: values.consultationId,
        lang: values.lang,
        title: values.title,
        body: values.body,
        published: values.published ? 1 : 0,
        published_at: values.published ? now : null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  updateVersioned(
    id: number,
    version: number,
    values: { title?: string; body?: string; published?: boolean },
  ) {
    const now = new Date().toISOString();
    return this.db
      .updateTable('public_summaries')
      .set((eb) => ({
        ...(values.title !== undefined ? { title: values.title } : {}),
        ...(values.body !== undefined ? { body: values.body } : {}),
        ...(values.published !== undefined
          ? { published: values.published ? 1 : 0, published_at: values.published ? now : null }
          : {}),
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  organizations(ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('organizations').selectAll().where('id', 'in', ids).execute();
  }

  terms(ids: number[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('terms').selectAll().where('id', 'in', ids).execute();
  }

  state(iso3: string) {
    return this.db.selectFrom('states').selectAll().where('iso3', '=', iso3).executeTakeFirst();
  }

  /** Recommendations in the registry per term and cycle (not archived; of one state if given). */
  async countsByTermAndCycle(termIds: number[], stateIso3: string | null) {
    if (termIds.length === 0) return [];
    let query = this.db
      .selectFrom('recommendation_terms as rt')
      .innerJoin('recommendations as r', 'r.id', 'rt.recommendation_id')
      .select(['rt.term_id', 'r.cycle', (eb) => eb.fn.count<string | number>('r.id').distinct().as('n')])
      .where('rt.term_id', 'in', termIds)
      .where('rt.origin', '!=', 'suggested')
      .where('r.archived', '=', 0)
      .where('r.cycle', 'is not', null)
      .groupBy(['rt.term_id', 'r.cycle']);
    if (stateIso3) query = query.where('r.state_under_review', '=', stateIso3);
    const rows = await query.execute();
    return rows.map((r) => ({ termId: r.term_id, cycle: r.cycle as number, count: Number(r.n) }));
  }
}
