/**
 * Training from the web: a coordinator starts a training (and, when asked, the suggestions that follow it)
 * and watches its progress while the server goes on answering. One training at a time per server; the
 * latest job, running or ended, is kept in memory for the Auto-tagging page (the models and suggestions it
 * wrote are in the database, and audited, like those of `upr classify`).
 *
 * @example
 *   const jobs = new TrainingJobs(new ClassifyService(db, trainInWorker));
 *   jobs.start(actor, { sessions: { from: 1, to: 16 }, suggest: true }); // then poll jobs.latest
 */
import { conflict } from '../../http/problem.ts';
import type { AuditActor } from '../audit/audit.service.ts';
import { type ClassifyService, formatSessions, type SessionRange } from './classify.service.ts';
import { isRunning, type TrainingJob } from './classify.training-job.ts';

export class TrainingJobs {
  private job: TrainingJob | null = null;
  private running: Promise<void> = Promise.resolve();
  private count = 0;

  constructor(private readonly service: ClassifyService) {}

  /** The latest job: running, done or failed; null before the first. */
  get latest(): TrainingJob | null {
    return this.job ? { ...this.job } : null;
  }

  /** Starts a training; a 409 while another one runs. Returns at once with the job. */
  start(actor: AuditActor, options: { sessions?: SessionRange; suggest: boolean }): TrainingJob {
    if (isRunning(this.job)) throw conflict('a training is already running: wait for it to end', this.latest);
    const job: TrainingJob = {
      id: ++this.count,
      phase: 'train',
      done: 0,
      total: 0,
      startedAt: new Date().toISOString(),
      startedBy: actor.label,
      finishedAt: null,
      trainSessions: formatSessions(options.sessions),
      suggest: options.suggest,
      result: null,
      error: null,
    };
    this.job = job;
    this.running = this.run(job, actor, options);
    return { ...job };
  }

  /** Resolves when the running job (if any) has ended, however it ended. */
  settled(): Promise<void> {
    return this.running;
  }

  private async run(
    job: TrainingJob,
    actor: AuditActor,
    options: { sessions?: SessionRange; suggest: boolean },
  ): Promise<void> {
    const onProgress = (phase: 'train' | 'suggest', done: number, total: number) => {
      Object.assign(job, { phase, done, total });
    };
    try {
      const trained = await this.service.train(actor, {
        ...(options.sessions ? { sessions: options.sessions } : {}),
        onProgress,
      });
      job.result = { modelId: trained.modelId, examples: trained.examples, suggested: null };
      if (options.suggest) {
        Object.assign(job, { phase: 'suggest', done: 0, total: 0 });
        const { recommendations, issues, actions, themes } = await this.service.suggest(actor, {
          onProgress,
        });
        job.result.suggested = { recommendations, issues, actions, themes };
      }
      job.phase = 'done';
    } catch (error) {
      job.phase = 'failed';
      job.error = error instanceof Error ? error.message : String(error);
    } finally {
      job.finishedAt = new Date().toISOString();
    }
  }
}
