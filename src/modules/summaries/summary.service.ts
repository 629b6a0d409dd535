/**
 * Public summaries of consultations: a news-item draft generated from the consultation, the registry and
 * the coalition's reports, in Russian, Kazakh or English; saved, edited and published by the coordinator.
 * Publishing a summary publishes its consultation: the public sees both from then on.
 */
import type { Kysely } from 'kysely';
import type { DB, OrganizationRow, PersonRow, PublicSummaryRow } from '../../db/schema.ts';
import { badRequest, conflict, forbidden } from '../../http/problem.ts';
import type { Language } from '../../i18n/index.ts';
import { AlternativeReportRepository } from '../alternative-reports/alternative-report.repository.ts';
import { type AuditActor, AuditService } from '../audit/audit.service.ts';
import { ConsultationRepository } from '../consultations/consultation.repository.ts';
import { ConsultationService } from '../consultations/consultation.service.ts';
import { PersonRepository } from '../people/person.repository.ts';
import { type Caller, can } from '../policies/policy.ts';
import { SummaryRepository } from './summary.repository.ts';
import { presentSummary } from './summary.schema.ts';
import { formatDate, listOf, translate } from './summary.template.ts';

export interface SummaryDraft {
  title: string;
  body: string;
}

type Localized = { name_ru: string; name_kk: string; name_en: string };
const nameIn = (lang: Language, row: Localized) =>
  ({ ru: row.name_ru, kk: row.name_kk, en: row.name_en })[lang];

export class SummaryService {
  private readonly summaries: SummaryRepository;

  constructor(private readonly db: Kysely<DB>) {
    this.summaries = new SummaryRepository(db);
  }

  /** The draft news item of a consultation in one language; nothing is stored. */
  async generate(consultationId: number, lang: Language, caller: Caller): Promise<SummaryDraft> {
    if (!can(caller, 'create', 'summary')) throw forbidden();
    const consultation = await new ConsultationService(this.db).readable(consultationId, caller);
    const links = (await new ConsultationRepository(this.db).links([consultationId])).get(consultationId);
    const t = (key: string, vars: Record<string, string | number> = {}) =>
      translate(lang, `dialogue.summary.${key}`, vars);
    const date = formatDate(lang, consultation.starts_at);
    const title = { ru: consultation.title_ru, kk: consultation.title_kk, en: consultation.title_en }[lang];

    const reportRepository = new AlternativeReportRepository(this.db);
    const reportIds = [...new Set((links?.agenda ?? []).flatMap((a) => (a.reportId ? [a.reportId] : [])))];
    const reports = await reportRepository.findByIds(reportIds);
    const reportLinks = await reportRepository.links(reportIds);
    const participants = links?.participants ?? [];
    const people = new Map(
      (
        await new PersonRepository(this.db).findByIds([
          ...participants.map((p) => p.personId),
          ...(consultation.chair_person_id ? [consultation.chair_person_id] : []),
        ])
      ).map((p) => [p.id, p]),
    );
    const coalitionIds = [...new Set(reports.map((r) => r.coalition_id))];
    const organizations = new Map(
      (
        await this.summaries.organizations([
          ...coalitionIds,
          ...(links?.organizationIds ?? []),
          ...reports.flatMap((r) => (r.coordinating_organization_id ? [r.coordinating_organization_id] : [])),
          ...[...people.values()].flatMap((p) => (p.organization_id ? [p.organization_id] : [])),
        ])
      ).map((o) => [o.id, o]),
    );
    const termIds = [
      ...new Set([
        ...reports.flatMap((r) => reportLinks.get(r.id)?.termIds ?? []),
        ...(links?.agenda ?? []).flatMap((a) => (a.termId ? [a.termId] : [])),
      ]),
    ];
    const terms = new Map((await this.summaries.terms(termIds)).map((term) => [term.id, term]));
    const termLabel = (id: number) => {
      const term = terms.get(id);
      if (!term) return String(id);
      return (
        ({ ru: term.label_ru, kk: term.label_kk, en: term.label_en }[lang] ?? term.label_en) || term.label_en
      );
    };
    const number = (n: number) => t('reportNumber', { number: n });
    const person = (p: PersonRow | undefined) => {
      if (!p) return '';
      const position = { ru: p.position_ru, kk: p.position_kk, en: p.position_en }[lang];
      const organization = p.organization_id ? organizations.get(p.organization_id) : undefined;
      const detail = position || (organization ? nameIn(lang, organization) : '');
      return detail ? `${nameIn(lang, p)} (${detail})` : nameIn(lang, p);
    };
    const withRole = (role: string) =>
      participants.filter((p) => p.role === role).map((p) => person(people.get(p.personId)));
    const orgNames = (rows: (OrganizationRow | undefined)[]) =>
      listOf(lang, [...new Set(rows.flatMap((o) => (o ? [nameIn(lang, o)] : [])))]);

    const paragraphs: string[] = [t('opening', { date, title })];
    const chair = consultation.chair_person_id ? people.get(consultation.chair_person_id) : undefined;
    if (chair) paragraphs.push(t('chair', { chair: person(chair) }));
    const numbers = listOf(
      lang,
      reports.map((r) => number(r.number)),
    );
    for (const coalitionId of coalitionIds) {
      const own = reports.filter((r) => r.coalition_id === coalitionId);
      const coalition = organizations.get(coalitionId);
      paragraphs.push(
        t('reports', {
          count: own.length,
          reports: listOf(
            lang,
            own.map((r) => number(r.number)),
          ),
          coalition: coalition ? nameIn(lang, coalition) : '',
        }),
      );
    }
    for (const report of reports) {
      const themes = (reportLinks.get(report.id)?.termIds ?? []).map((id) =>
        t('quoted', { text: termLabel(id) }),
      );
      paragraphs.push(
        t('report', {
          number: number(report.number),
          title: { ru: report.title_ru, kk: report.title_kk, en: report.title_en }[lang],
          themes: themes.join(', '),
        }),
      );
    }
    const counts = await this.summaries.countsByTermAndCycle(termIds, consultation.state_iso3);
    const state = consultation.state_iso3 ? await this.summaries.state(consultation.state_iso3) : undefined;
    for (const cycle of [...new Set(counts.map((c) => c.cycle))].sort((a, b) => b - a)) {
      const ofCycle = counts
        .filter((c) => c.cycle === cycle)
        .sort((a, b) => b.count - a.count || a.termId - b.termId);
      paragraphs.push(
        t('registry', {
          state: state ? nameIn(lang, state) : t('allStates'),
          cycle,
          counts: ofCycle
            .map((c) => t('registryCount', { count: c.count, theme: termLabel(c.termId) }))
            .join('; '),
        }),
      );
    }
    const coordinators = reports.map((r) =>
      r.coordinating_organization_id ? organizations.get(r.coordinating_organization_id) : undefined,
    );
    if (coordinators.some(Boolean))
      paragraphs.push(t('coordination', { organizations: orgNames(coordinators) }));
    const presenters = withRole('presenter');
    if (presenters.length)
      paragraphs.push(t('presenters', { count: presenters.length, names: listOf(lang, presenters) }));
    const speakers = withRole('speaker');
    if (speakers.length) paragraphs.push(t('speakers', { names: listOf(lang, speakers) }));
    const analysts = withRole('analyst');
    if (analysts.length) paragraphs.push(t('analysts', { names: listOf(lang, analysts) }));
    if (links?.organizationIds.length)
      paragraphs.push(
        t('organizations', {
          organizations: orgNames(links.organizationIds.map((id) => organizations.get(id))),
        }),
      );
    if (consultation.outcome) paragraphs.push(t('outcome', { outcome: consultation.outcome }));
    if (consultation.decisions) paragraphs.push(t('decisions', { decisions: consultation.decisions }));
    for (const coalitionId of coalitionIds) {
      const all = await reportRepository.list({ coalitionId });
      const remaining = all.filter((r) => r.status !== 'discussed' && !reportIds.includes(r.id)).length;
      const coalition = organizations.get(coalitionId);
      const name = coalition ? nameIn(lang, coalition) : '';
      paragraphs.push(
        remaining
          ? t('remaining', { count: remaining, coalition: name })
          : t('noneRemaining', { coalition: name }),
      );
    }
    return {
      title: reports.length ? t('title', { count: reports.length, date, reports: numbers }) : title,
      body: paragraphs.join('\n\n'),
    };
  }

