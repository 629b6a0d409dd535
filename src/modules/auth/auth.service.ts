/**
 * Signing in and out: password checks with throttling and temporary lockout, server-side sessions with
 * idle and absolute expiry, password changes, and API tokens (shown once, stored hashed, revocable).
 */
import type { Kysely } from 'kysely';
import type { ApiTokenRow, DB, TokenScope, UserRow } from '../../db/schema.ts';
import { badRequest, HttpProblem, notFound, unauthorized } from '../../http/problem.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../policies/policy.ts';
import { UserRepository } from '../users/user.repository.ts';
import { AuthRepository } from './auth.repository.ts';
import {
  decoyHash,
  hashPassword,
  passwordProblem,
  randomSecret,
  sha256,
  verifyPassword,
} from './password.ts';

export interface AuthSettings {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteMs: number;
  /** Consecutive failed sign-ins before the account is locked. */
  maxFailedLogins: number;
  lockMs: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleMs: 2 * 60 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  maxFailedLogins: 5,
  lockMs: 15 * 60 * 1000,
};

/** How often a session's last-seen time is written: not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface Authenticated {
  user: UserRow;
  actor: Actor;
  via: 'session' | 'token';
  /** Token scope; sessions may write. */
  scope: TokenScope;
  sessionIdHash?: string;
}

export interface TokenDto {
  id: number;
  name: string;
  scope: TokenScope;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function actorOf(user: UserRow): Actor {
  return { userId: user.id, role: user.role, agencyId: user.agency_id, organizationId: user.organization_id };
}

export function auditActorOf(user: UserRow): AuditActor {
  return { userId: user.id, label: user.email };
}

/** The CSRF token that goes with a session: derived from the cookie value, so nothing more is stored. */
export function csrfTokenFor(sessionToken: string): string {
  return sha256(`csrf:${sessionToken}`);
}

export class AuthService {
  private readonly users: UserRepository;
  private readonly auth: AuthRepository;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly settings: AuthSettings = DEFAULT_AUTH_SETTINGS,
  ) {
    this.users = new UserRepository(db);
    this.auth = new AuthRepository(db);
  }

  /** Checks the password and opens a session; the same 401 whether the email or the password is wrong. */
  async login(email: string, password: string): Promise<{ user: UserRow; sessionToken: string }> {
    const user = await this.users.findByEmail(email);
    const now = Date.now();
    if (!user) {
      await verifyPassword(await decoyHash(), password);
      throw unauthorized('wrong email or password');
    }
    if (user.locked_until && Date.parse(user.locked_until) > now) throw locked(user.locked_until, now);
    const ok = await verifyPassword(user.password_hash, password);
    if (!ok) {
      const failures = user.failed_logins + 1;
      const lock = failures >= this.settings.maxFailedLogins;
      const until = lock ? new Date(now + this.settings.lockMs).toISOString() : null;
      await this.users.setLoginState(user.id, lock ? 0 : failures, until);
      if (lock) {
        await new AuditService(this.db).record({
          actor: { userId: null, label: 'system' },
          action: 'lock',
          entityType: 'user',
          entityId: user.id,
          after: { lockedUntil: until },
        });
        throw locked(until as string, now);
      }
      throw unauthorized('wrong email or password');
    }
    if (user.disabled) throw unauthorized('wrong email or password');
    if (user.failed_logins || user.locked_until) await this.users.setLoginState(user.id, 0, null);
    const sessionToken = await this.openSession(user.id, now);
    return { user, sessionToken };
  }

  private async openSession(userId: number, now: number): Promise<string> {
    const sessionToken = randomSecret();
    await this.auth.createSession(
      sha256(sessionToken),
      userId,
      new Date(now).toISOString(),
      new Date(now + this.settings.absoluteMs).toISOString(),
    );
    if (Math.random() < 0.05) await this.auth.deleteExpiredSessions(new Date(now).toISOString());
    return sessionToken;
  }

  async authenticateSession(sessionToken: string): Promise<Authenticated | undefined> {
    const idHash = sha256(sessionToken);
    const found = await this.auth.findSession(idHash);
    if (!found) return undefined;
    const now = Date.now();
    const idle = Date.parse(found.session.lastSeenAt) + this.settings.idleMs < now;
    if (idle || Date.parse(found.session.expiresAt) <= now || found.user.disabled) {
      await this.auth.deleteSession(idHash);
      return undefined;
    }
    if (now - Date.parse(found.session.lastSeenAt) > TOUCH_EVERY_MS)
      await this.auth.touchSession(idHash, new Date(now).toISOString());
    return {
      user: found.user,
      actor: actorOf(found.user),
      via: 'session',
      scope: 'write',
      sessionIdHash: idHash,
    };
  }

