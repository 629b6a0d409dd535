/** People of the dialogue (chairs, experts, speakers) and coalition membership: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, PeopleTable, PersonRow } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export class PersonRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(
    options: { organizationId?: number; q?: string; includeArchived?: boolean } = {},
  ): Promise<PersonRow[]> {
    let query = this.db.selectFrom('people').selectAll().orderBy('name_ru').orderBy('id');
    if (!options.includeArchived) query = query.where('archived', '=', 0);
    if (options.organizationId !== undefined)
      query = query.where('organization_id', '=', options.organizationId);
    if (options.q) {
      const needle = `%${options.q.toLowerCase().replace(/[%_\\]/g, '')}%`;
      query = query.where((eb) =>
        eb.or([
          eb(eb.fn('lower', ['name_en']), 'like', needle),
          eb(eb.fn('lower', ['name_ru']), 'like', needle),
          eb(eb.fn('lower', ['name_kk']), 'like', needle),
        ]),
      );
    }
    return query.execute();
  }

  findById(id: number): Promise<PersonRow | undefined> {
    return this.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByIds(ids: number[]): Promise<PersonRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('people').selectAll().where('id', 'in', ids).execute();
  }

  insert(values: Insertable<PeopleTable>): Promise<PersonRow> {
    return this.db.insertInto('people').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(
    id: number,
    version: number,
    values: Updateable<PeopleTable>,
  ): Promise<PersonRow | undefined> {
    return updateVersionedRow(this.db, 'people', id, version, values);
  }

  async members(coalitionId: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('organization_members')
      .select('member_id')
      .where('coalition_id', '=', coalitionId)
      .orderBy('member_id')
      .execute();
    return rows.map((r) => r.member_id);
  }

  async replaceMembers(coalitionId: number, memberIds: number[]): Promise<void> {
    await this.db.deleteFrom('organization_members').where('coalition_id', '=', coalitionId).execute();
    if (memberIds.length)
      await this.db
        .insertInto('organization_members')
        .values(memberIds.map((member_id) => ({ coalition_id: coalitionId, member_id })))
        .execute();
  }
}
