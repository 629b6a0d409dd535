import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { SYSTEM_ACTOR } from '../audit/audit.service.ts';
import { UserService } from '../users/user.service.ts';
import { SavedViewService } from './saved-view.service.ts';

describe.each(testDialects())('saved views on %s', (dialect) => {
  let database: TestDatabase;
  let service: SavedViewService;
  let alice: number;
  let bob: number;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    service = new SavedViewService(database.db);
    const users = new UserService(database.db);
    const password = 'correct horse battery staple 42';
    alice = (await users.create({ email: 'alice@example.org', role: 'viewer', password }, SYSTEM_ACTOR)).user
      .id;
    bob = (await users.create({ email: 'bob@example.org', role: 'coordinator', password }, SYSTEM_ACTOR)).user
      .id;
  });
  afterAll(() => database.cleanup());

  it('keeps each user’s views apart, replaces a view saved under the same name, deletes only one’s own', async () => {
    const first = await service.save(alice, { name: 'Death penalty', query: 'state=KAZ&q=death' });
    expect(first.created).toBe(true);
    await service.save(bob, { name: 'Death penalty', query: 'cycle=2' });
    const again = await service.save(alice, { name: 'Death penalty', query: 'state=KAZ&q=death+penalty' });
    expect(again.created).toBe(false);
    expect(again.view.id).toBe(first.view.id);
    expect((await service.list(alice)).map((v) => v.query)).toEqual(['state=KAZ&q=death+penalty']);
    expect((await service.list(bob)).map((v) => v.query)).toEqual(['cycle=2']);
    await expect(service.delete(bob, first.view.id)).rejects.toMatchObject({ status: 404 });
    await service.delete(alice, first.view.id);
    expect(await service.list(alice)).toEqual([]);
  });
});
