/**
 * The seed's event replayed through the HTTP API (issue 6): a coalition's eight alternative reports, the
 * consultation of 7 November 2024, its generated summary in Russian, Kazakh and English, publishing,
 * coverage, who may write what, the refusal of bad uploads and the removal of a wrong one.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DialogueClient, type SeededEvent, seedEvent } from '../../src/cli/demo-event.ts';
import { sharedData, testDialects } from '../../src/test/databases.ts';
import { call, type Server, startServer } from './api.helpers.ts';

function httpClient(server: Server, token: string): DialogueClient {
  const post = async (method: string, path: string, body: unknown): Promise<number> => {
    const response = await call(server, method, path, { token, body });
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body?.id as number;
  };
  return {
    async termId(taxonomy, code) {
      const { body } = await call(server, 'GET', `/api/taxonomies/${taxonomy}/terms`);
      const term = (body.items as { id: number; code: string }[]).find((t) => t.code === code);
      if (!term) throw new Error(`no term ${code}`);
      return term.id;
    },
    organization: (input) => post('POST', '/api/organizations', input),
    members: async (id, memberIds) => {
      await post('PUT', `/api/organizations/${id}/members`, { memberIds });
    },
    person: (input) => post('POST', '/api/people', input),
    recommendation: (input) => post('POST', '/api/recommendations', input),
    report: (input) => post('POST', '/api/alternative-reports', input),
    consultation: (input) => post('POST', '/api/consultations', input),
  };
}

function upload(server: Server, path: string, token: string, name: string, content: Buffer | Uint8Array) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), name);
  return call(server, 'POST', path, { token, raw: form });
}

describe.each(testDialects())('dialogue with civil society over HTTP (%s)', (dialect) => {
  let server: Server;
  let seeded: SeededEvent;
  let coordinator: string;

  beforeAll(async () => {
    server = await startServer(dialect);
    coordinator = server.users.coordinator.token;
    seeded = await seedEvent(httpClient(server, coordinator));
  }, 60_000);
  afterAll(() => server.close());

  it('generates the Russian summary the seed describes', async () => {
    const { status, body } = await call(
      server,
      'POST',
      `/api/consultations/${seeded.consultationId}/summary`,
      {
        token: coordinator,
        body: { lang: 'ru' },
      },
    );
    expect(status).toBe(200);
    expect(body.title).toBe('7 ноября 2024 г.: обсуждение альтернативных докладов № 2 и № 8');
    const text = body.body as string;
    expect(text).toContain('7 ноября 2024');
    expect(text).toContain('Председатель заседания — Жакселекова Б.Ш. (Вице-министр юстиции)');
    expect(text).toContain('альтернативные доклады № 2 и № 8');
    expect(text).toContain('16 рекомендаций — «Смертная казнь»');
    expect(text).toContain('8 рекомендаций — «Пытки');
    expect(text).toContain('5 рекомендаций — «Правосудие»');
    expect(text).toContain('3-й цикл УПО');
    expect(text).toContain('С докладами выступили 4 эксперта: Гусаков Ю.А.');
    expect(text).toContain('Моисеенко Г.В.');
    expect(text).toContain('Для обсуждения остаются 5 альтернативных докладов организации «Коалиция НПО РК»');
  });

  it('filters and counts recommendations discussed in a consultation', async () => {
    const report2 = await call(server, 'GET', `/api/alternative-reports/${seeded.reportIds[2]}`, {
      token: coordinator,
    });
    const linked = (report2.body.recommendations as { recommendationId: number }[]).map(
      (r) => r.recommendationId,
    );
    expect(linked.length).toBeGreaterThan(0);
    const list = (discussed: boolean) =>
      call(server, 'GET', `/api/recommendations?state=KAZ&cycle=3&discussed=${discussed}&limit=500`, {
        token: coordinator,
      });
    const [yes, no, all] = await Promise.all([
      list(true),
      list(false),
      call(server, 'GET', '/api/recommendations?state=KAZ&cycle=3&limit=500', { token: coordinator }),
    ]);
    const ids = (yes.body.items as { id: number }[]).map((r) => r.id);
    // Report No. 2 is on the agenda of 7 November 2024: its recommendations were discussed.
    expect(ids).toEqual(expect.arrayContaining(linked));
    expect(yes.body.total + no.body.total).toBe(all.body.total);
    expect(no.body.total).toBeGreaterThan(0);
    const facets = await call(server, 'GET', '/api/recommendations/facets?state=KAZ&cycle=3', {
      token: coordinator,
    });
    const counts = Object.fromEntries(
      (facets.body.facets.discussed as { value: string; count: number }[]).map((f) => [f.value, f.count]),
    );
    expect(counts).toEqual({ true: yes.body.total, false: no.body.total });
  });

  it('generates it in Kazakh and English too', async () => {
    const en = await call(server, 'POST', `/api/consultations/${seeded.consultationId}/summary`, {
      token: coordinator,
      body: { lang: 'en' },
    });
    expect(en.body.title).toBe('November 7, 2024: discussion of alternative reports No. 2 and No. 8');
    expect(en.body.body).toContain('16 recommendations on “Death penalty”');
    expect(en.body.body).toContain(
      '5 alternative reports of Coalition of NGOs of Kazakhstan remain to be discussed',
    );
    const kk = await call(server, 'POST', `/api/consultations/${seeded.consultationId}/summary`, {
      token: coordinator,
      body: { lang: 'kk' },
    });
    expect(kk.body.body).toContain('«Өлім жазасы» бойынша 16 ұсыным');
    expect(kk.body.body).toContain('Жақселекова Б.Ш.');
    const bad = await call(server, 'POST', `/api/consultations/${seeded.consultationId}/summary`, {
      token: coordinator,
      body: { lang: 'fr' },
    });
    expect(bad.status).toBe(400);
  });

  it('publishing the edited summary shows it and its consultation to the public', async () => {
    const path = `/api/consultations/${seeded.consultationId}`;
    expect((await call(server, 'GET', path)).status).toBe(404);
    expect((await call(server, 'GET', '/api/consultations')).body.items).toEqual([]);
    const draft = await call(server, 'POST', `${path}/summary`, { token: coordinator, body: { lang: 'ru' } });
    const saved = await call(server, 'PUT', `${path}/summaries/ru`, {
      token: coordinator,
      body: { title: draft.body.title, body: `${draft.body.body}\n\nОтредактировано.` },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.published).toBe(false);
    expect((await call(server, 'GET', '/api/summaries')).body.items).toEqual([]);
    const stale = await call(server, 'PUT', `${path}/summaries/ru`, {
      token: coordinator,
      body: { published: true, version: saved.body.version + 1 },
    });
    expect(stale.status).toBe(409);
    const cs = await call(server, 'PUT', `${path}/summaries/ru`, {
      token: server.users.cs_contributor.token,
      body: { published: true, version: saved.body.version },
    });
    expect(cs.status).toBe(403);
    const published = await call(server, 'PUT', `${path}/summaries/ru`, {
      token: coordinator,
      body: { published: true, version: saved.body.version },
    });
    expect(published.body).toMatchObject({ published: true, lang: 'ru' });
    const news = await call(server, 'GET', '/api/summaries');
    expect(news.body.items).toHaveLength(1);
    expect(news.body.items[0].body).toContain('Отредактировано.');
    expect(news.body.items[0].abilities).toMatchObject({ read: true, update: false, publish: false });
    const publicView = await call(server, 'GET', path);
    expect(publicView.status).toBe(200);
    expect(publicView.body.participants).toHaveLength(7);
    expect(publicView.body.abilities).toMatchObject({ read: true, update: false });
    const audit = await call(server, 'GET', '/api/audit?limit=200', { token: coordinator });
    const types = new Set((audit.body.items as { entityType: string }[]).map((e) => e.entityType));
    for (const type of ['person', 'alternative_report', 'consultation', 'summary', 'organization_members'])
      expect(types).toContain(type);
  });

  it("shows a coalition's coverage and what dealt with a recommendation or a theme", async () => {
    const coverage = await call(
      server,
      'GET',
      `/api/alternative-reports/coverage?coalitionId=${seeded.coalitionId}`,
    );
    expect(coverage.body).toEqual({
      coalitionId: seeded.coalitionId,
      total: 8,
      discussed: [1, 2, 8],
      remaining: [3, 4, 5, 6, 7],
    });
    const first = seeded.recommendationIds[0] as number;
    const dialogue = await call(server, 'GET', `/api/recommendations/${first}/dialogue`);
    expect(dialogue.status).toBe(200);
    expect(dialogue.body.reports.map((r: { number: number; via: string }) => [r.number, r.via])).toEqual([
      [2, 'link'],
    ]);
    expect(dialogue.body.consultations.map((c: { id: number }) => c.id)).toEqual([seeded.consultationId]);
    const last = seeded.recommendationIds.at(-1) as number;
    const justice = await call(server, 'GET', `/api/recommendations/${last}/dialogue`, {
      token: coordinator,
    });
    expect(justice.body.reports.map((r: { number: number; via: string }) => [r.number, r.via])).toEqual([
      [8, 'theme'],
    ]);
    const reports = await call(server, 'GET', `/api/alternative-reports?recommendationId=${first}`);
    expect(reports.body.items.map((r: { number: number }) => r.number)).toEqual([2]);
    const termId = reports.body.items[0].termIds[0] as number;
    const theme = await call(server, 'GET', `/api/terms/${termId}/dialogue`);
    expect(theme.body.reports.length).toBeGreaterThan(0);
  });

  it("a civil-society contributor writes its own organization's reports only", async () => {
    const cs = server.users.cs_contributor.token;
    const own = await call(server, 'POST', '/api/alternative-reports', {
      token: cs,
      body: { coalitionId: server.organizationId, number: 1, titleRu: 'Черновик' },
    });
    expect(own.status).toBe(201);
    expect(own.body.abilities).toMatchObject({ read: true, update: true, archive: false });
    expect((await call(server, 'GET', `/api/alternative-reports/${own.body.id}`)).status).toBe(404);
    const edited = await call(server, 'PATCH', `/api/alternative-reports/${own.body.id}`, {
      token: cs,
      body: { version: own.body.version, status: 'submitted', findings: 'Выводы' },
    });
    expect(edited.status).toBe(200);
    expect((await call(server, 'GET', `/api/alternative-reports/${own.body.id}`)).status).toBe(200);
    const archive = await call(server, 'PATCH', `/api/alternative-reports/${own.body.id}`, {
      token: cs,
      body: { version: edited.body.version, archived: true },
    });
    expect(archive.status).toBe(403);
    const other = await call(server, 'POST', '/api/alternative-reports', {
      token: cs,
      body: { coalitionId: seeded.coalitionId, number: 9, titleRu: 'Чужой' },
    });
    expect(other.status).toBe(403);
    const report2 = seeded.reportIds[2] as number;
    const current = await call(server, 'GET', `/api/alternative-reports/${report2}`, { token: cs });
    const patch = await call(server, 'PATCH', `/api/alternative-reports/${report2}`, {
      token: cs,
      body: { version: current.body.version, findings: 'x' },
    });
    expect(patch.status).toBe(403);
    const consultation = await call(server, 'POST', '/api/consultations', {
      token: cs,
      body: { titleRu: 'x', startsAt: '2024-11-07T10:00:00+05:00' },
    });
    expect(consultation.status).toBe(403);
    const duplicate = await call(server, 'POST', '/api/alternative-reports', {
      token: coordinator,
      body: { coalitionId: seeded.coalitionId, number: 2, titleRu: 'Дубль' },
    });
    expect(duplicate.status).toBe(409);
  });

  it('keeps attachments with a checksum, refuses a wrong type, an oversized file and a path, and removes one', async () => {
    const path = `/api/alternative-reports/${seeded.reportIds[2]}/attachments`;
    const docx = readFileSync(
      sharedData(
        'upr',
        'slovenia-tracker',
        'original-docx',
        'UPR34_Slovenia_Thematic_list_of_Recommendations.docx',
      ),
    );
    const ok = await upload(server, path, coordinator, 'Доклад №2.docx', docx);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ fileName: 'Доклад №2.docx', kind: 'docx', size: docx.length });
    expect(ok.body.checksum).toMatch(/^[0-9a-f]{64}$/);
    const download = await fetch(`${server.url}${path}/${ok.body.id}`, {
      headers: { authorization: `Bearer ${coordinator}` },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(docx)).toBe(true);
    const text = await server.database.db
      .selectFrom('attachments')
      .select('text')
      .where('id', '=', ok.body.id)
      .executeTakeFirstOrThrow();
    expect(text.text).toContain('Slovenia');
    const found = await call(server, 'GET', '/api/alternative-reports?q=slovenia');
    expect(found.body.items.map((r: { number: number }) => r.number)).toEqual([2]);

    const refusals: [string, Buffer, number, RegExp][] = [
      ['notes.pdf', Buffer.from('just text, not a PDF'), 415, /PDF or DOCX/],
      ['notes.txt', Buffer.from('%PDF-1.4 but named .txt'), 415, /PDF or DOCX/],
      ['big.docx', Buffer.concat([docx, Buffer.alloc(3 * 1024 * 1024)]), 413, /larger than/],
      ['../../etc/passwd.docx', docx, 400, /may not contain a path/],
      ['..\\evil.docx', docx, 400, /may not contain a path/],
    ];
    for (const [name, content, status, detail] of refusals) {
      const response = await upload(server, path, coordinator, name, content);
      expect(response.status, name).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.detail).toMatch(detail);
    }
    const cs = await upload(server, path, server.users.cs_contributor.token, 'x.docx', docx);
    expect(cs.status).toBe(403);
    const consultationUpload = await upload(
      server,
      `/api/consultations/${seeded.consultationId}/attachments`,
      coordinator,
      'minutes.docx',
      docx,
    );
    expect(consultationUpload.status).toBe(201);

    // A wrongly uploaded document is removed: not by another organization's contributor, not through
    // another resource's path; then it is gone from the report, its download and the search.
    const remove = (at: string, token: string) => call(server, 'DELETE', at, { token });
    expect((await remove(`${path}/${ok.body.id}`, server.users.cs_contributor.token)).status).toBe(403);
    const wrongPair = await remove(`${path}/${consultationUpload.body.id}`, coordinator);
    expect(wrongPair.status).toBe(404);
    expect(wrongPair.headers.get('content-type')).toContain('application/problem+json');
    expect(wrongPair.body.detail).toMatch(/no attachment/);
    const removed = await remove(`${path}/${ok.body.id}`, coordinator);
    expect(removed.status).toBe(204);
    expect(removed.body).toBeNull();
    const report = await call(server, 'GET', `/api/alternative-reports/${seeded.reportIds[2]}`, {
      token: coordinator,
    });
    expect(report.body.attachments.map((a: { id: number }) => a.id)).not.toContain(ok.body.id);
    const gone = await fetch(`${server.url}${path}/${ok.body.id}`, {
      headers: { authorization: `Bearer ${coordinator}` },
    });
    expect(gone.status).toBe(404);
    expect((await call(server, 'GET', '/api/alternative-reports?q=slovenia')).body.items).toEqual([]);
    expect((await remove(`${path}/${ok.body.id}`, coordinator)).status).toBe(404);
    const consultationPath = `/api/consultations/${seeded.consultationId}/attachments`;
    expect((await remove(`${consultationPath}/${consultationUpload.body.id}`, coordinator)).status).toBe(204);
  });
});
