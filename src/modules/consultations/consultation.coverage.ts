/**
 * Coverage of the dialogue: for a recommendation or a theme, the alternative reports and consultations
 * that dealt with it, directly or through a shared theme. The public sees submitted reports and
 * published consultations only.
 */
import type { Kysely } from 'kysely';
import type { AlternativeReportRow, ConsultationRow, DB } from '../../db/schema.ts';
import { notFound } from '../../http/problem.ts';
import { AlternativeReportRepository } from '../alternative-reports/alternative-report.repository.ts';
import { type Caller, can } from '../policies/policy.ts';
import { ConsultationRepository } from './consultation.repository.ts';
import type { DialogueDto } from './consultation.schema.ts';

type ReportVia = DialogueDto['reports'][number]['via'];
type ConsultationVia = DialogueDto['consultations'][number]['via'];

export class DialogueCoverageService {
  private readonly reports: AlternativeReportRepository;
  private readonly consultations: ConsultationRepository;

  constructor(db: Kysely<DB>) {
    this.reports = new AlternativeReportRepository(db);
    this.consultations = new ConsultationRepository(db);
  }

  async forRecommendation(id: number, caller: Caller): Promise<DialogueDto> {
    const recommendation = await this.consultations.recommendation(id);
    if (
      !recommendation ||
      !can(caller, 'read', 'recommendation', { published: recommendation.published, agencyIds: [] })
    )
      throw notFound(`no recommendation ${id}`);
    const { termIds } = recommendation;
    const publishedOnly = caller === null;
    const found = new Map<number, { row: AlternativeReportRow; via: ReportVia }>();
    const add = (rows: AlternativeReportRow[], via: ReportVia) => {
      for (const row of rows) if (!found.has(row.id)) found.set(row.id, { row, via });
    };
    const linked = await this.reports.list({ recommendationId: id, publishedOnly });
    const links = await this.reports.links(linked.map((r) => r.id));
    add(
      linked.filter((r) => links.get(r.id)?.recommendations.some((l) => l.recommendationId === id)),
      'link',
    );
    add(linked, 'item');
    for (const termId of termIds) add(await this.reports.list({ termId, publishedOnly }), 'theme');
    const consultations = new Map<number, { row: ConsultationRow; via: ConsultationVia }>();
    const addConsultations = (rows: ConsultationRow[], via: ConsultationVia) => {
      for (const row of rows) if (!consultations.has(row.id)) consultations.set(row.id, { row, via });
    };
    addConsultations(
      await this.consultations.listByAgenda(
        { reportIds: [], termIds: [], recommendationIds: [id] },
        publishedOnly,
      ),
      'agenda',
    );
    addConsultations(
      await this.consultations.listByAgenda(
        { reportIds: [...found.keys()], termIds: [], recommendationIds: [] },
        publishedOnly,
      ),
      'report',
    );
    addConsultations(
      await this.consultations.listByAgenda({ reportIds: [], termIds, recommendationIds: [] }, publishedOnly),
      'theme',
    );
    return present([...found.values()], [...consultations.values()]);
  }

  async forTerm(termId: number, caller: Caller): Promise<DialogueDto> {
    if (!(await this.consultations.existing('terms', [termId])).has(termId))
      throw notFound(`no term ${termId}`);
    const publishedOnly = caller === null;
    const reports = await this.reports.list({ termId, publishedOnly });
    const consultations = new Map<number, { row: ConsultationRow; via: ConsultationVia }>();
    for (const row of await this.consultations.listByAgenda(
      { reportIds: [], termIds: [termId], recommendationIds: [] },
      publishedOnly,
    ))
      consultations.set(row.id, { row, via: 'theme' });
    for (const row of await this.consultations.listByAgenda(
      { reportIds: reports.map((r) => r.id), termIds: [], recommendationIds: [] },
      publishedOnly,
    ))
      if (!consultations.has(row.id)) consultations.set(row.id, { row, via: 'report' });
    return present(
      reports.map((row) => ({ row, via: 'theme' as const })),
      [...consultations.values()],
    );
  }
}

function present(
  reports: { row: AlternativeReportRow; via: ReportVia }[],
  consultations: { row: ConsultationRow; via: ConsultationVia }[],
): DialogueDto {
  return {
    reports: reports
      .sort((a, b) => a.row.coalition_id - b.row.coalition_id || a.row.number - b.row.number)
      .map(({ row, via }) => ({
        id: row.id,
        coalitionId: row.coalition_id,
        number: row.number,
        title: { ru: row.title_ru, kk: row.title_kk, en: row.title_en },
        status: row.status,
        via,
      })),
    consultations: consultations
      .sort((a, b) => b.row.starts_at.localeCompare(a.row.starts_at))
      .map(({ row, via }) => ({
        id: row.id,
        title: { ru: row.title_ru, kk: row.title_kk, en: row.title_en },
        startsAt: row.starts_at,
        via,
      })),
  };
}
