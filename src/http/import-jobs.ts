/**
 * Imports by upload run as jobs: the upload is saved under a sanitized name in a private temporary
 * folder, `ImportService.importFile` runs in the background, and the job reports progress and, at the
 * end, the import report. Jobs live in memory (one server process); the batch itself is in the database.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { type AuditActor, AuditService } from '../modules/audit/audit.service.ts';
import { type ImportOptions, type ImportReport, ImportService } from '../modules/imports/import.service.ts';

export type JobStatus = 'running' | 'done' | 'failed';

export interface ImportJob {
  id: string;
  status: JobStatus;
  fileName: string;
  createdAt: string;
  finishedAt: string | null;
  createdBy: number | null;
  progress: { bytesRead: number; bytesTotal: number };
  report: ImportReport | null;
  error: string | null;
}

/**
 * A file name safe to write anywhere: the last path segment only, no control or shell characters,
 * no leading dots, at most 100 characters, the extension kept (the parser is chosen by it).
 *
 * @example sanitizeFileName('../../etc/passwd') === 'passwd'
 */
export function sanitizeFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .replace(/^[.\s]+/, '')
    .replace(/\.{2,}/g, '.')
    .trim();
  const limited = cleaned.length > 100 ? cleaned.slice(cleaned.length - 100) : cleaned;
  return limited || 'upload';
}

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly db: Kysely<DB>) {}

  /** A private folder for one upload, and the path to write it to. */
  async workspace(fileName: string): Promise<{ dir: string; path: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'upr-upload-'));
    return { dir, path: join(dir, sanitizeFileName(fileName)) };
  }

  start(
    upload: { dir: string; path: string; fileName: string },
    options: ImportOptions,
    actor: AuditActor,
  ): ImportJob {
    const job: ImportJob = {
      id: randomUUID(),
      status: 'running',
      fileName: sanitizeFileName(upload.fileName),
      createdAt: new Date().toISOString(),
      finishedAt: null,
      createdBy: actor.userId,
      progress: { bytesRead: 0, bytesTotal: 0 },
      report: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    const run = this.run(job, upload, options, actor).finally(() => this.running.delete(run));
    this.running.add(run);
    return job;
  }

  private async run(
    job: ImportJob,
    upload: { dir: string; path: string },
    options: ImportOptions,
    actor: AuditActor,
  ): Promise<void> {
    try {
      const report = await new ImportService(this.db).importFile(upload.path, {
        ...options,
        importedBy: actor.label,
        onProgress: (done, total) => {
          job.progress = { bytesRead: done, bytesTotal: total };
        },
      });
      report.file = job.fileName;
      job.report = report;
      job.status = report.ok ? 'done' : 'failed';
      job.error = report.error ?? null;
      if (report.ok && !report.dryRun) {
        const { problems: _p, repeated: _r, ...summary } = report;
        await new AuditService(this.db).record({
          actor,
          action: 'import',
          entityType: 'import_batch',
          entityId: report.batchId ?? job.id,
          after: { ...summary, problems: report.problems.length, repeated: report.repeated.length },
        });
      }
    } catch (error) {
      job.status = 'failed';
      job.error = error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : String(error);
    } finally {
      job.finishedAt = new Date().toISOString();
      await rm(upload.dir, { recursive: true, force: true });
    }
  }

  get(id: string): ImportJob | undefined {
    return this.jobs.get(id);
  }

  /** Waits for running jobs (server shutdown, tests). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
