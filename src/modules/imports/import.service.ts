/**
 * The one import service: reads any supported file through its parser, resolves names to codes, and
 * writes in a single transaction — all or nothing unless `skipInvalid`; `dryRun` reports and writes nothing.
 * Importing the same file twice adds and changes nothing (records are matched by their natural key).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { CsvFormatError } from '../../imports/parsers/csv-rows.ts';
import { FileFormatError } from '../../imports/parsers/stream.ts';
import type { TextEncoding } from '../../imports/parsers/text-source.ts';
import { InvalidTextError } from '../../imports/parsers/text-source.ts';
import type { ParseProblem } from '../../imports/parsers/types.ts';
import { type ImportFormat, type OpenedSource, openSource, TEMPLATE_FORMATS } from '../../imports/sources.ts';
import { LanguageService } from '../languages/language.service.ts';
import { SimilarService } from '../similar/similar.service.ts';
import { StateRepository, StateResolver } from '../states/state.repository.ts';
import { TaxonomyRepository } from '../taxonomies/taxonomy.repository.ts';
import type { Disagreement, Prefer } from './import.merge.ts';
import { type MatchingReport, ParagraphPairing } from './import.pairing.ts';
import { ImportRepository, type ReviewKey, reviewId } from './import.repository.ts';
import { type WriteContext, writeBatch, writePaired } from './import.writer.ts';
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
  /** Which side wins a disagreement with a record from another source; see `planMerge`. */
  prefer?: Prefer;
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
  /** Where this file and the registry disagree on a recommendation, and which side was kept. */
  disagreements: Disagreement[];
  /** Rows without paragraph numbers merged into a review's paragraphs (UPR Info after a report). */
  matching?: MatchingReport;
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
      disagreements: [],
      seconds: 0,
    };
    try {
      const checksum = await fileChecksum(path);
      await this.db.transaction().execute(async (trx) => {
        await this.run(trx, path, checksum, options, report);
        if (report.dryRun || (report.problems.length > 0 && !options.skipInvalid)) throw new Rollback();
      });
      report.ok = true;
      // Repeated recommendations of the states this file touched, once its rows are committed. The import
      // stands if this fails: the links are derived data, and `upr similar build` recomputes them.
      if (report.batchId !== undefined)
        await new SimilarService(this.db).afterImport(report.batchId).catch((error: Error) => {
          report.notes.push(
            `repeated recommendations not recomputed (${error.message}): run upr similar build`,
          );
        });
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
    if (!report.ok) {
      report.disagreements = [];
      delete report.matching;
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
    // Documents are read while opening, before `source` exists: take the size from the file system.
    const { size } = await stat(path);
    const source = await openSource(path, {
      ...(options.format ? { format: options.format } : {}),
      ...(options.map ? { map: options.map } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      onBytes: (n) => {
        bytes += n;
        options.onProgress?.(bytes, size);
      },
    });
    report.format = source.format;
    const resolver = await this.resolver(trx, options, path, source);
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

    const merging = !TEMPLATE_FORMATS.has(source.format);
    const pairing = merging ? new ParagraphPairing(new ImportRepository(trx)) : undefined;
    const context: WriteContext = {
      trx,
      resolver,
      batchId: batch.id,
      report,
      mode: merging ? 'merge' : 'replace',
      ...(options.prefer ? { prefer: options.prefer } : {}),
      ...(pairing ? { pairing } : {}),
    };
    const writing = () => options.skipInvalid || report.problems.length === 0;
    const count = (counts: { added: number; updated: number; unchanged: number }) => {
      report.added += counts.added;
      report.updated += counts.updated;
      report.unchanged += counts.unchanged;
    };
    const paragraphReviews = new Map<string, ReviewKey>();
    const seen = new Map<string, number>();
    let pending: ResolvedRecommendation[] = [];
    const flush = async () => {
      // Once a row is invalid the import will roll back: keep validating, stop writing.
      if (pending.length && writing()) count(await writeBatch(context, pending));
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
      if (record.paragraph !== null && record.cycle !== null) {
        const review = { state: record.stateUnderReview, cycle: record.cycle };
        paragraphReviews.set(reviewId(review), review);
      }
      pending.push(record);
      if (pending.length >= BATCH_SIZE) await flush();
    }
    await flush();
    if (report.rowsRead === 0) throw new FileFormatError('the file has a header but no rows');
    if (pairing && writing()) {
      count(await writePaired(context));
      const matching = pairing.report();
      if (matching) report.matching = matching;
    }
    // Texts written without a language (replaced translations): detect them now, this import's only.
    if (writing()) await new LanguageService(trx).detectPending({ batchId: batch.id });
    await this.noteUnmergedRows(trx, paragraphReviews, report);
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

  /** Paragraph records next to paragraph-less ones of the same review stay apart: say so, and how to avoid it. */
  private async noteUnmergedRows(
    trx: Kysely<DB>,
    reviews: Map<string, ReviewKey>,
    report: ImportReport,
  ): Promise<void> {
    const repository = new ImportRepository(trx);
    for (const review of reviews.values()) {
      const n = await repository.countWithoutParagraph(review);
      if (n === 0) continue;
      report.notes.push(
        `${review.state} cycle ${review.cycle} also holds ${n} recommendations without paragraph numbers ` +
          '(e.g. UPR Info rows imported earlier): they stay records of their own, beside these paragraphs ' +
          '(rows are merged into paragraphs only when the report or thematic list is imported first)',
      );
    }
  }

  private async resolver(
    trx: Kysely<DB>,
    options: ImportOptions,
    path: string,
    source: OpenedSource,
  ): Promise<RecordResolver> {
    const states = new StateResolver(await new StateRepository(trx).aliasMap());
    const taxonomies = new TaxonomyRepository(trx);
    const terms = new Map();
    for (const taxonomy of await taxonomies.listTaxonomies()) {
      terms.set(taxonomy.code, await taxonomies.index(taxonomy.code));
    }
    const mechanisms = new Set(
      (await trx.selectFrom('mechanisms').select('code').execute()).map((m) => m.code),
    );
    if (options.state && !states.resolve(options.state)) {
      throw new FileFormatError(`--state ${options.state}: unknown state`);
    }
    const document = source.document ?? {};
    checkDocument(document, options, states, basename(path));
    // What the document says of itself comes first; the command line fills what it does not say.
    const state = document.stateUnderReview ?? options.state;
    const cycle = document.cycle ?? options.cycle;
    const session = document.session ?? options.session;
    const defaults = {
      ...(state ? { state } : {}),
      ...(cycle !== undefined ? { cycle } : {}),
      ...(session !== undefined ? { session } : {}),
    };
    return new RecordResolver(states, terms, mechanisms, defaults, basename(path));
  }
}

/** A document about another review than the command line says is refused whole, before any row. */
function checkDocument(
  document: NonNullable<OpenedSource['document']>,
  options: ImportOptions,
  states: StateResolver,
  file: string,
): void {
  if (options.state && document.stateUnderReview) {
    const expected = states.resolve(options.state);
    const actual = states.resolve(document.stateUnderReview);
    if (actual && expected && actual !== expected) {
      throw new FileFormatError(
        `${file} is about ${document.stateUnderReview} (${actual}), not ${expected} as --state says: nothing imported`,
      );
    }
  }
  for (const field of ['cycle', 'session'] as const) {
    const wanted = options[field];
    const actual = document[field];
    if (wanted !== undefined && actual !== undefined && wanted !== actual) {
      throw new FileFormatError(
        `${file} is about ${field} ${actual}, not ${field} ${wanted} as --${field} says: nothing imported`,
      );
    }
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
