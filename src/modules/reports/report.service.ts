/**
 * Generates a review's report: one `ReviewReport` from one set of queries, rendered as DOCX, PDF or XLSX.
 *
 * @example
 *   const file = await new ReportService(db).generate({ state: 'KAZ', cycle: 3, kind: 'midterm', format: 'pdf', lang: 'ru' });
 *   writeFileSync(file.fileName, file.content);
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound } from '../../http/problem.ts';
import type { Language } from '../../i18n/index.ts';
import { implementationStatuses } from '../implementation/status.ts';
import { translate } from '../summaries/summary.template.ts';
import { renderDocx } from './report.docx.ts';
import { assembleReport, type ReportFormat, type ReportKind, type ReviewReport } from './report.model.ts';
import { renderPdf } from './report.pdf.ts';
import { ReportRepository } from './report.repository.ts';
import { renderXlsx } from './report.xlsx.ts';

export interface ReportRequest {
  state: string;
  cycle: number;
  kind: ReportKind;
  format: ReportFormat;
  lang: Language;
  /** The day overdue reports are counted on (default: today). */
  today?: string;
}

export interface ReportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export class ReportService {
  private readonly repository: ReportRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.repository = new ReportRepository(db);
  }

  /** The report's data; 404 for an unknown state or a review without recommendations. */
  async build(request: Omit<ReportRequest, 'format'>): Promise<ReviewReport> {
    const iso3 = request.state.toUpperCase();
    const state = await this.repository.state(iso3);
    if (!state) throw notFound(`no state with the ISO code "${request.state}"`);
    const facts = await this.repository.facts(state, request.cycle);
    if (facts.recommendations.length === 0)
      throw notFound(`no review of ${iso3} in cycle ${request.cycle}: it has no recommendations`);
    const statuses = await implementationStatuses(
      this.db,
      facts.recommendations.map((r) => r.id),
    );
    return assembleReport({
      kind: request.kind,
      lang: request.lang,
      cycle: request.cycle,
      today: request.today ?? new Date().toISOString().slice(0, 10),
      facts,
      statuses,
      otherTitle: translate(request.lang, 'reports.doc.other'),
    });
  }

  async generate(request: ReportRequest): Promise<ReportFile> {
    const report = await this.build(request);
    return { ...reportFileName(request), content: await render(report, request.format) };
  }
}

export function render(report: ReviewReport, format: ReportFormat): Promise<Buffer> {
  if (format === 'docx') return renderDocx(report);
  if (format === 'pdf') return renderPdf(report);
  return renderXlsx(report);
}

export function reportFileName(request: Omit<ReportRequest, 'today'>): {
  fileName: string;
  contentType: string;
} {
  return {
    fileName: `upr-${request.kind}-${request.state.toUpperCase()}-cycle${request.cycle}-${request.lang}.${request.format}`,
    contentType: CONTENT_TYPES[request.format],
  };
}
