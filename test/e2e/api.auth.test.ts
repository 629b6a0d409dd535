/** Signing in over real HTTP: cookies, wrong passwords, lockout, throttling, CSRF, tokens and their scopes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/test/databases.ts';
import { call, login, PASSWORD, type Server, startServer } from './api.helpers.ts';

describe.each(testDialects())('API sign-in (%s)', (dialect) => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(dialect);
  });
  afterAll(() => server.close());

  it('signs in with a session cookie (http-only, SameSite=Lax) and answers /me with the CSRF token', async () => {
    const { response, cookie, csrf } = await login(server, server.users.viewer.email);
    expect(response.status).toBe(200);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(response.body.user.email).toBe(server.users.viewer.email);
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const me = await call(server, 'GET', '/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(csrf);
    expect(me.body.abilities.recommendation).toMatchObject({ read: true, create: false });
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const wrong = await login(server, server.users.viewer.email, 'not the password at all');
    const unknown = await login(server, 'nobody@example.org', 'not the password at all');
    expect(wrong.response.status).toBe(401);
    expect(unknown.response.status).toBe(401);
    expect(wrong.response.body.detail).toBe(unknown.response.body.detail);
    expect(wrong.response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('locks the account after five failures, even for the right password, and logs the lock', async () => {
    const email = server.users.cs_contributor.email;
    for (let i = 0; i < 4; i++)
      expect((await login(server, email, `wrong password ${i}`)).response.status).toBe(401);
    const fifth = await login(server, email, 'wrong password 5');
    expect(fifth.response.status).toBe(429);
    expect(Number(fifth.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(server, email)).response.status).toBe(429);
    const audit = await call(server, 'GET', '/api/audit?action=lock', { token: server.users.admin.token });
    expect(audit.body.items[0]).toMatchObject({
      entityType: 'user',
      entityId: String(server.users.cs_contributor.id),
    });
    // The administrator unlocks it.
    const user = await call(server, 'GET', `/api/users/${server.users.cs_contributor.id}`, {
      token: server.users.admin.token,
    });
    const unlocked = await call(server, 'PATCH', `/api/users/${user.body.id}`, {
      token: server.users.admin.token,
      body: { version: user.body.version, unlock: true },
    });
    expect(unlocked.status).toBe(200);
    expect((await login(server, email)).response.status).toBe(200);
  });

  it('refuses cookie writes without the CSRF header or from another origin', async () => {
    const { cookie, csrf } = await login(server, server.users.coordinator.email);
    const body = { nameEn: 'Agency', nameRu: 'Ведомство', nameKk: 'Мекеме' };
    const noHeader = await call(server, 'POST', '/api/agencies', { headers: { cookie }, body });
    expect(noHeader.status).toBe(403);
    const crossSite = await call(server, 'POST', '/api/agencies', {
      headers: { cookie, 'x-csrf-token': csrf, origin: 'https://evil.example' },
      body,
    });
    expect(crossSite.status).toBe(403);
    const wrongToken = await call(server, 'POST', '/api/agencies', {
      headers: { cookie, 'x-csrf-token': 'x'.repeat(64) },
      body,
    });
    expect(wrongToken.status).toBe(403);
    const ok = await call(server, 'POST', '/api/agencies', {
      headers: { cookie, 'x-csrf-token': csrf, origin: server.url },
      body,
    });
    expect(ok.status).toBe(201);
  });

  it('logs out, and logs out everywhere', async () => {
    const first = await login(server, server.users.viewer.email);
    const second = await login(server, server.users.viewer.email);
    const out = await call(server, 'POST', '/api/auth/logout', {
      headers: { cookie: first.cookie, 'x-csrf-token': first.csrf },
    });
    expect(out.status).toBe(200);
    expect((await call(server, 'GET', '/api/auth/me', { headers: { cookie: first.cookie } })).status).toBe(
      401,
    );
    expect((await call(server, 'GET', '/api/auth/me', { headers: { cookie: second.cookie } })).status).toBe(
      200,
    );
    const third = await login(server, server.users.viewer.email);
    const all = await call(server, 'POST', '/api/auth/logout-everywhere', {
      headers: { cookie: third.cookie, 'x-csrf-token': third.csrf },
    });
    expect(all.body.sessionsEnded).toBeGreaterThanOrEqual(2);
    expect((await call(server, 'GET', '/api/auth/me', { headers: { cookie: second.cookie } })).status).toBe(
      401,
    );
  });

  it('changes the password with the current one and refuses weak ones', async () => {
    const { cookie, csrf } = await login(server, server.users.agency_focal_point.email);
    const headers = { cookie, 'x-csrf-token': csrf };
    const short = await call(server, 'POST', '/api/auth/password', {
      headers,
      body: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].path).toBe('newPassword');
    const common = await call(server, 'POST', '/api/auth/password', {
      headers,
      body: { currentPassword: PASSWORD, newPassword: 'password1234' },
    });
    expect(common.status).toBe(400);
    const wrong = await call(server, 'POST', '/api/auth/password', {
      headers,
      body: { currentPassword: 'nope nope nope', newPassword: 'a much better passphrase 7' },
    });
    expect(wrong.status).toBe(401);
    const ok = await call(server, 'POST', '/api/auth/password', {
      headers,
      body: { currentPassword: PASSWORD, newPassword: 'a much better passphrase 7' },
    });
    expect(ok.status).toBe(200);
    expect((await call(server, 'GET', '/api/auth/me', { headers: { cookie } })).status).toBe(401);
    expect(
      (await login(server, server.users.agency_focal_point.email, 'a much better passphrase 7')).response
        .status,
    ).toBe(200);
  });

  it('creates API tokens shown once, enforces their scope and revokes them', async () => {
    const created = await call(server, 'POST', '/api/auth/tokens', {
      token: server.users.coordinator.token,
      body: { name: 'script', scope: 'read' },
    });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^upr_/);
    const listed = await call(server, 'GET', '/api/auth/tokens', { token: server.users.coordinator.token });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const read = await call(server, 'GET', '/api/auth/me', { token: created.body.token });
    expect(read.body.scope).toBe('read');
    const write = await call(server, 'POST', '/api/agencies', {
      token: created.body.token,
      body: { nameEn: 'X', nameRu: 'X', nameKk: 'X' },
    });
    expect(write.status).toBe(403);
    expect(write.body.detail).toMatch(/read-only/);
    const revoked = await call(server, 'POST', `/api/auth/tokens/${created.body.id}/revoke`, {
      token: server.users.coordinator.token,
      body: {},
    });
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await call(server, 'GET', '/api/auth/me', { token: created.body.token })).status).toBe(401);
    expect((await call(server, 'GET', '/api/recommendations', { token: 'upr_forged' })).status).toBe(401);
  });

  it('throttles sign-in attempts per client address', async () => {
    const strict = await startServer(dialect, { loginRateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await login(strict, `nobody${i}@example.org`, 'whatever whatever')).response.status);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await strict.close();
    }
  });
});