  /** The summaries of a consultation the caller may read (the public: published ones). */
  async list(
    filter: { consultationId?: number; lang?: Language },
    caller: Caller,
  ): Promise<PublicSummaryRow[]> {
    if (filter.consultationId !== undefined)
      await new ConsultationService(this.db).readable(filter.consultationId, caller);
    return this.summaries.list({
      ...filter,
      publishedOnly: !can(caller, 'read', 'summary', { published: false }),
    });
  }

  /** Saves (creates or edits) the summary in one language; `published` publishes or withdraws it. */
  async save(
    consultationId: number,
    lang: Language,
    input: {
      title?: string | undefined;
      body?: string | undefined;
      published?: boolean | undefined;
      version?: number | undefined;
    },
    caller: Caller,
    actor: AuditActor,
  ): Promise<PublicSummaryRow> {
    await new ConsultationService(this.db).readable(consultationId, caller);
    const current = await this.summaries.find(consultationId, lang);
    if (!can(caller, current ? 'update' : 'create', 'summary', { published: current?.published === 1 }))
      throw forbidden();
    if (
      input.published !== undefined &&
      input.published !== (current?.published === 1) &&
      !can(caller, 'publish', 'summary')
    )
      throw forbidden('only the coordinator publishes summaries');
    if (current && input.version !== current.version)
      throw conflict(
        'the summary changed since you read it (send its version)',
        presentSummary(current, caller),
      );
    if (!current && (input.title === undefined || input.body === undefined))
      throw badRequest('a new summary needs a title and a body');
    return this.db.transaction().execute(async (trx) => {
      const repository = new SummaryRepository(trx);
      const saved = current
        ? await repository.updateVersioned(current.id, current.version, input)
        : await repository.insert({
            consultationId,
            lang,
            title: input.title as string,
            body: input.body as string,
            published: input.published ?? false,
          });
      if (!saved) throw conflict('the summary changed since you read it', null);
      if (saved.published === 1) await new ConsultationRepository(trx).setPublished(consultationId);
      await new AuditService(trx).record({
        actor,
        action: current
          ? input.published === true && current.published !== 1
            ? 'publish'
            : 'update'
          : 'create',
        entityType: 'summary',
        entityId: saved.id,
        before: current ?? null,
        after: saved,
      });
      return saved;
    });
  }
}
