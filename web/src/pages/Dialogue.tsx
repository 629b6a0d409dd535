/** The civil-society dialogue: alternative reports and consultations, their pages, public summaries. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { Attachments } from '../components/dialogue/Attachments.tsx';
import { RecommendationLink } from '../components/dialogue/RecommendationLabel.tsx';
import {
  type AlternativeReport,
  type Consultation,
  formatDay,
  type Lookups,
  localized,
  organizationName,
  type Summary,
  termName,
  useLookups,
} from '../dialogue.ts';
import { currentLanguage } from '../i18n.ts';
import { useSession } from '../session.tsx';
import { DialogueNav, Problem, useResource } from './dialogue/common.tsx';

const STATUSES = ['draft', 'submitted', 'scheduled', 'discussed'] as const;

function Themes({ ids, lookups }: { ids: number[]; lookups: Lookups }) {
  const language = currentLanguage();
  if (ids.length === 0) return <>—</>;
  return (
    <ul className="tags">
      {ids.map((id) => (
        <li key={id}>
          <Link to={`/dialogue/themes/${id}`}>{termName(lookups.terms.get(id), language)}</Link>
        </li>
      ))}
    </ul>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const language = currentLanguage();
  const lookups = useLookups();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const { data, error } = useResource<{ items: AlternativeReport[] }>(
    `/api/alternative-reports${status ? `?status=${encodeURIComponent(status)}` : ''}`,
  );
  return (
    <section className="dialogue">
      <h1>{t('dialogue.web.reports')}</h1>
      <DialogueNav />
      {can('alternative_report', 'create') && (
        <p>
          <Link className="button" to="/dialogue/reports/new">
            {t('dialogueForms.newButton')}
          </Link>
        </p>
      )}
      <p>
        <label>
          {t('dialogue.web.filterStatus')}{' '}
          <select
            value={status}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set('status', e.target.value);
              else next.delete('status');
              setParams(next);
            }}
          >
            <option value="">{t('dialogue.web.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`dialogue.web.reportStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </p>
      {error ? (
        <Problem status={error} />
      ) : !data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('dialogue.web.empty')}</p>
      ) : (
        <>
          <Coverage coalitionIds={[...new Set(data.items.map((r) => r.coalitionId))]} lookups={lookups} />
          <table className="list" data-testid="reports">
            <thead>
              <tr>
                <th scope="col">{t('dialogue.web.coalition')}</th>
                <th scope="col">{t('dialogue.web.number')}</th>
                <th scope="col">{t('dialogue.web.reportTitle')}</th>
                <th scope="col">{t('dialogue.web.status')}</th>
                <th scope="col">{t('dialogue.web.themes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((report) => (
                <tr key={report.id}>
                  <td>{organizationName(lookups.organizations.get(report.coalitionId), language)}</td>
                  <td className="nowrap">{t('dialogue.web.reportNumber', { number: report.number })}</td>
                  <td>
                    <Link to={`/dialogue/reports/${report.id}`}>{localized(report.title, language)}</Link>
                  </td>
                  <td>
                    <span className={`status ${report.status}`}>
                      {t(`dialogue.web.reportStatus.${report.status}`)}
                    </span>
                  </td>
                  <td>
                    <Themes ids={report.termIds} lookups={lookups} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** "Reports discussed: 3 of 8", for each coalition in the list. */
function Coverage({ coalitionIds, lookups }: { coalitionIds: number[]; lookups: Lookups }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [coverage, setCoverage] = useState<
    { coalitionId: number; total: number; discussed: number[]; remaining: number[] }[]
  >([]);
  const key = coalitionIds.join(',');
  useEffect(() => {
    let live = true;
    Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map((id) =>
          api<{ coalitionId: number; total: number; discussed: number[]; remaining: number[] }>(
            `/api/alternative-reports/coverage?coalitionId=${id}`,
          ).catch(() => null),
        ),
    ).then((rows) => live && setCoverage(rows.filter((r) => r !== null)));
    return () => {
      live = false;
    };
  }, [key]);
  if (coverage.length === 0) return null;
  return (
    <ul className="coverage" data-testid="coverage">
      {coverage.map((c) => (
        <li key={c.coalitionId}>
          {organizationName(lookups.organizations.get(c.coalitionId), language)} —{' '}
          {t('dialogue.web.coverage', { discussed: c.discussed.length, total: c.total })}
          {c.remaining.length > 0 &&
            `; ${t('dialogueForms.remaining', {
              numbers: c.remaining.map((number) => t('dialogue.web.reportNumber', { number })).join(', '),
            })}`}
        </li>
      ))}
    </ul>
  );
}

