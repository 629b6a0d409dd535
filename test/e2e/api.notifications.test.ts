/** Notifications, mail settings and report downloads over HTTP, as the web app uses them. */
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotificationRepository } from '../../src/modules/notifications/notification.repository.ts';
import { seedReviewForReports } from '../../src/modules/reports/report.fixtures.ts';
import { testDialects } from '../../src/test/databases.ts';
import { call, type Server, startServer } from './api.helpers.ts';

describe.each(testDialects())('notifications, mail settings and reports over HTTP (%s)', (dialect) => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(dialect);
    await seedReviewForReports(server.database.db);
    const focal = server.users.agency_focal_point.id;
    const note = (key: string, title: string, at: string) => ({
      user_id: focal,
      kind: 'due_soon' as const,
      title,
      body: `${title}.`,
      link: '/measures/1',
      dedupe_key: key,
      created_at: at,
    });
    await new NotificationRepository(server.database.db).enqueue(
      [note('a', 'First', '2025-03-01T08:00:00Z'), note('b', 'Second', '2025-03-02T08:00:00Z')],
      [],
    );
  });
  afterAll(() => server.close());

  it('lists a user’s own notifications newest first and marks them read', async () => {
    const token = server.users.agency_focal_point.token;
    const list = await call(server, 'GET', '/api/notifications', { token });
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(2);
    expect(list.body.items.map((n: { title: string }) => n.title)).toEqual(['Second', 'First']);
    expect(list.body.items[0].abilities).toEqual({ read: true, update: true });
    const [second, first] = list.body.items as { id: number }[];

    // Somebody else's notification does not exist for them.
    const foreign = await call(server, 'POST', `/api/notifications/${first?.id}/read`, {
      token: server.users.viewer.token,
      body: {},
    });
    expect(foreign.status).toBe(404);
    expect(
      (await call(server, 'GET', '/api/notifications', { token: server.users.viewer.token })).body.items,
    ).toEqual([]);

    const marked = await call(server, 'POST', `/api/notifications/${second?.id}/read`, { token, body: {} });
    expect(marked.status).toBe(200);
    expect(marked.body.readAt).toMatch(/^\d{4}-/);
    const unread = await call(server, 'GET', '/api/notifications?unread=true', { token });
    expect(unread.body.items.map((n: { title: string }) => n.title)).toEqual(['First']);
    expect((await call(server, 'POST', '/api/notifications/read-all', { token, body: {} })).body).toEqual({
      marked: 1,
    });
    expect((await call(server, 'GET', '/api/notifications', { token })).body.unread).toBe(0);
  });

  it('keeps the SMTP password on the server and refuses a stale change', async () => {
    const token = server.users.admin.token;
    const before = await call(server, 'GET', '/api/settings/mail', { token });
    expect(before.body).toMatchObject({ host: null, passwordSet: false, version: 0 });
    expect(before.body.transport).toMatch(/^file:/);
    const body = {
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      user: 'upr',
      password: 's3cret-smtp',
      from: 'UPR Tracker <upr@example.org>',
      digestHour: 6,
      version: 0,
    };
    const saved = await call(server, 'PUT', '/api/settings/mail', { token, body });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      host: 'smtp.example.org',
      passwordSet: true,
      version: 1,
      transport: 'smtp://smtp.example.org:587',
    });
    expect(JSON.stringify(saved.body)).not.toContain('s3cret');
    expect(JSON.stringify((await call(server, 'GET', '/api/settings/mail', { token })).body)).not.toContain(
      's3cret',
    );
    const stale = await call(server, 'PUT', '/api/settings/mail', { token, body });
    expect(stale.status).toBe(409);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['after_json'])
      .where('entity_type', '=', 'mail_settings')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.after_json).not.toContain('s3cret');
    // Keeping the password: leave it out.
    const kept = await call(server, 'PUT', '/api/settings/mail', {
      token,
      body: { ...body, password: undefined, version: 1 },
    });
    expect(kept.body.passwordSet).toBe(true);
  });

  it('streams a generated report to a signed-in user, not to the public', async () => {
    const response = await fetch(
      `${server.url}/api/reports/review?state=KAZ&cycle=3&kind=midterm&format=docx&lang=en`,
      {
        headers: { authorization: `Bearer ${server.users.viewer.token}` },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="upr-midterm-KAZ-cycle3-en.docx"',
    );
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(value).toContain('Death penalty');
    expect(value).toContain('Mid-term report');
    expect((await call(server, 'GET', '/api/reports/review?state=KAZ&cycle=3')).status).toBe(401);
    const missing = await call(server, 'GET', '/api/reports/review?state=KAZ&cycle=1', {
      token: server.users.viewer.token,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('no review of KAZ in cycle 1: it has no recommendations');
    const bad = await call(server, 'GET', '/api/reports/review?state=KAZ&cycle=3&format=odt', {
      token: server.users.viewer.token,
    });
    expect(bad.status).toBe(400);
  });
});