  async authenticateToken(token: string): Promise<Authenticated | undefined> {
    const found = await this.auth.findToken(sha256(token));
    if (!found || found.token.revoked_at || found.user.disabled) return undefined;
    const now = Date.now();
    if (!found.token.last_used_at || now - Date.parse(found.token.last_used_at) > TOUCH_EVERY_MS)
      await this.auth.touchToken(found.token.id, new Date(now).toISOString());
    return { user: found.user, actor: actorOf(found.user), via: 'token', scope: found.token.scope };
  }

  async logout(sessionToken: string): Promise<void> {
    await this.auth.deleteSession(sha256(sessionToken));
  }

  /** Ends every session of the user (API tokens stay: revoke them one by one). */
  async logoutEverywhere(user: UserRow): Promise<number> {
    const ended = await this.auth.deleteSessionsOf(user.id);
    await new AuditService(this.db).record({
      actor: auditActorOf(user),
      action: 'logout_everywhere',
      entityType: 'user',
      entityId: user.id,
      after: { sessionsEnded: ended },
    });
    return ended;
  }

  /** Changes the password after checking the current one; other sessions end, a fresh one is opened. */
  async changePassword(user: UserRow, current: string, next: string): Promise<{ sessionToken: string }> {
    if (!(await verifyPassword(user.password_hash, current)))
      throw unauthorized('the current password is wrong');
    const problem = passwordProblem(next, user.email);
    if (problem)
      throw badRequest('the new password is refused', {
        errors: [{ path: 'newPassword', message: problem }],
      });
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await new UserRepository(trx).setPassword(user.id, await hashPassword(next), now);
      await new AuthRepository(trx).deleteSessionsOf(user.id);
      await new AuditService(trx).record({
        actor: auditActorOf(user),
        action: 'change_password',
        entityType: 'user',
        entityId: user.id,
      });
    });
    return { sessionToken: await this.openSession(user.id, Date.now()) };
  }

  /** The caller's own preferences (the interface language); audited like any other write. */
  async setPreferences(user: UserRow, preferences: { locale: UserRow['locale'] }): Promise<UserRow> {
    return this.db.transaction().execute(async (trx) => {
      const updated = await new UserRepository(trx).setLocale(
        user.id,
        preferences.locale,
        new Date().toISOString(),
      );
      await new AuditService(trx).record({
        actor: auditActorOf(user),
        action: 'update',
        entityType: 'user',
        entityId: user.id,
        before: { locale: user.locale },
        after: { locale: updated.locale },
      });
      return updated;
    });
  }

  async createToken(
    user: UserRow,
    name: string,
    scope: TokenScope,
  ): Promise<{ token: string; dto: TokenDto }> {
    const token = `upr_${randomSecret()}`;
    const row = await this.db.transaction().execute(async (trx) => {
      const created = await new AuthRepository(trx).createToken({
        tokenHash: sha256(token),
        userId: user.id,
        scope,
        name,
        now: new Date().toISOString(),
      });
      await new AuditService(trx).record({
        actor: auditActorOf(user),
        action: 'create',
        entityType: 'api_token',
        entityId: created.id,
        after: presentToken(created),
      });
      return created;
    });
    return { token, dto: presentToken(row) };
  }

  async listTokens(user: UserRow): Promise<TokenDto[]> {
    return (await this.auth.listTokens(user.id)).map(presentToken);
  }

  /** Revokes one of the user's own tokens (an administrator may revoke anyone's). */
  async revokeToken(user: UserRow, id: number): Promise<TokenDto> {
    const token = await this.auth.findTokenById(id);
    if (!token || (token.user_id !== user.id && user.role !== 'admin')) throw notFound(`no token ${id}`);
    if (token.revoked_at) return presentToken(token);
    return this.db.transaction().execute(async (trx) => {
      const revoked = (await new AuthRepository(trx).revokeToken(id, new Date().toISOString())) ?? token;
      await new AuditService(trx).record({
        actor: auditActorOf(user),
        action: 'revoke',
        entityType: 'api_token',
        entityId: id,
        before: presentToken(token),
        after: presentToken(revoked),
      });
      return presentToken(revoked);
    });
  }
}

function locked(until: string, now: number): HttpProblem {
  const seconds = Math.max(1, Math.ceil((Date.parse(until) - now) / 1000));
  return new HttpProblem(
    429,
    'Too Many Requests',
    'too many failed sign-ins: the account is locked for a while',
    {
      retryAfter: seconds,
    },
  );
}

export function presentToken(row: ApiTokenRow): TokenDto {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}
