/** Sign-in sessions and API tokens: all their SQL. Only hashes of the secrets are stored. */
import type { Kysely } from 'kysely';
import type { ApiTokenRow, DB, TokenScope, UserRow } from '../../db/schema.ts';

export interface SessionWithUser {
  session: { idHash: string; createdAt: string; lastSeenAt: string; expiresAt: string };
  user: UserRow;
}

export class AuthRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async createSession(idHash: string, userId: number, now: string, expiresAt: string): Promise<void> {
    await this.db
      .insertInto('user_sessions')
      .values({ id_hash: idHash, user_id: userId, created_at: now, last_seen_at: now, expires_at: expiresAt })
      .execute();
  }

  async findSession(idHash: string): Promise<SessionWithUser | undefined> {
    const row = await this.db
      .selectFrom('user_sessions')
      .innerJoin('users', 'users.id', 'user_sessions.user_id')
      .selectAll('users')
      .select([
        'user_sessions.id_hash',
        'user_sessions.created_at as session_created_at',
        'user_sessions.last_seen_at',
        'user_sessions.expires_at',
      ])
      .where('user_sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    const { id_hash, session_created_at, last_seen_at, expires_at, ...user } = row;
    return {
      session: {
        idHash: id_hash,
        createdAt: session_created_at,
        lastSeenAt: last_seen_at,
        expiresAt: expires_at,
      },
      user,
    };
  }

  async touchSession(idHash: string, now: string): Promise<void> {
    await this.db
      .updateTable('user_sessions')
      .set({ last_seen_at: now })
      .where('id_hash', '=', idHash)
      .execute();
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('user_sessions').where('id_hash', '=', idHash).execute();
  }

  /** Ends every session of a user, or every one but `except`; returns how many ended. */
  async deleteSessionsOf(userId: number, except?: string): Promise<number> {
    let query = this.db.deleteFrom('user_sessions').where('user_id', '=', userId);
    if (except) query = query.where('id_hash', '!=', except);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.db.deleteFrom('user_sessions').where('expires_at', '<', now).execute();
  }

  async createToken(values: {
    tokenHash: string;
    userId: number;
    scope: TokenScope;
    name: string;
    now: string;
  }): Promise<ApiTokenRow> {
    return this.db
      .insertInto('api_tokens')
      .values({
        token_hash: values.tokenHash,
        user_id: values.userId,
        scope: values.scope,
        name: values.name,
        created_at: values.now,
        revoked_at: null,
        last_used_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async findToken(tokenHash: string): Promise<{ token: ApiTokenRow; user: UserRow } | undefined> {
    const token = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!token) return undefined;
    const user = await this.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', token.user_id)
      .executeTakeFirst();
    return user ? { token, user } : undefined;
  }

  findTokenById(id: number): Promise<ApiTokenRow | undefined> {
    return this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listTokens(userId: number): Promise<ApiTokenRow[]> {
    return this.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id').execute();
  }

  async touchToken(id: number, now: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  }

  async revokeToken(id: number, now: string): Promise<ApiTokenRow | undefined> {
    return this.db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
  }
}
