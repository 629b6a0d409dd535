/**
 * Every route against every role over real HTTP: allowed callers get past the policy (any status but
 * 401/403), refused ones get 401 (anonymous) or 403. The table must cover every route the app serves,
 * and the OpenAPI document must validate against the 3.1 schema and list every route.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/db/schema.ts';
import { RecommendationService } from '../../src/modules/recommendations/recommendation.service.ts';
import { testDialects } from '../../src/test/databases.ts';
import { call, PASSWORD, ROLE_NAMES, type Server, startServer } from './api.helpers.ts';

type Who = Role | 'anonymous';
const ALL: Who[] = ['anonymous', ...ROLE_NAMES];
const SIGNED_IN: Who[] = [...ROLE_NAMES];
const MANAGERS: Who[] = ['admin', 'coordinator'];
const FOCAL: Who[] = ['admin', 'coordinator', 'agency_focal_point'];

interface Row {
  method: string;
  route: string;
  path: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  allowed: Who[];
}

interface Fixture {
  assigned: number;
  draft: number;
  agency: number;
  organization: number;
  user: number;
  term: number;
}

const row = (method: string, route: string, allowed: Who[], body?: Row['body'], path?: Row['path']): Row => ({
  method,
  route,
  allowed,
  ...(body ? { body } : {}),
  path: path ?? (() => route),
});

const TABLE: Row[] = [
  row('GET', '/api/health', ALL),
  row('GET', '/api/openapi.json', ALL),
  row('POST', '/api/auth/logout', SIGNED_IN),
  row('POST', '/api/auth/logout-everywhere', SIGNED_IN),
  row('GET', '/api/auth/me', SIGNED_IN),
  row('PATCH', '/api/auth/me', SIGNED_IN, () => ({ locale: 'ru' })),
  row('POST', '/api/auth/password', SIGNED_IN, () => ({ currentPassword: PASSWORD, newPassword: PASSWORD })),
  row('GET', '/api/auth/tokens', SIGNED_IN),
  row('POST', '/api/auth/tokens', SIGNED_IN, () => ({ name: 'matrix', scope: 'read' })),
  row(
    'POST',
    '/api/auth/tokens/:id/revoke',
    SIGNED_IN,
    () => ({}),
    () => '/api/auth/tokens/999999/revoke',
  ),
  row('GET', '/api/recommendations', ALL),
  row(
    'GET',
    '/api/recommendations/export',
    SIGNED_IN,
    undefined,
    () => '/api/recommendations/export?format=json',
  ),
  row('GET', '/api/recommendations/:id', ALL, undefined, (f) => `/api/recommendations/${f.assigned}`),
  row(
    'GET',
    '/api/recommendations/:id/similar',
    ALL,
    undefined,
    (f) => `/api/recommendations/${f.assigned}/similar`,
  ),
  row(
    'GET',
    '/api/reviews/:state/:cycle/near-duplicates',
    ALL,
    undefined,
    () => '/api/reviews/KAZ/2/near-duplicates',
  ),
  row(
    'GET',
    '/api/recommendations/:id/history',
    MANAGERS,
    undefined,
    (f) => `/api/recommendations/${f.assigned}/history`,
  ),
  row('POST', '/api/recommendations', MANAGERS, () => ({
    stateUnderReview: 'KAZ',
    cycle: 3,
    paragraph: '9.9',
    text: 'Matrix',
  })),
  row(
    'PATCH',
    '/api/recommendations/:id',
    ['admin', 'coordinator', 'agency_focal_point'],
    () => ({ version: 999, position: 'noted' }),
    (f) => `/api/recommendations/${f.assigned}`,
  ),
  row('POST', '/api/recommendations/bulk', ['admin', 'coordinator', 'agency_focal_point'], (f) => ({
    items: [{ id: f.assigned, version: 999 }],
    set: { position: 'noted' },
  })),
  row(
    'POST',
    '/api/recommendations/:id/archive',
    MANAGERS,
    () => ({ version: 999 }),
    (f) => `/api/recommendations/${f.assigned}/archive`,
  ),
  row(
    'POST',
    '/api/recommendations/:id/restore',
    MANAGERS,
    () => ({ version: 999 }),
    (f) => `/api/recommendations/${f.assigned}/restore`,
  ),
  row(
    'GET',
    '/api/recommendations/:id/suggestions',
    SIGNED_IN,
    undefined,
    (f) => `/api/recommendations/${f.assigned}/suggestions`,
  ),
  row(
    'POST',
    '/api/recommendations/:id/suggestions/terms/:termId',
    MANAGERS,
    () => ({ decision: 'accept' }),
    (f) => `/api/recommendations/${f.assigned}/suggestions/terms/${f.term}`,
  ),
  row(
    'POST',
    '/api/recommendations/:id/suggestions/action-category',
    MANAGERS,
    () => ({ decision: 'reject' }),
    (f) => `/api/recommendations/${f.assigned}/suggestions/action-category`,
  ),
  row('POST', '/api/suggestions/accept', MANAGERS, () => ({
    state: 'KAZ',
    cycle: 9,
    taxonomy: 'upr-info-issue',
    minConfidence: 0.99,
  })),
  row('GET', '/api/classifier', MANAGERS),
  // Sessions without any recommendation: the training starts and fails at once, nothing is written.
  row('POST', '/api/classifier/train', MANAGERS, () => ({ trainSessions: '999', suggest: false })),
  row('GET', '/api/stats', ALL),
  row('GET', '/api/recommendations/facets', ALL, undefined, () => '/api/recommendations/facets?cycle=2'),
  row('GET', '/api/saved-views', SIGNED_IN),
  row('POST', '/api/saved-views', SIGNED_IN, () => ({ name: 'matrix', query: 'cycle=2' })),
  row('DELETE', '/api/saved-views/:id', SIGNED_IN, undefined, () => '/api/saved-views/999999'),
  row('GET', '/api/states', ALL),
  row('GET', '/api/states/:iso3', ALL, undefined, () => '/api/states/KAZ'),
  row('GET', '/api/mechanisms', ALL),
  row('GET', '/api/cycles', ALL),
  row('GET', '/api/sessions', ALL),
  row('GET', '/api/taxonomies', ALL),
  row('GET', '/api/taxonomies/:code/terms', ALL, undefined, () => '/api/taxonomies/sdg/terms'),
  row(
    'POST',
    '/api/taxonomies/:code/terms',
    ['admin'],
    () => ({ code: 'matrix-term', labelEn: 'Matrix' }),
    () => '/api/taxonomies/upr-info-issue/terms',
  ),
  row(
    'PATCH',
    '/api/terms/:id',
    ['admin'],
    () => ({}),
    (f) => `/api/terms/${f.term}`,
  ),
  row('GET', '/api/agencies', ALL),
  row('GET', '/api/agencies/:id', ALL, undefined, (f) => `/api/agencies/${f.agency}`),
  row('POST', '/api/agencies', MANAGERS, () => ({ nameEn: 'A', nameRu: 'А', nameKk: 'А' })),
  row(
    'PATCH',
    '/api/agencies/:id',
    MANAGERS,
    () => ({ version: 999 }),
    (f) => `/api/agencies/${f.agency}`,
  ),
  row(
    'POST',
    '/api/agencies/:id/archive',
    MANAGERS,
    () => ({ version: 999 }),
    (f) => `/api/agencies/${f.agency}/archive`,
  ),
  row(
    'POST',
    '/api/agencies/:id/restore',
    MANAGERS,
    () => ({ version: 999 }),
    (f) => `/api/agencies/${f.agency}/restore`,
  ),
  row('GET', '/api/organizations', ALL),
  row('GET', '/api/organizations/:id', ALL, undefined, (f) => `/api/organizations/${f.organization}`),
  row('POST', '/api/organizations', MANAGERS, () => ({ nameEn: 'O', nameRu: 'О', nameKk: 'О', kind: 'ngo' })),
  row(
    'PATCH',
    '/api/organizations/:id',
    ['admin', 'coordinator', 'cs_contributor'],
    () => ({ version: 999 }),
    (f) => `/api/organizations/${f.organization}`,
  ),
  row(
    'POST',
    '/api/organizations/:id/archive',
    MANAGERS,
    () => ({ version: 999 }),
    (f) => `/api/organizations/${f.organization}/archive`,
  ),
  row(
    'POST',
    '/api/organizations/:id/restore',
    MANAGERS,
    () => ({ version: 999 }),
    (f) => `/api/organizations/${f.organization}/restore`,
  ),
  row('GET', '/api/users', MANAGERS),
  row('GET', '/api/users/:id', MANAGERS, undefined, (f) => `/api/users/${f.user}`),
  row('POST', '/api/users', ['admin'], () => ({ email: 'bad', role: 'viewer' })),
  row(
    'PATCH',
    '/api/users/:id',
    ['admin'],
    () => ({ version: 999 }),
    (f) => `/api/users/${f.user}`,
  ),
  row('GET', '/api/audit', MANAGERS),
  row('POST', '/api/imports', MANAGERS, () => ({})),
  row(
    'GET',
    '/api/imports/:id',
    MANAGERS,
    undefined,
    () => '/api/imports/00000000-0000-4000-8000-000000000000',
  ),
  // The dialogue with civil society (issue 6): people, coalition membership, reports, consultations, summaries.
  row('GET', '/api/people', ALL),
  row('GET', '/api/people/:id', ALL, undefined, () => '/api/people/999999'),
  row('POST', '/api/people', ['admin', 'coordinator', 'cs_contributor'], (f) => ({
    nameRu: 'Матрица',
    organizationId: f.organization,
  })),
  row(
    'PATCH',
    '/api/people/:id',
    ['admin', 'coordinator', 'cs_contributor'],
    () => ({ version: 999 }),
    () => '/api/people/999999',
  ),
  row(
    'GET',
    '/api/organizations/:id/members',
    ALL,
    undefined,
    (f) => `/api/organizations/${f.organization}/members`,
  ),
  row(
    'PUT',
    '/api/organizations/:id/members',
    ['admin', 'coordinator', 'cs_contributor'],
    () => ({ memberIds: [] }),
    (f) => `/api/organizations/${f.organization}/members`,
  ),
  row('GET', '/api/alternative-reports', ALL),
  row(
    'GET',
    '/api/alternative-reports/coverage',
    ALL,
    undefined,
    (f) => `/api/alternative-reports/coverage?coalitionId=${f.organization}`,
  ),
  row('GET', '/api/alternative-reports/:id', ALL, undefined, () => '/api/alternative-reports/999999'),
  row('POST', '/api/alternative-reports', ['admin', 'coordinator', 'cs_contributor'], (f) => ({
    coalitionId: f.organization,
    number: 77,
    titleRu: 'Матрица',
  })),
  row(
    'PATCH',
    '/api/alternative-reports/:id',
    ['admin', 'coordinator', 'cs_contributor'],
    () => ({ version: 999 }),
    () => '/api/alternative-reports/999999',
  ),
  row(
    'POST',
    '/api/alternative-reports/:id/attachments',
    ['admin', 'coordinator', 'cs_contributor'],
    () => ({}),
    () => '/api/alternative-reports/999999/attachments',
  ),
  row(
    'GET',
    '/api/alternative-reports/:id/attachments/:attachmentId',
    ALL,
    undefined,
    () => '/api/alternative-reports/999999/attachments/1',
  ),
  row(
    'DELETE',
    '/api/alternative-reports/:id/attachments/:attachmentId',
    ['admin', 'coordinator', 'cs_contributor'],
    undefined,
    () => '/api/alternative-reports/999999/attachments/1',
  ),
  row('GET', '/api/consultations', ALL),
  row('GET', '/api/consultations/:id', ALL, undefined, () => '/api/consultations/999999'),
  row('POST', '/api/consultations', MANAGERS, () => ({
    titleRu: 'Матрица',
    startsAt: '2024-11-07T10:00:00+05:00',
  })),
  row(
    'PATCH',
    '/api/consultations/:id',
    MANAGERS,
    () => ({ version: 999 }),
    () => '/api/consultations/999999',
  ),
  row(
    'POST',
    '/api/consultations/:id/attachments',
    MANAGERS,
    () => ({}),
    () => '/api/consultations/999999/attachments',
  ),
  row(
    'GET',
    '/api/consultations/:id/attachments/:attachmentId',
    ALL,
    undefined,
    () => '/api/consultations/999999/attachments/1',
  ),
  row(
    'DELETE',
    '/api/consultations/:id/attachments/:attachmentId',
    MANAGERS,
    undefined,
    () => '/api/consultations/999999/attachments/1',
  ),
  row(
    'GET',
    '/api/recommendations/:id/dialogue',
    ALL,
    undefined,
    (f) => `/api/recommendations/${f.assigned}/dialogue`,
  ),
  row('GET', '/api/terms/:id/dialogue', ALL, undefined, (f) => `/api/terms/${f.term}/dialogue`),
  row(
    'POST',
    '/api/consultations/:id/summary',
    MANAGERS,
    () => ({ lang: 'ru' }),
    () => '/api/consultations/999999/summary',
  ),
  row('GET', '/api/consultations/:id/summaries', ALL, undefined, () => '/api/consultations/999999/summaries'),
  row(
    'PUT',
    '/api/consultations/:id/summaries/:lang',
    MANAGERS,
    () => ({ title: 'x', body: 'y' }),
    () => '/api/consultations/999999/summaries/ru',
  ),
  row('GET', '/api/summaries', ALL),
  // Implementation tracking (issue 7): clusters, measures, indicators, progress reports, assessments, statuses.
  row('GET', '/api/clusters', ALL, undefined, () => '/api/clusters?state=KAZ&cycle=3'),
  row('GET', '/api/clusters/:id', ALL, undefined, () => '/api/clusters/999999'),
  row('POST', '/api/clusters', MANAGERS, (f) => ({
    stateUnderReview: 'KAZ',
    cycle: 3,
    titleRu: 'Смертная казнь',
    recommendationIds: [f.assigned],
  })),
  row(
    'PATCH',
    '/api/clusters/:id',
    MANAGERS,
    () => ({ version: 999 }),
    () => '/api/clusters/999999',
  ),
  row('GET', '/api/measures', ALL, undefined, () => '/api/measures?state=KAZ'),
  row('GET', '/api/measures/:id', ALL, undefined, () => '/api/measures/999999'),
  row('POST', '/api/measures', MANAGERS, (f) => ({
    titleRu: 'Матрица',
    agencies: [{ agencyId: f.agency, role: 'lead' }],
    recommendationIds: [f.assigned],
  })),
  row(
    'PATCH',
    '/api/measures/:id',
    FOCAL,
    () => ({ version: 999 }),
    () => '/api/measures/999999',
  ),
  row(
    'POST',
    '/api/measures/:id/indicators',
    FOCAL,
    () => ({ nameRu: 'Показатель' }),
    () => '/api/measures/999999/indicators',
  ),
  row(
    'PATCH',
    '/api/indicators/:id',
    FOCAL,
    () => ({ version: 999 }),
    () => '/api/indicators/999999',
  ),
  row('GET', '/api/progress-reports', ALL),
  row('GET', '/api/progress-reports/:id', ALL, undefined, () => '/api/progress-reports/999999'),
  row('POST', '/api/progress-reports', FOCAL, () => ({ measureId: 999999, text: 'Матрица' })),
  row(
    'PATCH',
    '/api/progress-reports/:id',
    FOCAL,
    () => ({ version: 999 }),
    () => '/api/progress-reports/999999',
  ),
  row(
    'POST',
    '/api/progress-reports/:id/submit',
    FOCAL,
    () => ({ version: 999 }),
    () => '/api/progress-reports/999999/submit',
  ),
  row(
    'POST',
    '/api/progress-reports/:id/approve',
    MANAGERS,
    () => ({ version: 999 }),
    () => '/api/progress-reports/999999/approve',
  ),
  row(
    'POST',
    '/api/progress-reports/:id/return',
    MANAGERS,
    () => ({ version: 999, comment: 'Добавьте данные' }),
    () => '/api/progress-reports/999999/return',
  ),
  row(
    'POST',
    '/api/progress-reports/:id/attachments',
    FOCAL,
    () => ({}),
    () => '/api/progress-reports/999999/attachments',
  ),
  row(
    'GET',
    '/api/progress-reports/:id/attachments/:attachmentId',
    ALL,
    undefined,
    () => '/api/progress-reports/999999/attachments/1',
  ),
  row('GET', '/api/assessments', ALL),
  row('GET', '/api/assessments/:id', ALL, undefined, () => '/api/assessments/999999'),
  row('POST', '/api/assessments', ['admin', 'cs_contributor'], (f) => ({
    recommendationId: f.assigned,
    status: 'in_progress',
  })),
  row(
    'PATCH',
    '/api/assessments/:id',
    ['admin', 'cs_contributor'],
    () => ({ version: 999 }),
    () => '/api/assessments/999999',
  ),
  row(
    'GET',
    '/api/recommendations/:id/implementation',
    ALL,
    undefined,
    (f) => `/api/recommendations/${f.assigned}/implementation`,
  ),
  row(
    'PUT',
    '/api/recommendations/:id/implementation/override',
    MANAGERS,
    () => ({ version: 999, status: 'implemented', reason: 'Закон принят' }),
    (f) => `/api/recommendations/${f.assigned}/implementation/override`,
  ),
  row(
    'GET',
    '/api/implementation/recommendations',
    ALL,
    undefined,
    () => '/api/implementation/recommendations?state=KAZ&cycle=3&disagreement=true',
  ),
  row(
    'GET',
    '/api/implementation/progress',
    ALL,
    undefined,
    () => '/api/implementation/progress?state=KAZ&by=agency',
  ),
  row(
    'GET',
    '/api/implementation/overdue',
    ALL,
    undefined,
    () => '/api/implementation/overdue?asOf=2026-01-01',
  ),
  row(
    'GET',
    '/api/implementation/assessment-gap',
    ALL,
    undefined,
    () => '/api/implementation/assessment-gap?cycle=3',
  ),
  row('GET', '/api/notifications', SIGNED_IN),
  row(
    'POST',
    '/api/notifications/:id/read',
    SIGNED_IN,
    () => ({}),
    () => '/api/notifications/999999/read',
  ),
  row('POST', '/api/notifications/read-all', SIGNED_IN, () => ({})),
  row('GET', '/api/settings/mail', ['admin']),
  row('PUT', '/api/settings/mail', ['admin'], () => ({
    host: null,
    port: 587,
    secure: false,
    user: null,
    from: 'UPR <no-reply@example.org>',
    digestHour: 7,
    version: 999,
  })),
  row(
    'GET',
    '/api/reports/review',
    SIGNED_IN,
    undefined,
    () => '/api/reports/review?state=KAZ&cycle=3&kind=annex&format=xlsx&lang=en',
  ),
];

/** Routes the matrix leaves to their own tests (sign-in is public and answers 401 to a wrong password). */
const ELSEWHERE = ['POST /api/auth/login'];

