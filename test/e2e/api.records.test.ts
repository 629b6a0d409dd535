/** Writes over real HTTP: versions and 409s, the audit trail, paging, export, upload jobs and hostile input. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../src/test/databases.ts';
import { call, type Server, startServer } from './api.helpers.ts';

const HOSTILE = `Robert'); DROP TABLE recommendations;-- <script>alert("x")</script> ' OR 1=1 --`;

describe.each(testDialects())('API records (%s)', (dialect) => {
  let server: Server;
  let token: string;
  beforeAll(async () => {
    server = await startServer(dialect);
    token = server.users.coordinator.token;
  });
  afterAll(() => server.close());

  it('creates, updates with a version, answers 409 with the current record when stale, and audits each write', async () => {
    const created = await call(server, 'POST', '/api/recommendations', {
      token,
      body: {
        stateUnderReview: 'kaz',
        cycle: 3,
        session: 34,
        paragraph: '140.1',
        text: 'Ratify OP-CAT',
        recommendingStates: ['FRA', 'DEU'],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      stateUnderReview: 'KAZ',
      published: false,
      version: 1,
      recommendingStates: ['DEU', 'FRA'],
    });
    const id = created.body.id;
    const first = await call(server, 'PATCH', `/api/recommendations/${id}`, {
      token,
      body: { version: 1, position: 'supported', agencyIds: [server.agencyId] },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, position: 'supported', agencyIds: [server.agencyId] });
    const stale = await call(server, 'PATCH', `/api/recommendations/${id}`, {
      token,
      body: { version: 1, position: 'noted' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id, version: 2, position: 'supported' });
    const archived = await call(server, 'POST', `/api/recommendations/${id}/archive`, {
      token,
      body: { version: 2 },
    });
    expect(archived.body.archived).toBe(true);
    expect(
      (await call(server, 'GET', `/api/recommendations?archived=only`, { token })).body.items.map(
        (r: { id: number }) => r.id,
      ),
    ).toContain(id);
    const restored = await call(server, 'POST', `/api/recommendations/${id}/restore`, { token, body: {} });
    expect(restored.body.archived).toBe(false);
    const history = await call(server, 'GET', `/api/recommendations/${id}/history`, { token });
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual([
      'restore',
      'archive',
      'update',
      'create',
    ]);
    const update = history.body.items[2];
    expect(update.actor.label).toBe(server.users.coordinator.email);
    expect(update.diff.position).toEqual({ before: 'unknown', after: 'supported' });
    expect(update.diff.agencyIds).toEqual({ before: [], after: [server.agencyId] });
    const audit = await call(
      server,
      'GET',
      `/api/audit?entityType=recommendation&entityId=${id}&actorUserId=${server.users.coordinator.id}`,
      { token },
    );
    expect(audit.body.items).toHaveLength(4);
  });

  it('bulk-updates all or nothing and audits every record', async () => {
    const ids: { id: number; version: number }[] = [];
    for (const p of ['2.1', '2.2', '2.3']) {
      const r = await call(server, 'POST', '/api/recommendations', {
        token,
        body: { stateUnderReview: 'KAZ', cycle: 2, paragraph: p, text: `Bulk ${p}`, published: true },
      });
      ids.push({ id: r.body.id, version: r.body.version });
    }
    const stale = await call(server, 'POST', '/api/recommendations/bulk', {
      token,
      body: { items: [...ids.slice(0, 2), { id: ids[2]?.id, version: 7 }], set: { position: 'noted' } },
    });
    expect(stale.status).toBe(409);
    expect((await call(server, 'GET', `/api/recommendations/${ids[0]?.id}`, { token })).body.position).toBe(
      'unknown',
    );
    const ok = await call(server, 'POST', '/api/recommendations/bulk', {
      token,
      body: { items: ids, set: { position: 'noted', agencyIds: [server.otherAgencyId] } },
    });
    expect(ok.status).toBe(200);
    expect(
      ok.body.items.every(
        (r: { position: string; version: number }) => r.position === 'noted' && r.version === 2,
      ),
    ).toBe(true);
    const audit = await call(server, 'GET', '/api/audit?action=bulk_update', { token });
    expect(audit.body.items).toHaveLength(3);
  });

  it('audits writes to agencies, organizations, users and terms', async () => {
    const admin = server.users.admin.token;
    const agency = await call(server, 'POST', '/api/agencies', {
      token: admin,
      body: { nameEn: 'Courts', nameRu: 'Суды', nameKk: 'Соттар' },
    });
    await call(server, 'PATCH', `/api/agencies/${agency.body.id}`, {
      token: admin,
      body: { version: 1, nameEn: 'Supreme Court' },
    });
    const org = await call(server, 'POST', '/api/organizations', {
      token: admin,
      body: { nameEn: 'Bureau', nameRu: 'Бюро', nameKk: 'Бюро', kind: 'ngo' },
    });
    const user = await call(server, 'POST', '/api/users', {
      token: admin,
      body: { email: 'new@example.org', role: 'viewer' },
    });
    expect(user.body.oneTimePassword).toHaveLength(20);
    expect(user.body.mustChangePassword).toBe(true);
    const term = await call(server, 'POST', '/api/taxonomies/upr-info-issue/terms', {
      token: admin,
      body: { code: 'new-issue', labelEn: 'New issue' },
    });
    expect(term.status).toBe(201);
    const entries = (await call(server, 'GET', '/api/audit?limit=500', { token: admin })).body.items as {
      entityType: string;
      entityId: string;
      action: string;
      after: Record<string, unknown>;
    }[];
    const has = (type: string, id: unknown, action: string) =>
      entries.some((e) => e.entityType === type && e.entityId === String(id) && e.action === action);
    expect(has('agency', agency.body.id, 'create')).toBe(true);
    expect(has('agency', agency.body.id, 'update')).toBe(true);
    expect(has('organization', org.body.id, 'create')).toBe(true);
    expect(has('user', user.body.id, 'create')).toBe(true);
    expect(has('term', term.body.id, 'create')).toBe(true);
    expect(JSON.stringify(entries)).not.toMatch(/argon2/);
  });

  it('pages with a cursor in any sort order without repeats', async () => {
    for (let i = 0; i < 7; i++)
      await call(server, 'POST', '/api/recommendations', {
        token,
        body: { stateUnderReview: 'KAZ', cycle: 1, paragraph: `5.${i}`, text: `Paged ${i}`, published: true },
      });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/recommendations?cycle=1&sort=-paragraph&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await call(server, 'GET', q);
      expect(page.body.total).toBe(7);
      seen.push(...page.body.items.map((r: { id: number }) => r.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(7);
    const bad = await call(server, 'GET', '/api/recommendations?cursor=garbage');
    expect(bad.status).toBe(400);
  });

  it('exports the filtered list as CSV, JSON and XLSX', async () => {
    const csv = await fetch(`${server.url}/api/recommendations/export?format=csv&cycle=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text.split('\n').filter(Boolean)).toHaveLength(8);
    const json = await call(server, 'GET', '/api/recommendations/export?format=json&cycle=1', { token });
    expect(json.body).toHaveLength(7);
    const xlsx = await fetch(`${server.url}/api/recommendations/export?format=xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('stores SQL and script payloads as text and returns them unchanged', async () => {
    const created = await call(server, 'POST', '/api/recommendations', {
      token,
      body: {
        stateUnderReview: 'KAZ',
        cycle: 4,
        paragraph: HOSTILE.slice(0, 50),
        text: HOSTILE,
        documentSymbol: HOSTILE.slice(0, 100),
        positionSource: HOSTILE,
        translations: { ru: HOSTILE },
      },
    });
    expect(created.status).toBe(201);
    const read = await call(server, 'GET', `/api/recommendations/${created.body.id}`, { token });
    expect(read.body.text).toBe(HOSTILE);
    expect(read.body.translations.ru).toBe(HOSTILE);
    expect(read.body.positionSource).toBe(HOSTILE);
    const search = await call(server, 'GET', `/api/recommendations?q=${encodeURIComponent("' OR 1=1 --")}`, {
      token,
    });
    expect(search.status).toBe(200);
    const agency = await call(server, 'POST', '/api/agencies', {
      token,
      body: { nameEn: HOSTILE, nameRu: HOSTILE, nameKk: HOSTILE },
    });
    expect((await call(server, 'GET', `/api/agencies/${agency.body.id}`)).body.nameEn).toBe(HOSTILE);
    expect((await call(server, 'GET', '/api/stats', { token })).status).toBe(200);
  });

  it('refuses malformed JSON, oversized bodies and invalid fields as problem+json with field paths', async () => {
    const malformed = await call(server, 'POST', '/api/agencies', {
      token,
      headers: { 'content-type': 'application/json' },
      raw: '{"nameEn": ',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('application/problem+json');
    const huge = await call(server, 'POST', '/api/agencies', {
      token,
      body: { nameEn: 'x'.repeat(100_000), nameRu: 'x', nameKk: 'x' },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.status).toBe(413);
    const invalid = await call(server, 'POST', '/api/recommendations', {
      token,
      body: { stateUnderReview: 'K', text: '', cycle: 9 },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['body.stateUnderReview', 'body.text', 'body.cycle']),
    );
    const query = await call(server, 'GET', '/api/recommendations?limit=100000');
    expect(query.body.errors[0].path).toBe('querystring.limit');
    const noRoute = await call(server, 'GET', '/api/nothing-here');
    expect(noRoute.status).toBe(404);
    expect(noRoute.headers.get('content-type')).toContain('application/problem+json');
  });

  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('imports an upload as a job with progress and a report, under a sanitized name', async () => {
    const csv =
      'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n' +
      'Kazakhstan,Asia,OIC,"Abolish the death penalty",France,WEOG,EU,Accepted,5,"Death penalty",7\n';
    const form = new FormData();
    form.append('format', 'auto');
    form.append('file', new Blob([csv], { type: 'text/csv' }), '../../../etc/evil name;rm -rf .csv');
    const started = await fetch(`${server.url}/api/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    // biome-ignore lint/suspicious/noExplicitAny: the job as the API sends it
    const job = (await started.json()) as any;
    expect(started.status).toBe(202);
    expect(job.fileName).not.toContain('/');
    expect(job.fileName).not.toContain('..');
    let state = job;
    for (let i = 0; i < 100 && state.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await call(server, 'GET', `/api/imports/${job.id}`, { token })).body;
    }
    expect(state.status, JSON.stringify(state)).toBe('done');
    expect(state.report).toMatchObject({ ok: true, added: 1 });
    expect(state.progress.bytesTotal).toBeGreaterThan(0);
    const audit = await call(server, 'GET', '/api/audit?action=import', { token });
    expect(audit.body.items[0].actor.label).toBe(server.users.coordinator.email);
    // Imported recommendations are public.
    const publicList = await call(server, 'GET', '/api/recommendations?cycle=1&session=7');
    expect(publicList.body.items[0]).toMatchObject({ published: true, stateUnderReview: 'KAZ' });
    const tooBig = new FormData();
    tooBig.append('file', new Blob(['x'.repeat(3 * 1024 * 1024)]), 'big.csv');
    const refused = await fetch(`${server.url}/api/imports`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: tooBig,
    });
    expect(refused.status).toBe(413);
  });
});
