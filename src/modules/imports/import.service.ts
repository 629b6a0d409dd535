/**
 * The one import service: reads any supported file through its parser, resolves names to codes, and
 * writes in a single transaction — all or nothing unless `skipInvalid`; `dryRun` reports and writes nothing.
 * Importing the same file twice adds and changes nothing (records are matched by their natural key).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { CsvFormatError } from '../../imports/parsers/csv-rows.ts';
import { FileFormatError } from '../../imports/parsers/stream.ts';
import type { TextEncoding } from '../../imports/parsers/text-source.ts';
import { InvalidTextError } from '../../imports/parsers/text-source.ts';
import type { ParseProblem } from '../../imports/parsers/types.ts';
import { type ImportFormat, openSource } from '../../imports/sources.ts';
import { StateRepository, StateResolver } from '../states/state.repository.ts';
import { TaxonomyRepository } from '../taxonomies/taxonomy.repository.ts';
import { writeBatch } from './import.writer.ts';
import { RecordResolver, type ResolvedRecommendation } from './resolve.ts';

export interface ImportOptions {
  format?: ImportFormat | 'auto';
  state?: string;
  cycle?: number;
  session?: number;
  map?: string[];
  encoding?: TextEncoding;
  dryRun?: boolean;
  skipInvalid?: boolean;
  importedBy?: string;
  /** Called with bytes read so far and the file's size. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  file: string;
  format: string;
  ok: boolean;
  dryRun: boolean;
  /** Set when the whole file was refused (unreadable, wrong header, bad encoding). */
  error?: string;
  rowsRead: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Invalid rows left out (with `skipInvalid`). */
  skipped: number;
  /** Rows that repeat an earlier row's recommendation in the same file: counted once. */
  repeated: { row: number; sameAsRow: number; key: string }[];
  problems: ParseProblem[];
  notes: string[];
  createdTerms: { taxonomy: string; code: string; label: string }[];
  batchId?: number;
  seconds: number;
}

const BATCH_SIZE = 2_000;

/** Thrown inside the transaction to roll it back. */
class Rollback extends Error {}

export class ImportService {
  constructor(private readonly db: Kysely<DB>) {}

  async importFile(path: string, options: ImportOptions = {}): Promise<ImportReport> {
    const started = performance.now();
    const report: ImportReport = {
      file: path,
      format: options.format && options.format !== 'auto' ? options.format : 'unknown',
      ok: false,
      dryRun: options.dryRun ?? false,
      rowsRead: 0,
      added: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      repeated: [],
      problems: [],
      notes: [],
      createdTerms: [],
      seconds: 0,
    };
    try {
      const checksum = await fileChecksum(path);
      await this.db.transaction().execute(async (trx) => {
        await this.run(trx, path, checksum, options, report);
        if (report.dryRun || (report.problems.length > 0 && !options.skipInvalid)) throw new Rollback();
      });
      report.ok = true;
    } catch (error) {
      if (error instanceof Rollback) {
        report.ok = report.problems.length === 0 || Boolean(options.skipInvalid);
        if (!report.ok) report.error = `${report.problems.length} invalid rows: nothing imported`;
      } else if (error instanceof FileFormatError || isLineError(error)) {
        report.error = (error as Error).message;
      } else {
        throw error;
      }
    }
    if (!report.ok || report.dryRun) delete report.batchId;
    report.seconds = (performance.now() - started) / 1000;
    return report;
  }

  private async run(
    trx: Kysely<DB>,
    path: string,
    checksum: string,
    options: ImportOptions,
    report: ImportReport,
  ): Promise<void> {
    let bytes = 0;
    const source = await openSource(path, {
      ...(options.format ? { format: options.format } : {}),
      ...(options.map ? { map: options.map } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      onBytes: (n) => {
        bytes += n;
        options.onProgress?.(bytes, source.size);
      },
    });
    report.format = source.format;
    const resolver = await this.resolver(trx, options, path);
    const batch = await trx
      .insertInto('import_batches')
      .values({
        file_name: basename(path),
        format: source.format,
        checksum,
        rows_read: 0,
        added: 0,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        imported_by: options.importedBy ?? 'cli',
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    report.batchId = batch.id;

    const seen = new Map<string, number>();
    let pending: ResolvedRecommendation[] = [];
    const flush = async () => {
      // Once a row is invalid the import will roll back: keep validating, stop writing.
      if (pending.length && (options.skipInvalid || report.problems.length === 0)) {
        const counts = await writeBatch(trx, pending, resolver, batch.id, report);
        report.added += counts.added;
        report.updated += counts.updated;
        report.unchanged += counts.unchanged;
      }
      pending = [];
    };
    for await (const event of source.events) {
      if (event.type === 'note') {
        report.notes.push(event.note);
        continue;
      }
      report.rowsRead++;
      if (event.type === 'problem') {
        report.problems.push(event.problem);
        report.skipped++;
        continue;
      }
      const { record, problems } = resolver.resolve(event.recommendation);
      if (!record) {
        report.problems.push(...problems);
        report.skipped++;
        continue;
      }
      const earlier = seen.get(record.naturalKey);
      if (earlier !== undefined) {
        report.repeated.push({ row: record.row, sameAsRow: earlier, key: record.naturalKey });
        continue;
      }
      seen.set(record.naturalKey, record.row);
      pending.push(record);
      if (pending.length >= BATCH_SIZE) await flush();
    }
    await flush();
    if (report.rowsRead === 0) throw new FileFormatError('the file has a header but no rows');
    await trx
      .updateTable('import_batches')
      .set({
        rows_read: report.rowsRead,
        added: report.added,
        updated: report.updated,
        unchanged: report.unchanged,
        skipped: report.skipped,
      })
      .where('id', '=', batch.id)
      .execute();
  }

  private async resolver(trx: Kysely<DB>, options: ImportOptions, path: string): Promise<RecordResolver> {
    const states = new StateResolver(await new StateRepository(trx).aliasMap());
    const taxonomies = new TaxonomyRepository(trx);
    const terms = new Map();
    for (const taxonomy of await taxonomies.listTaxonomies()) {
      terms.set(taxonomy.code, await taxonomies.index(taxonomy.code));
    }
    const mechanisms = new Set(
      (await trx.selectFrom('mechanisms').select('code').execute()).map((m) => m.code),
    );
    const defaults = {
      ...(options.state ? { state: options.state } : {}),
      ...(options.cycle !== undefined ? { cycle: options.cycle } : {}),
      ...(options.session !== undefined ? { session: options.session } : {}),
    };
    if (options.state && !states.resolve(options.state)) {
      throw new FileFormatError(`--state ${options.state}: unknown state`);
    }
    return new RecordResolver(states, terms, mechanisms, defaults, basename(path));
  }
}

/** Errors of an unreadable file: bad encoding, malformed CSV, an unreadable workbook. */
function isLineError(error: unknown): boolean {
  if (error instanceof CsvFormatError || error instanceof InvalidTextError) return true;
  return error instanceof Error && String((error as { code?: unknown }).code ?? '').startsWith('CSV_');
}

async function fileChecksum(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
