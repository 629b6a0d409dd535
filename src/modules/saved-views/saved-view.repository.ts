/** Saved views: all their SQL. */
import type { Kysely } from 'kysely';
import type { DB, SavedViewRow } from '../../db/schema.ts';

export class SavedViewRepository {
  constructor(private readonly db: Kysely<DB>) {}

  listOf(userId: number): Promise<SavedViewRow[]> {
    return this.db
      .selectFrom('saved_views')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('name')
      .orderBy('id')
      .execute();
  }

  findByName(userId: number, name: string): Promise<SavedViewRow | undefined> {
    return this.db
      .selectFrom('saved_views')
      .selectAll()
      .where('user_id', '=', userId)
      .where('name', '=', name)
      .executeTakeFirst();
  }

  insert(row: { user_id: number; name: string; query: string; at: string }): Promise<SavedViewRow> {
    return this.db
      .insertInto('saved_views')
      .values({
        user_id: row.user_id,
        name: row.name,
        query: row.query,
        created_at: row.at,
        updated_at: row.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  updateQuery(id: number, query: string, at: string): Promise<SavedViewRow> {
    return this.db
      .updateTable('saved_views')
      .set({ query, updated_at: at })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Deletes one of the user's views; false when the user has no such view. */
  async delete(userId: number, id: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('saved_views')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
