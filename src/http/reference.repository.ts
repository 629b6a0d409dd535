/**
 * SQL for the read-only reference routes (mechanisms, cycles, sessions) and term edits. It lives beside
 * the routes because the states and taxonomies modules belong to other work in progress; it moves into
 * `modules/reference` and `modules/taxonomies` when those grow their own routes.
 */
import type { Kysely } from 'kysely';
import type { DB, TermRow } from '../db/schema.ts';

export class ReferenceRepository {
  constructor(private readonly db: Kysely<DB>) {}

  mechanisms() {
    return this.db.selectFrom('mechanisms').selectAll().orderBy('code').execute();
  }

  cycles() {
    return this.db.selectFrom('cycles').selectAll().orderBy('number').execute();
  }

  sessions(cycle?: number) {
    let query = this.db.selectFrom('sessions').selectAll().orderBy('number');
    if (cycle !== undefined) query = query.where('cycle', '=', cycle);
    return query.execute();
  }

  state(iso3: string) {
    return this.db.selectFrom('states').selectAll().where('iso3', '=', iso3).executeTakeFirst();
  }

  taxonomy(code: string) {
    return this.db.selectFrom('taxonomies').selectAll().where('code', '=', code).executeTakeFirst();
  }

  term(id: number): Promise<TermRow | undefined> {
    return this.db.selectFrom('terms').selectAll().where('id', '=', id).executeTakeFirst();
  }

  termByCode(taxonomy: string, code: string): Promise<TermRow | undefined> {
    return this.db
      .selectFrom('terms')
      .selectAll()
      .where('taxonomy_code', '=', taxonomy)
      .where('code', '=', code)
      .executeTakeFirst();
  }

  async updateTerm(
    id: number,
    values: { label_en?: string; label_ru?: string | null; label_kk?: string | null },
  ) {
    return this.db
      .updateTable('terms')
      .set(values)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