/** A titled section of free text (summary, findings, minutes...). */
function TextSection(props: { id: string; title: string; value: string | null }) {
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <Text value={props.value} />
    </section>
  );
}

function Text({ value }: { value: string | null }) {
  const { t } = useTranslation();
  if (!value) return <p className="muted">{t('dialogue.web.none')}</p>;
  return (
    <>
      {value.split(/\n{2,}/).map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
        <p key={i}>{paragraph}</p>
      ))}
    </>
  );
}

export function ReportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const language = currentLanguage();
  const lookups = useLookups();
  const location = useLocation();
  const {
    data: report,
    error,
    setData: setReport,
  } = useResource<AlternativeReport>(`/api/alternative-reports/${id}`);
  if (error) return <Problem status={error} />;
  if (!report) return <p className="muted">{t('common.loading')}</p>;
  const number = t('dialogue.web.reportNumber', { number: report.number });
  return (
    <article className="dialogue">
      <p>
        <Link to="/dialogue">← {t('dialogue.web.backToReports')}</Link>
      </p>
      <h1>
        {t('dialogue.web.reportHeading', { number })}: {localized(report.title, language)}
      </h1>
      {(location.state as { saved?: boolean } | null)?.saved && (
        <p role="status">{t('dialogue.web.saved')}</p>
      )}
      {report.abilities?.update && (
        <p>
          <Link className="button" to={`/dialogue/reports/${report.id}/edit`}>
            {t('dialogueForms.editButton')}
          </Link>
        </p>
      )}
      <dl className="facts">
        <dt>{t('dialogue.web.coalition')}</dt>
        <dd>{organizationName(lookups.organizations.get(report.coalitionId), language)}</dd>
        <dt>{t('dialogue.web.coordinatingOrganization')}</dt>
        <dd>
          {report.coordinatingOrganizationId
            ? organizationName(lookups.organizations.get(report.coordinatingOrganizationId), language)
            : '—'}
        </dd>
        <dt>{t('dialogue.web.status')}</dt>
        <dd>
          <span className={`status ${report.status}`}>{t(`dialogue.web.reportStatus.${report.status}`)}</span>
        </dd>
        <dt>{t('dialogue.web.submittedOn')}</dt>
        <dd>{report.submittedOn ? formatDay(report.submittedOn, language) : '—'}</dd>
        <dt>{t('dialogue.web.discussedOn')}</dt>
        <dd>{report.discussedOn ? formatDay(report.discussedOn, language) : '—'}</dd>
        <dt>{t('dialogue.web.themes')}</dt>
        <dd>
          <Themes ids={report.termIds} lookups={lookups} />
        </dd>
        <dt>{t('dialogue.web.authors')}</dt>
        <dd>
          {report.people.length === 0
            ? '—'
            : report.people
                .map(
                  (p) =>
                    `${localized(lookups.people.get(p.personId)?.name, language) || `#${p.personId}`} (${t(`dialogue.web.role.${p.role}`, { defaultValue: p.role })})`,
                )
                .join(', ')}
        </dd>
      </dl>
      <TextSection id="summary" title={t('dialogue.web.summary')} value={report.summary} />
      <TextSection id="findings" title={t('dialogue.web.findings')} value={report.findings} />
      <section aria-labelledby="items-title">
        <h2 id="items-title">{t('dialogue.web.items')}</h2>
        {report.items.length === 0 ? (
          <p className="muted">{t('dialogue.web.none')}</p>
        ) : (
          <ol>
            {report.items.map((item) => (
              <li key={item.id}>
                {item.text}
                {item.recommendationIds.length > 0 && (
                  <ul>
                    {item.recommendationIds.map((rid) => (
                      <li key={rid}>
                        <RecommendationLink id={rid} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="linked-title">
        <h2 id="linked-title">{t('dialogue.web.linkedRecommendations')}</h2>
        {report.recommendations.length === 0 ? (
          <p className="muted">{t('dialogue.web.none')}</p>
        ) : (
          <ul data-testid="linked-recommendations">
            {report.recommendations.map((link) => (
              <li key={link.recommendationId}>
                <RecommendationLink id={link.recommendationId} />
                {link.note ? ` — ${link.note}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Attachments
        base={`/api/alternative-reports/${report.id}`}
        attachments={report.attachments}
        canUpload={report.abilities?.update === true}
        onUploaded={(attachment) =>
          setReport({ ...report, attachments: [...report.attachments, attachment] })
        }
        onRemoved={(attachment) =>
          setReport({ ...report, attachments: report.attachments.filter((a) => a.id !== attachment.id) })
        }
      />
    </article>
  );
}

export function ConsultationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const language = currentLanguage();
  const lookups = useLookups();
  const { data, error } = useResource<{ items: Consultation[] }>('/api/consultations');
  return (
    <section className="dialogue">
      <h1>{t('dialogue.web.consultations')}</h1>
      <DialogueNav />
      {can('consultation', 'create') && (
        <p>
          <Link className="button" to="/dialogue/consultations/new">
            {t('dialogueForms.newConsultationButton')}
          </Link>
        </p>
      )}
      {error ? (
        <Problem status={error} />
      ) : !data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : data.items.length === 0 ? (
        <p>{t('dialogue.web.empty')}</p>
      ) : (
        <table className="list" data-testid="consultations">
          <thead>
            <tr>
              <th scope="col">{t('dialogue.web.date')}</th>
              <th scope="col">{t('dialogue.web.title')}</th>
              <th scope="col">{t('dialogue.web.chair')}</th>
              <th scope="col">{t('dialogue.web.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">{formatDay(c.startsAt, language)}</td>
                <td>
                  <Link to={`/dialogue/consultations/${c.id}`}>{localized(c.title, language)}</Link>
                </td>
                <td>
                  {c.chairPersonId ? localized(lookups.people.get(c.chairPersonId)?.name, language) : '—'}
                </td>
                <td>{c.published ? t('dialogue.web.published') : t('dialogue.web.notPublished')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Drafts the public summary in the UI's language; the coordinator edits, saves and publishes it. */
function SummaryEditor({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const language = currentLanguage();
  const [draft, setDraft] = useState<{ title: string; body: string }>();
  const [version, setVersion] = useState<number>();
  const [message, setMessage] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  // A summary saved earlier in this language opens in the editor; drafting again replaces its text.
  useEffect(() => {
    let live = true;
    api<{ items: Summary[] }>(`/api/consultations/${consultation.id}/summaries?lang=${language}`)
      .then(({ items }) => {
        const saved = items[0];
        if (live && saved) {
          setDraft({ title: saved.title, body: saved.body });
          setVersion(saved.version);
          setMessage(saved.published ? t('dialogue.web.published') : undefined);
        }
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [consultation.id, language, t]);

  async function generate() {
    setBusy(true);
    setProblem(undefined);
    setMessage(undefined);
    try {
      const [generated, saved] = await Promise.all([
        api<{ title: string; body: string }>(`/api/consultations/${consultation.id}/summary`, {
          method: 'POST',
          body: { lang: language },
        }),
        api<{ items: Summary[] }>(`/api/consultations/${consultation.id}/summaries?lang=${language}`),
      ]);
      setDraft({ title: generated.title, body: generated.body });
      setVersion(saved.items[0]?.version);
    } catch (error) {
      setProblem((error as Error).message || t('common.error'));
    } finally {
      setBusy(false);
    }
  }

  async function save(published: boolean) {
    if (!draft) return;
    setBusy(true);
    setProblem(undefined);
    setMessage(undefined);
    try {
      const saved = await api<Summary>(`/api/consultations/${consultation.id}/summaries/${language}`, {
        method: 'PUT',
        body: { ...draft, ...(published ? { published: true } : {}), ...(version ? { version } : {}) },
      });
      setVersion(saved.version);
      setMessage(published ? t('dialogue.web.publishedNow') : t('dialogue.web.saved'));
    } catch (error) {
      setProblem((error as Error).message || t('common.error'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="public-summary-title" className="summary-editor">
      <h2 id="public-summary-title">{t('dialogue.web.summaryHeading')}</h2>
      <button type="button" className="primary" disabled={busy} onClick={generate}>
        {t('dialogue.web.draftSummary')}
      </button>
      {draft && (
        <form
          className="edit"
          lang={language}
          onSubmit={(e) => {
            e.preventDefault();
            void save(false);
          }}
        >
          <label htmlFor="summary-title-input">{t('dialogue.web.summaryTitle')}</label>
          <input
            id="summary-title-input"
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
          />
          <label htmlFor="summary-body-input">{t('dialogue.web.summaryBody')}</label>
          <textarea
            id="summary-body-input"
            rows={18}
            value={draft.body}
            onChange={(e) => setDraft({ ...draft, body: e.target.value })}
          />
          <div className="actions">
            <button type="submit" disabled={busy}>
              {t('common.save')}
            </button>
            {can('summary', 'publish') && (
              <button type="button" className="primary" disabled={busy} onClick={() => void save(true)}>
                {t('dialogue.web.publish')}
              </button>
            )}
          </div>
        </form>
      )}
      {message && <p role="status">{message}</p>}
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}

/** The summary published in the reader's language, as the public reads it. */
function PublishedSummary({ consultationId }: { consultationId: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data } = useResource<{ items: Summary[] }>(
    `/api/consultations/${consultationId}/summaries?lang=${language}`,
  );
  const summary = data?.items.find((s) => s.published);
  if (!summary) return null;
  return (
    <section aria-labelledby="published-summary-title" data-testid="published-summary" lang={summary.lang}>
      <h2 id="published-summary-title">{t('dialogue.web.summaryHeading')}</h2>
      <h3>{summary.title}</h3>
      <Text value={summary.body} />
    </section>
  );
}

export function ConsultationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can } = useSession();
  const language = currentLanguage();
  const lookups = useLookups();
  const location = useLocation();
  const { data: c, error, setData: setConsultation } = useResource<Consultation>(`/api/consultations/${id}`);
  const { data: reports } = useResource<{ items: AlternativeReport[] }>('/api/alternative-reports');
  if (error) return <Problem status={error} />;
  if (!c) return <p className="muted">{t('common.loading')}</p>;
  const person = (personId: number | null) =>
    personId ? localized(lookups.people.get(personId)?.name, language) || `#${personId}` : '—';
  const org = (orgId: number | null) =>
    orgId ? organizationName(lookups.organizations.get(orgId), language) : '—';
  const reportById = new Map((reports?.items ?? []).map((r) => [r.id, r]));
  return (
    <article className="dialogue">
      <p>
        <Link to="/dialogue/consultations">← {t('dialogue.web.backToConsultations')}</Link>
      </p>
      <h1>{localized(c.title, language)}</h1>
      {(location.state as { saved?: boolean } | null)?.saved && (
        <p role="status">{t('dialogue.web.saved')}</p>
      )}
      {c.abilities?.update && (
        <p>
          <Link className="button" to={`/dialogue/consultations/${c.id}/edit`}>
            {t('dialogueForms.editButton')}
          </Link>
        </p>
      )}
      <dl className="facts">
        <dt>{t('dialogue.web.date')}</dt>
        <dd>{formatDay(c.startsAt, language)}</dd>
        <dt>{t('dialogue.web.chair')}</dt>
        <dd data-testid="chair">
          {person(c.chairPersonId)}
          {c.chairPersonId && lookups.people.get(c.chairPersonId)
            ? ` (${localized(lookups.people.get(c.chairPersonId)?.position, language)})`
            : ''}
        </dd>
        <dt>{t('dialogue.web.organizer')}</dt>
        <dd>{org(c.organizerOrganizationId)}</dd>
        <dt>{t('dialogue.web.place')}</dt>
        <dd>
          {c.place ?? (c.link ? null : '—')}
          {c.link && (
            <>
              {c.place ? ', ' : ''}
              <a href={c.link}>{c.link}</a>
            </>
          )}
        </dd>
        <dt>{t('dialogue.web.status')}</dt>
        <dd>{c.published ? t('dialogue.web.published') : t('dialogue.web.notPublished')}</dd>
        <dt>{t('dialogue.web.organizations')}</dt>
        <dd>{c.organizationIds.map((o) => org(o)).join('; ') || '—'}</dd>
      </dl>
      <section aria-labelledby="participants-title">
        <h2 id="participants-title">{t('dialogue.web.participants')}</h2>
        {c.participants.length === 0 ? (
          <p className="muted">{t('dialogue.web.none')}</p>
        ) : (
          <ul data-testid="participants">
            {c.participants.map((p) => (
              <li key={`${p.personId}-${p.role}`}>
                <strong>{person(p.personId)}</strong>
                {lookups.people.get(p.personId)
                  ? `, ${localized(lookups.people.get(p.personId)?.position, language)}`
                  : ''}{' '}
                — {t(`dialogue.web.role.${p.role}`, { defaultValue: p.role })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agenda-title">
        <h2 id="agenda-title">{t('dialogue.web.agenda')}</h2>
        {c.agenda.length === 0 ? (
          <p className="muted">{t('dialogue.web.none')}</p>
        ) : (
          <ol>
            {c.agenda.map((item) => {
              const report = item.reportId ? reportById.get(item.reportId) : undefined;
              return (
                <li key={item.id}>
                  {item.reportId && (
                    <Link to={`/dialogue/reports/${item.reportId}`}>
                      {report
                        ? `${t('dialogue.web.reportHeading', { number: t('dialogue.web.reportNumber', { number: report.number }) })}: ${localized(report.title, language)}`
                        : `#${item.reportId}`}
                    </Link>
                  )}
                  {item.termId && (
                    <Link to={`/dialogue/themes/${item.termId}`}>
                      {termName(lookups.terms.get(item.termId), language)}
                    </Link>
                  )}
                  {item.recommendationId && <RecommendationLink id={item.recommendationId} />}
                  {item.note ? ` — ${item.note}` : ''}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <TextSection id="minutes" title={t('dialogue.web.minutes')} value={c.minutes} />
      <TextSection id="decisions" title={t('dialogue.web.decisions')} value={c.decisions} />
      <TextSection id="outcome" title={t('dialogue.web.outcome')} value={c.outcome} />
      <section aria-labelledby="followups-title">
        <h2 id="followups-title">{t('dialogue.web.followUps')}</h2>
        {c.followUps.length === 0 ? (
          <p className="muted">{t('dialogue.web.none')}</p>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t('dialogue.web.task')}</th>
                <th scope="col">{t('dialogue.web.owner')}</th>
                <th scope="col">{t('dialogue.web.due')}</th>
                <th scope="col">{t('dialogue.web.status')}</th>
              </tr>
            </thead>
            <tbody>
              {c.followUps.map((f) => (
                <tr key={f.id}>
                  <td>
                    {f.text}
                    {f.recommendationIds.length > 0 && (
                      <ul>
                        {f.recommendationIds.map((rid) => (
                          <li key={rid}>
                            <RecommendationLink id={rid} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{f.ownerPersonId ? person(f.ownerPersonId) : org(f.ownerOrganizationId)}</td>
                  <td>{f.dueOn ? formatDay(f.dueOn, language) : '—'}</td>
                  <td>{t(`dialogue.web.followUpStatus.${f.status}`, { defaultValue: f.status })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Attachments
        base={`/api/consultations/${c.id}`}
        attachments={c.attachments ?? []}
        canUpload={c.abilities?.update === true}
        onUploaded={(attachment) =>
          setConsultation({ ...c, attachments: [...(c.attachments ?? []), attachment] })
        }
        onRemoved={(attachment) =>
          setConsultation({
            ...c,
            attachments: (c.attachments ?? []).filter((a) => a.id !== attachment.id),
          })
        }
      />
      {can('summary', 'create') ? (
        <SummaryEditor key={language} consultation={c} />
      ) : (
        <PublishedSummary key={language} consultationId={c.id} />
      )}
    </article>
  );
}
