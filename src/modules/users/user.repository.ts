/** Accounts: all their SQL. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, Role, UserRow, UsersTable } from '../../db/schema.ts';

export interface UserFilter {
  role?: Role;
  agencyId?: number;
  organizationId?: number;
  q?: string;
}

export class UserRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findById(id: number): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
  }

  list(filter: UserFilter, page: { limit: number; offset: number }): Promise<UserRow[]> {
    let query = this.db.selectFrom('users').selectAll().orderBy('id').limit(page.limit).offset(page.offset);
    if (filter.role) query = query.where('role', '=', filter.role);
    if (filter.agencyId !== undefined) query = query.where('agency_id', '=', filter.agencyId);
    if (filter.organizationId !== undefined)
      query = query.where('organization_id', '=', filter.organizationId);
    if (filter.q) query = query.where('email', 'like', `%${filter.q.toLowerCase().replace(/[%_\\]/g, '')}%`);
    return query.execute();
  }

  async countAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(values: Insertable<UsersTable>): Promise<UserRow> {
    return this.db.insertInto('users').values(values).returningAll().executeTakeFirstOrThrow();
  }

  /** Updates when the version still matches; undefined when it does not (or the user is gone). */
  async updateVersioned(
    id: number,
    version: number,
    values: Updateable<UsersTable>,
  ): Promise<UserRow | undefined> {
    return this.db
      .updateTable('users')
      .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  /** Bookkeeping that is not an edit (failed logins, lockout): no version bump, no audit. */
  async setLoginState(id: number, failedLogins: number, lockedUntil: string | null): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ failed_logins: failedLogins, locked_until: lockedUntil })
      .where('id', '=', id)
      .execute();
  }

  async setLocale(id: number, locale: UserRow['locale'], now: string): Promise<UserRow> {
    return this.db
      .updateTable('users')
      .set((eb) => ({ locale, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async setPassword(id: number, passwordHash: string, now: string): Promise<UserRow> {
    return this.db
      .updateTable('users')
      .set((eb) => ({
        password_hash: passwordHash,
        must_change_password: 0,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
