/**
 * Implementation tracking over HTTP (issue 7): a measure answering a recommendation, a progress report with
 * evidence (links checked as http(s), a DOCX attachment), the approval flow as each role sees it, and the
 * recommendation's statuses side by side.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData, testDialects } from '../../src/test/databases.ts';
import { call, type Server, startServer } from './api.helpers.ts';

describe.each(testDialects())('implementation tracking over HTTP (%s)', (dialect) => {
  let server: Server;
  let recommendation: number;
  let measure: { id: number; indicators: { id: number; dueDates: string[] }[] };

  beforeAll(async () => {
    server = await startServer(dialect);
    const coordinator = server.users.coordinator.token;
    const created = await call(server, 'POST', '/api/recommendations', {
      token: coordinator,
      body: { stateUnderReview: 'KAZ', cycle: 3, paragraph: '7.1', text: 'Abolish the death penalty' },
    });
    recommendation = created.body.id;
    const made = await call(server, 'POST', '/api/measures', {
      token: coordinator,
      body: {
        titleRu: 'Закон об отмене смертной казни',
        titleEn: 'Law abolishing the death penalty',
        status: 'in_progress',
        agencies: [{ agencyId: server.agencyId, role: 'lead' }],
        recommendationIds: [recommendation],
      },
    });
    expect(made.status).toBe(201);
    const indicator = await call(server, 'POST', `/api/measures/${made.body.id}/indicators`, {
      token: server.users.agency_focal_point.token,
      body: { nameRu: 'Принят закон', schedule: { start: '2024-02-29', end: '2025-02-28', everyMonths: 6 } },
    });
    expect(indicator.body.dueDates).toEqual(['2024-02-29', '2024-08-29', '2025-02-28']);
    measure = (await call(server, 'GET', `/api/measures/${made.body.id}`)).body;
  }, 60_000);
  afterAll(() => server.close());

  it('refuses evidence links that are not http(s) addresses, naming the field', async () => {
    const response = await call(server, 'POST', '/api/progress-reports', {
      token: server.users.agency_focal_point.token,
      body: {
        measureId: measure.id,
        text: 'Отчёт',
        links: ['https://example.org/ok', 'javascript:alert(1)'],
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toMatchObject([{ path: 'body.links.1' }]);
  });

  it('takes a report from the focal point to the coordinator with a DOCX attached, and shows it on the recommendation', async () => {
    const focal = server.users.agency_focal_point.token;
    const coordinator = server.users.coordinator.token;
    const indicator = measure.indicators[0];
    const draft = await call(server, 'POST', '/api/progress-reports', {
      token: focal,
      body: {
        measureId: measure.id,
        indicatorId: indicator?.id,
        dueDate: '2024-08-29',
        text: 'Законопроект внесён в Мажилис',
        links: ['https://example.org/bill'],
      },
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', links: ['https://example.org/bill'] });
    const docx = readFileSync(
      sharedData(
        'upr',
        'slovenia-tracker',
        'original-docx',
        'UPR34_Slovenia_Thematic_list_of_Recommendations.docx',
      ),
    );
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(docx)]), 'Приказ.docx');
    const attached = await call(server, 'POST', `/api/progress-reports/${draft.body.id}/attachments`, {
      token: focal,
      raw: form,
    });
    expect(attached.status).toBe(201);
    const submitted = await call(server, 'POST', `/api/progress-reports/${draft.body.id}/submit`, {
      token: focal,
      body: { version: draft.body.version },
    });
    expect(submitted.body).toMatchObject({ status: 'submitted', attachments: [{ fileName: 'Приказ.docx' }] });
    const noComment = await call(server, 'POST', `/api/progress-reports/${draft.body.id}/return`, {
      token: coordinator,
      body: { version: submitted.body.version },
    });
    expect(noComment.status).toBe(400);
    const approved = await call(server, 'POST', `/api/progress-reports/${draft.body.id}/approve`, {
      token: coordinator,
      body: { version: submitted.body.version },
    });
    expect(approved.body).toMatchObject({ status: 'approved', abilities: { update: false, approve: false } });
    const download = await fetch(
      `${server.url}/api/progress-reports/${draft.body.id}/attachments/${attached.body.id}`,
    );
    expect(download.status).toBe(200);

    // A recommendation made through the API is a draft: the public does not see it, a viewer does.
    const hidden = await call(server, 'GET', `/api/recommendations/${recommendation}/implementation`);
    expect(hidden.status).toBe(404);
    const implementation = await call(
      server,
      'GET',
      `/api/recommendations/${recommendation}/implementation`,
      {
        token: server.users.viewer.token,
      },
    );
    expect(implementation.body).toMatchObject({
      derived: 'in_progress',
      government: 'in_progress',
      measures: [{ id: measure.id, via: 'direct' }],
      latestProgress: [{ id: draft.body.id, status: 'approved' }],
      abilities: { read: true, update: false },
    });
  });

  it('refuses a focal point of another agency with 403 and a contributor for another organization', async () => {
    const { UserService } = await import('../../src/modules/users/user.service.ts');
    const { AuthService } = await import('../../src/modules/auth/auth.service.ts');
    const { SYSTEM_ACTOR } = await import('../../src/modules/audit/audit.service.ts');
    const { user } = await new UserService(server.database.db).create(
      {
        email: 'other-focal@example.org',
        role: 'agency_focal_point',
        password: 'correct horse battery staple 42',
        agencyId: server.otherAgencyId,
      },
      SYSTEM_ACTOR,
    );
    const token = (await new AuthService(server.database.db).createToken(user, 'test', 'write')).token;
    const report = await call(server, 'POST', '/api/progress-reports', {
      token,
      body: { measureId: measure.id, text: 'Не наше' },
    });
    expect(report.status).toBe(403);
    const update = await call(server, 'PATCH', `/api/measures/${measure.id}`, {
      token,
      body: { version: 1, status: 'completed' },
    });
    expect(update.status).toBe(403);
    const assessment = await call(server, 'POST', '/api/assessments', {
      token: server.users.cs_contributor.token,
      body: {
        recommendationId: recommendation,
        organizationId: server.organizationId + 1000,
        status: 'implemented',
      },
    });
    expect(assessment.status).toBe(403);
  });

  it('shows the public no link to an unpublished recommendation, from measures or clusters', async () => {
    const coordinator = server.users.coordinator.token;
    const recommend = async (paragraph: string, published: boolean) => {
      const created = await call(server, 'POST', '/api/recommendations', {
        token: coordinator,
        body: { stateUnderReview: 'KAZ', cycle: 3, paragraph, text: `Draft ${paragraph}`, published },
      });
      expect(created.status).toBe(201);
      return created.body.id as number;
    };
    const open = await recommend('9.1', true);
    const draft = await recommend('9.2', false);
    const draftOfCluster = await recommend('9.3', false);
    const cluster = await call(server, 'POST', '/api/clusters', {
      token: coordinator,
      body: {
        stateUnderReview: 'KAZ',
        cycle: 3,
        titleRu: 'Пытки',
        recommendationIds: [open, draftOfCluster],
      },
    });
    expect(cluster.status).toBe(201);
    const made = await call(server, 'POST', '/api/measures', {
      token: coordinator,
      body: { titleRu: 'Мера', recommendationIds: [open, draft], clusterIds: [cluster.body.id] },
    });
    expect(made.status).toBe(201);
    const id = made.body.id as number;

    // The coordinator sees every link.
    expect(made.body.recommendationIds).toEqual([open, draft]);
    const signedIn = await call(server, 'GET', `/api/clusters/${cluster.body.id}`, { token: coordinator });
    expect(signedIn.body.recommendationIds).toEqual([open, draftOfCluster]);

    // The public sees the measure and the cluster with their published recommendations only.
    const one = await call(server, 'GET', `/api/measures/${id}`);
    expect(one.status).toBe(200);
    expect(one.body.recommendationIds).toEqual([open]);
    const listed = await call(server, 'GET', '/api/measures');
    const inList = listed.body.items.find((m: { id: number }) => m.id === id);
    expect(inList.recommendationIds).toEqual([open]);
    const publicCluster = await call(server, 'GET', `/api/clusters/${cluster.body.id}`);
    expect(publicCluster.body.recommendationIds).toEqual([open]);
    const clusters = await call(server, 'GET', '/api/clusters');
    expect(
      clusters.body.items.find((c: { id: number }) => c.id === cluster.body.id).recommendationIds,
    ).toEqual([open]);

    // Filtering by an unpublished recommendation tells the public nothing; a signed-in reader finds them.
    for (const path of [
      `/api/measures?recommendationId=${draft}`,
      `/api/measures?recommendationId=${draftOfCluster}`,
      `/api/clusters?recommendationId=${draftOfCluster}`,
    ]) {
      expect((await call(server, 'GET', path)).body.items).toEqual([]);
      const found = (await call(server, 'GET', path, { token: coordinator })).body.items;
      expect(found.map((x: { id: number }) => x.id)).toContain(
        path.includes('clusters') ? cluster.body.id : id,
      );
    }
    expect(
      (await call(server, 'GET', `/api/measures?recommendationId=${open}`)).body.items.map(
        (m: { id: number }) => m.id,
      ),
    ).toContain(id);
  });
});