describe.each(testDialects())('API policies over HTTP (%s)', (dialect) => {
  let server: Server;
  let fixture: Fixture;

  beforeAll(async () => {
    server = await startServer(dialect);
    const service = new RecommendationService(server.database.db);
    const admin = {
      userId: server.users.admin.id,
      role: 'admin' as const,
      agencyId: null,
      organizationId: null,
    };
    const actor = { userId: admin.userId, label: 'admin' };
    const base = {
      mechanism: 'UPR',
      session: null,
      documentSymbol: null,
      textLang: 'en' as const,
      translations: {},
      recommendingStates: ['FRA'],
      position: 'supported' as const,
      positionSource: null,
      actionCategory: null,
      termIds: [],
    };
    const assigned = await service.create(
      {
        ...base,
        stateUnderReview: 'KAZ',
        cycle: 3,
        paragraph: '1.1',
        text: 'Abolish the death penalty',
        agencyIds: [server.agencyId],
        published: true,
      },
      admin,
      actor,
    );
    const draft = await service.create(
      {
        ...base,
        stateUnderReview: 'KAZ',
        cycle: 3,
        paragraph: '1.2',
        text: 'A draft',
        agencyIds: [],
        published: false,
      },
      admin,
      actor,
    );
    const term = await server.database.db.selectFrom('terms').select('id').executeTakeFirstOrThrow();
    fixture = {
      assigned: assigned.id,
      draft: draft.id,
      agency: server.agencyId,
      organization: server.organizationId,
      user: server.users.viewer.id,
      term: term.id,
    };
  });
  afterAll(() => server.close());

  it('the table covers every route the app serves', () => {
    const served = server.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    const covered = [...TABLE.map((r) => `${r.method} ${r.route}`), ...ELSEWHERE].sort();
    expect(covered).toEqual(served);
  });

  for (const entry of TABLE) {
    for (const who of ['anonymous', ...ROLE_NAMES] as Who[]) {
      const allowed = entry.allowed.includes(who);
      it(`${entry.method} ${entry.route}: ${who} ${allowed ? 'allowed' : 'refused'}`, async () => {
        const response = await call(server, entry.method, entry.path(fixture), {
          ...(who === 'anonymous' ? {} : { token: server.users[who].token }),
          ...(entry.body ? { body: entry.body(fixture) } : {}),
        });
        if (allowed) expect([401, 403], JSON.stringify(response.body)).not.toContain(response.status);
        else expect(response.status).toBe(who === 'anonymous' ? 401 : 403);
        if (response.status >= 400)
          expect(response.headers.get('content-type')).toContain('application/problem+json');
      });
    }
  }

  it('a focal point may not edit a recommendation of another agency, and the public never sees drafts', async () => {
    const other = await call(server, 'PATCH', `/api/recommendations/${fixture.draft}`, {
      token: server.users.agency_focal_point.token,
      body: { version: 1, position: 'noted' },
    });
    expect(other.status).toBe(403);
    expect((await call(server, 'GET', `/api/recommendations/${fixture.draft}`)).status).toBe(404);
    const list = await call(server, 'GET', '/api/recommendations');
    expect(list.body.items.map((r: { id: number }) => r.id)).not.toContain(fixture.draft);
    const mine = await call(server, 'GET', `/api/recommendations/${fixture.assigned}`, {
      token: server.users.agency_focal_point.token,
    });
    expect(mine.body.abilities).toMatchObject({ read: true, update: true, archive: false, publish: false });
  });

  it('serves an OpenAPI 3.1 document that validates and lists every route', async () => {
    const { body: doc } = await call(server, 'GET', '/api/openapi.json');
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const served = server.app.apiRoutes.map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual(served.sort());
    const docs = await fetch(`${server.url}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).not.toMatch(/https?:\/\/(cdn|unpkg)/);
  });
});
