/**
 * Similar recommendations over HTTP on every database: the shapes of `/api/recommendations/:id/similar` and
 * `/api/reviews/:state/:cycle/near-duplicates`, clear errors, what the public may see, the abilities sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportService } from '../../src/modules/imports/import.service.ts';
import { sharedData, testDialects } from '../../src/test/databases.ts';
import { call, type Server, startServer } from './api.helpers.ts';

const KAZAKHSTAN = sharedData('upr', 'uprs-terman', 'derived', 'kazakhstan-upr-info-sessions-7-20.utf8.csv');

describe.each(testDialects())('similar recommendations over HTTP (%s)', (dialect) => {
  let server: Server;
  let abolishId: number;

  beforeAll(async () => {
    server = await startServer(dialect);
    expect((await new ImportService(server.database.db).importFile(KAZAKHSTAN)).ok).toBe(true);
    abolishId = (
      await server.database.db
        .selectFrom('recommendations')
        .select('id')
        .where('text', '=', 'Abolish the death penalty')
        .where('cycle', '=', 2)
        .orderBy('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => server.close());

  it('answers the similar recommendations of one, repeated and to other states', async () => {
    const response = await call(server, 'GET', `/api/recommendations/${abolishId}/similar`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(['otherStates', 'repeated']);
    expect(response.body.otherStates).toEqual([]);
    const [first] = response.body.repeated as Record<string, unknown>[];
    expect(first).toEqual({
      id: expect.any(Number),
      stateUnderReview: 'KAZ',
      cycle: 1,
      paragraph: null,
      text: expect.stringMatching(/death penalty/),
      position: expect.stringMatching(/^(supported|noted)$/),
      status: 'not_started',
      score: expect.any(Number),
    });
    expect(await call(server, 'GET', '/api/recommendations/999999/similar')).toMatchObject({ status: 404 });
  });

  it('hides drafts from the public in the lists', async () => {
    const earlier = (
      (await call(server, 'GET', `/api/recommendations/${abolishId}/similar`)).body.repeated as {
        id: number;
      }[]
    ).map((r) => r.id);
    await server.database.db
      .updateTable('recommendations')
      .set({ published: 0 })
      .where('id', '=', earlier[0] as number)
      .execute();
    const anonymous = await call(server, 'GET', `/api/recommendations/${abolishId}/similar`);
    expect((anonymous.body.repeated as { id: number }[]).map((r) => r.id)).toEqual(earlier.slice(1));
    const viewer = await call(server, 'GET', `/api/recommendations/${abolishId}/similar`, {
      token: server.users.viewer.token,
    });
    expect((viewer.body.repeated as { id: number }[]).map((r) => r.id)).toEqual(earlier);
    await server.database.db
      .updateTable('recommendations')
      .set({ published: 1 })
      .where('id', '=', earlier[0] as number)
      .execute();
  });

  it("groups a review's near-duplicates and says who may turn them into clusters", async () => {
    const coordinator = await call(server, 'GET', '/api/reviews/KAZ/2/near-duplicates', {
      token: server.users.coordinator.token,
    });
    expect(coordinator.status).toBe(200);
    expect(coordinator.body).toMatchObject({
      state: 'KAZ',
      cycle: 2,
      threshold: 0.3,
      abilities: { createCluster: true },
    });
    const groups = coordinator.body.groups as { score: number; recommendations: { text: string }[] }[];
    expect(groups.length).toBeGreaterThan(5);
    expect(groups[0]?.recommendations.length).toBeGreaterThanOrEqual(
      groups.at(-1)?.recommendations.length ?? 0,
    );
    const anonymous = await call(server, 'GET', '/api/reviews/KAZ/2/near-duplicates');
    expect(anonymous.body.abilities).toEqual({ createCluster: false });
    expect(anonymous.body.groups).toEqual(coordinator.body.groups);
    const bad = await call(server, 'GET', '/api/reviews/kazakhstan/2/near-duplicates');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/state/);
  });
});
