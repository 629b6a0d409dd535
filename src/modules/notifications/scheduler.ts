/**
 * Runs the reminder jobs inside the server: every tick (a minute by default) each daily job whose hour
 * has come and whose run for the day has not finished is run, then the outbox is delivered. After a
 * restart the first tick catches up the latest missed day; the job-run table and the dedupe keys make
 * a repeated run send nothing twice. Time comes from an injectable clock, so tests do not wait.
 *
 * @example
 *   const scheduler = new Scheduler(db, { clock: () => new Date(), transport: async () => transport });
 *   scheduler.start(); // … scheduler.stop();
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MailTransport } from './mail.transport.ts';
import { MailSettingsService } from './mail-settings.service.ts';
import { addDays, JOBS, type JobName, ReminderService } from './reminder.service.ts';

export type Clock = () => Date;

export interface SchedulerOptions {
  clock?: Clock;
  /** The transport to send with; by default from the stored mail settings and `UPR_SMTP_URL`. */
  transport?: () => Promise<MailTransport>;
  intervalMs?: number;
  baseUrl?: string;
  log?: (line: string) => void;
}

export interface TickResult {
  ran: { job: JobName; period: string; queued: number }[];
  sent: number;
  failed: number;
}

/** The day whose run is due at `now`: today once the hour (UTC) has come, else yesterday. */
export function duePeriod(now: Date, hour: number): string {
  const today = now.toISOString().slice(0, 10);
  return now.getUTCHours() >= hour ? today : addDays(today, -1);
}

export class Scheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly clock: Clock;
  private readonly settings: MailSettingsService;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly options: SchedulerOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.settings = new MailSettingsService(db);
  }

  /** Runs what is due now, then delivers the outbox. Overlapping calls wait for the running one. */
  async tick(): Promise<TickResult> {
    while (this.running) await this.running.catch(() => undefined);
    const work = this.runOnce();
    this.running = work;
    try {
      return await work;
    } finally {
      this.running = null;
    }
  }

  private async runOnce(): Promise<TickResult> {
    const now = this.clock();
    const settings = await this.settings.stored();
    const transport = this.options.transport
      ? await this.options.transport()
      : this.settings.transport(settings, process.env);
    const service = new ReminderService(this.db, {
      transport,
      from: settings.from,
      ...(this.options.baseUrl ? { baseUrl: this.options.baseUrl } : {}),
    });
    const period = duePeriod(now, settings.digestHour);
    const ran: TickResult['ran'] = [];
    for (const job of JOBS) {
      const queued = await service.runJob(job, period, now);
      if (queued !== 'done-before') ran.push({ job, period, queued });
    }
    const { sent, failed } = await service.deliver(now);
    for (const r of ran) this.options.log?.(`jobs: ${r.job} ${r.period}: ${r.queued} queued`);
    if (sent || failed)
      this.options.log?.(`jobs: mail ${sent} sent, ${failed} failed (${transport.describe})`);
    return { ran, sent, failed };
  }

  start(): void {
    if (this.timer) return;
    const run = () =>
      this.tick().catch((error: unknown) =>
        this.options.log?.(`jobs: ${error instanceof Error ? error.message : String(error)}`),
      );
    void run();
    this.timer = setInterval(run, this.options.intervalMs ?? 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }
}
