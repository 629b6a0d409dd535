import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpProblem } from '../../http/problem.ts';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { seedLabeledAndUnlabeled } from './classify.fixtures.ts';
import { TrainingJobs } from './classify.jobs.ts';
import { ClassifyService } from './classify.service.ts';
import { trainHere, trainInWorker } from './classify.trainer.ts';
import type { TrainingJob } from './classify.training-job.ts';

const ACTOR = { userId: null, label: 'coordinator@example.org' };

describe.each(testDialects())('training from the web on %s', (dialect) => {
  let database: TestDatabase;
  let service: ClassifyService;
  let jobs: TrainingJobs;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    await seedLabeledAndUnlabeled(database.db);
    service = new ClassifyService(database.db, trainInWorker);
    jobs = new TrainingJobs(service);
  });
  afterAll(() => database.cleanup());

  it('trains in a worker thread while the event loop stays free, then writes the suggestions', async () => {
    expect(jobs.latest).toBeNull();
    const started = jobs.start(ACTOR, { suggest: true });
    expect(started).toMatchObject({ phase: 'train', trainSessions: 'all', startedBy: ACTOR.label });
    // The server keeps answering: timers fire while the model is being fitted.
    const seen: TrainingJob[] = [];
    const ticker = setInterval(() => seen.push(jobs.latest as TrainingJob), 5);
    await jobs.settled();
    clearInterval(ticker);
    expect(seen.some((j) => j.phase === 'train' && j.total > 0 && j.done < j.total)).toBe(true);
    const done = jobs.latest as TrainingJob;
    expect(done.error).toBeNull();
    expect(done.phase).toBe('done');
    expect(done.finishedAt).not.toBeNull();
    const status = await service.status();
    expect(done.result?.modelId).toBe(status.model?.id);
    expect(done.result?.examples).toBe(status.model?.examples);
    // The three unlabeled recommendations of cycle 3 get suggestions.
    expect(done.result?.suggested).toMatchObject({ recommendations: 3, actions: 3 });
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_label'])
      .where('action', 'in', ['train', 'suggest'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'train', actor_label: ACTOR.label },
      { action: 'suggest', actor_label: ACTOR.label },
    ]);
  });

  it('gives the same model as training in this thread', async () => {
    const rows = [
      { text: 'Abolish the death penalty', states: ['FRA'], issues: ['death-penalty'], action: 5 },
      {
        text: 'Ratify the Convention against Torture',
        states: ['BRA'],
        issues: ['international-instruments'],
        action: 5,
      },
      { text: 'Continue to combat torture', states: ['ESP'], issues: ['torture'], action: 2 },
    ];
    const [here, there] = await Promise.all([trainHere(rows, { seed: 4 }), trainInWorker(rows, { seed: 4 })]);
    expect(there.bytes.equals(here.bytes)).toBe(true);
  });

  it('refuses a second training while one runs, and reports a failed one', async () => {
    jobs.start(ACTOR, { sessions: { from: 90, to: 99 }, suggest: true });
    let refused: unknown;
    try {
      jobs.start(ACTOR, { suggest: false });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(HttpProblem);
    expect((refused as HttpProblem).status).toBe(409);
    await jobs.settled();
    expect(jobs.latest).toMatchObject({
      phase: 'failed',
      trainSessions: '90-99',
      result: null,
      error: expect.stringMatching(/no recommendations with imported UPR Info issues/),
    });
    // Once it has ended, another may start.
    expect(jobs.start(ACTOR, { suggest: false }).phase).toBe('train');
    await jobs.settled();
    expect(jobs.latest?.phase).toBe('done');
  });
});
