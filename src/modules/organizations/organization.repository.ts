/** Civil-society and other organizations: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, OrganizationRow, OrganizationsTable } from '../../db/schema.ts';
import { updateVersionedRow } from '../../db/versioned.ts';

export class OrganizationRepository {
  constructor(private readonly db: Kysely<DB>) {}

  list(options: { includeArchived?: boolean; q?: string } = {}): Promise<OrganizationRow[]> {
    let query = this.db.selectFrom('organizations').selectAll().orderBy('name_en');
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

  findById(id: number): Promise<OrganizationRow | undefined> {
    return this.db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  insert(values: Insertable<OrganizationsTable>): Promise<OrganizationRow> {
    return this.db.insertInto('organizations').values(values).returningAll().executeTakeFirstOrThrow();
  }

  updateVersioned(
    id: number,
    version: number,
    values: Updateable<OrganizationsTable>,
  ): Promise<OrganizationRow | undefined> {
    return updateVersionedRow(this.db, 'organizations', id, version, values);
  }
}
