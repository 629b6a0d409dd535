/** Government agencies: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { AgenciesTable, AgencyRow, DB } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export class AgencyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(options: { includeArchived?: boolean; q?: string } = {}): Promise<AgencyRow[]> {
    let query = this.db.selectFrom('agencies').selectAll().orderBy('name_en');
    if (!options.includeArchived) query = query.where('archived', '=', 0);
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

  findById(id: number): Promise<AgencyRow | undefined> {
    return this.db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  }

  insert(values: Insertable<AgenciesTable>): Promise<AgencyRow> {
    return this.db.insertInto('agencies').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(
    id: number,
    version: number,
    values: Updateable<AgenciesTable>,
  ): Promise<AgencyRow | undefined> {
    return updateVersionedRow(this.db, 'agencies', id, version, values);
  }
}
