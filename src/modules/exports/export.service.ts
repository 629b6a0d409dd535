/**
 * Writes a filtered list of recommendations in the import template (CSV, XLSX or JSON), streamed page by
 * page, so that what `upr export` writes imports back unchanged.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  LIST_SEPARATOR,
  TEMPLATE_COLUMNS,
  TERM_COLUMNS,
  type TemplateRecord,
} from '../../imports/parsers/template.ts';
import {
  type RecommendationFilter,
  RecommendationRepository,
} from '../recommendations/recommendation.repository.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 2_000;

export class ExportService {
  private readonly recommendations: RecommendationRepository;

  constructor(db: Kysely<DB>) {
    this.recommendations = new RecommendationRepository(db);
  }

  /** Every matching recommendation as template records, in id order. */
  async *records(filter: RecommendationFilter): AsyncGenerator<TemplateRecord> {
    let afterId = 0;
    for (;;) {
      const rows = await this.recommendations.list(filter, { limit: PAGE, afterId });
      if (rows.length === 0) return;
      const links = await this.recommendations.linksOf(rows.map((r) => r.id));
      for (const row of rows) {
        const link = links.get(row.id);
        const termsOf = (taxonomy: string) =>
          (link?.terms ?? [])
            .filter((t) => t.taxonomy === taxonomy && t.origin !== 'suggested')
            .map((t) => (taxonomy === 'sdg' ? t.code : t.label))
            .join(LIST_SEPARATOR);
        yield {
          key: row.natural_key,
          mechanism: row.mechanism_code,
          state_under_review: row.state_under_review,
          cycle: row.cycle?.toString() ?? '',
          session: row.session?.toString() ?? '',
          paragraph: row.paragraph ?? '',
          document_symbol: row.document_symbol ?? '',
          text: row.text,
          text_lang: row.text_lang,
          translation_en: link?.translations.en ?? '',
          translation_ru: link?.translations.ru ?? '',
          translation_kk: link?.translations.kk ?? '',
          recommending_states: (link?.recommendingStates ?? []).join(LIST_SEPARATOR),
          position: row.position,
          position_source: row.position_source ?? '',
          action_category: row.action_category?.toString() ?? '',
          upr_info_issues: termsOf(TERM_COLUMNS.upr_info_issues),
          ohchr_themes: termsOf(TERM_COLUMNS.ohchr_themes),
          sdgs: termsOf(TERM_COLUMNS.sdgs),
          affected_persons: termsOf(TERM_COLUMNS.affected_persons),
          archived: row.archived ? 'true' : 'false',
        };
      }
      afterId = rows[rows.length - 1]?.id ?? afterId;
    }
  }

  /** Writes the export to a stream and ends it; returns how many recommendations it wrote. */
  async write(format: ExportFormat, filter: RecommendationFilter, out: Writable): Promise<number> {
    let count = 0;
    if (format === 'xlsx') {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
      const sheet = workbook.addWorksheet('recommendations');
      sheet.addRow([...TEMPLATE_COLUMNS]).commit();
      for await (const record of this.records(filter)) {
        sheet.addRow(TEMPLATE_COLUMNS.map((c) => record[c])).commit();
        count++;
      }
      sheet.commit();
      await workbook.commit();
      return count;
    }
    if (format === 'json') {
      await writeChunk(out, '[');
      for await (const record of this.records(filter)) {
        await writeChunk(out, `${count === 0 ? '\n' : ',\n'}${JSON.stringify(jsonShape(record))}`);
        count++;
      }
      out.end(count ? '\n]\n' : ']\n');
      return count;
    }
    const csv = stringify({ header: true, columns: [...TEMPLATE_COLUMNS] });
    csv.pipe(out);
    for await (const record of this.records(filter)) {
      if (!csv.write(record)) await once(csv, 'drain');
      count++;
    }
    csv.end();
    return count;
  }

  async writeFile(format: ExportFormat, filter: RecommendationFilter, path: string): Promise<number> {
    const out = createWriteStream(path);
    const closed = once(out, 'close');
    const count = await this.write(format, filter, out);
    await closed;
    return count;
  }
}

/** JSON keeps the template's names; lists become arrays, numbers numbers. */
function jsonShape(record: TemplateRecord): Record<string, unknown> {
  const list = (value: string) => (value ? value.split(LIST_SEPARATOR) : []);
  const number = (value: string) => (value ? Number(value) : null);
  return {
    ...record,
    cycle: number(record.cycle),
    session: number(record.session),
    action_category: number(record.action_category),
    recommending_states: list(record.recommending_states),
    upr_info_issues: list(record.upr_info_issues),
    ohchr_themes: list(record.ohchr_themes),
    sdgs: list(record.sdgs),
    affected_persons: list(record.affected_persons),
    archived: record.archived === 'true',
  };
}

async function writeChunk(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}
