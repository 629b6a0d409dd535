/**
 * The "Implementation" section of a recommendation's page: the government's status (derived from the
 * measures, overridable with a reason by the coordinator) beside civil society's assessments (contributors
 * add and edit their organization's), disagreements highlighted; then the measures, clusters and latest progress.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay, organizationName, useLookups } from '../dialogue.ts';
import { formatDate } from '../format.ts';
import { currentLanguage } from '../i18n.ts';
import {
  type Assessment,
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
  implementationApi,
  linesOf,
  orNull,
  type RecommendationImplementation,
  titleIn,
} from '../implementation.ts';
import { useSession } from '../session.tsx';
import { FormActions, useSubmit } from './forms/FormActions.tsx';
import { MeasureStatusBadge, ReportStatusBadge, StatusBadge, useMember } from './implementation/common.tsx';

export function ImplementationSection({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { organizations } = useLookups();
  const { can } = useSession();
  const member = useMember();
  const [data, setData] = useState<RecommendationImplementation | null>();
  const [overriding, setOverriding] = useState(false);
  const [assessing, setAssessing] = useState<Assessment | 'new' | null>(null);

  const load = useCallback(() => {
    implementationApi
      .recommendation(id)
      .then(setData)
      .catch(() => setData(null));
  }, [id]);
  useEffect(load, [load]);

  if (data === null) return null; // Not readable by this reader, or no such recommendation.
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const myOrg = member?.organizationId ?? null;
  const mayAssess =
    myOrg !== null &&
    can('assessment', 'create') &&
    !data.civilSociety.some((a) => a.organizationId === myOrg);
  const measureTitle = (measureId: number) =>
    titleIn(data.measures.find((m) => m.id === measureId)?.title, language) || `#${measureId}`;

  return (
    <section className="impl" aria-labelledby="implementation-title" data-testid="implementation">
      <h2 id="implementation-title">{t('plan.section.title')}</h2>
      {data.disagreement && (
        <p className="disagree-note" data-testid="disagreement">
          <span className="disagree-flag">{t('plan.disagreement')}</span> {t('plan.section.disagreementNote')}
        </p>
      )}
      <div className="impl-side">
        <div data-testid="government">
          <h3>{t('plan.column.government')}</h3>
          <p>
            <StatusBadge status={data.government} testId="government-status" />
          </p>
          <p className="muted">
            {t('plan.section.derived')} {t(`plan.status.${data.derived}`)}
          </p>
          {data.override && (
            <p>
              <strong>{t('plan.section.overrideReason')}:</strong> {data.override.reason ?? '—'}
              {data.override.at && <span className="muted"> ({formatDate(data.override.at, language)})</span>}
            </p>
          )}
          {data.abilities.update &&
            (overriding ? (
              <OverrideForm
                data={data}
                onSaved={(next) => {
                  setData(next);
                  setOverriding(false);
                }}
                onCancel={() => setOverriding(false)}
              />
            ) : (
              <button type="button" onClick={() => setOverriding(true)}>
                {t('plan.section.override')}
              </button>
            ))}
        </div>
        <div data-testid="civil-society">
          <h3>{t('plan.column.civilSociety')}</h3>
          {data.civilSociety.length === 0 && <p className="muted">{t('plan.notAssessed')}</p>}
          {data.civilSociety.map((a) => {
            const differs = a.status !== data.government;
            return (
              <div key={a.id} className={`assessment${differs ? ' disagree' : ''}`} data-testid="assessment">
                <p>
                  <strong>{organizationName(organizations.get(a.organizationId), language)}</strong>:{' '}
                  <StatusBadge status={a.status} />
                  {differs && <span className="disagree-flag">{t('plan.disagreement')}</span>}
                </p>
                {a.evidence && <p>{a.evidence}</p>}
                {a.links.length > 0 && (
                  <ul>
                    {a.links.map((link) => (
                      <li key={link}>
                        <a href={link} rel="noopener noreferrer" target="_blank">
                          {link}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                {a.abilities.update &&
                  (assessing !== null && assessing !== 'new' && assessing.id === a.id ? (
                    <AssessmentForm
                      recommendationId={id}
                      assessment={a}
                      onSaved={() => {
                        setAssessing(null);
                        load();
                      }}
                      onCancel={() => setAssessing(null)}
                    />
                  ) : (
                    <button type="button" onClick={() => setAssessing(a)}>
                      {t('plan.section.editAssessment')}
                    </button>
                  ))}
              </div>
            );
          })}
          {mayAssess &&
            (assessing === 'new' ? (
              <AssessmentForm
                recommendationId={id}
                onSaved={() => {
                  setAssessing(null);
                  load();
                }}
                onCancel={() => setAssessing(null)}
              />
            ) : (
              <button type="button" className="primary" onClick={() => setAssessing('new')}>
                {t('plan.section.assess')}
              </button>
            ))}
        </div>
      </div>
      <h3>{t('plan.measures', { count: data.measures.length })}</h3>
      {data.measures.length === 0 ? (
        <p className="muted">{t('plan.noMeasures')}</p>
      ) : (
        <ul data-testid="recommendation-measures">
          {data.measures.map((m) => (
            <li key={m.id}>
              <Link to={`/implementation/measures/${m.id}`}>{titleIn(m.title, language)}</Link>{' '}
              <MeasureStatusBadge status={m.status} />
              {m.targetDate && (
                <span className="muted">
                  {' '}
                  {t('plan.section.target', { date: formatDay(m.targetDate, language) })}
                </span>
              )}
              {m.via === 'cluster' && <span className="muted"> {t('plan.section.viaCluster')}</span>}
            </li>
          ))}
        </ul>
      )}
      {data.clusters.length > 0 && (
        <p>
          {t('plan.section.clusters')}: {data.clusters.map((c) => titleIn(c.title, language)).join('; ')}
        </p>
      )}
      <h3>{t('plan.section.latestProgress')}</h3>
      {data.latestProgress.length === 0 ? (
        <p className="muted">{t('plan.none')}</p>
      ) : (
        <ul data-testid="latest-progress">
          {data.latestProgress.map((p) => (
            <li key={p.id}>
              <Link to={`/implementation/measures/${p.measureId}#report-${p.id}`}>
                {measureTitle(p.measureId)}
              </Link>{' '}
              <ReportStatusBadge status={p.status} />{' '}
              {p.dueDate && <span className="muted">{formatDay(p.dueDate, language)} </span>}
              {p.text.length > 200 ? `${p.text.slice(0, 200)}…` : p.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OverrideForm(props: {
  data: RecommendationImplementation;
  onSaved(next: RecommendationImplementation): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(props.data.override?.status ?? '');
  const [reason, setReason] = useState(props.data.override?.reason ?? '');
  const { busy, problem, onSubmit } = useSubmit();

  const save = onSubmit(async () => {
    props.onSaved(
      await implementationApi.override(props.data.recommendationId, {
        version: props.data.version,
        status: (status || null) as ImplementationStatus | null,
        reason: status ? orNull(reason) : null,
      }),
    );
  });

  return (
    <form className="impl-form" onSubmit={save}>
      <label>
        {t('plan.section.overrideStatus')}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">
            {t('plan.section.useDerived', { status: t(`plan.status.${props.data.derived}`) })}
          </option>
          {IMPLEMENTATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {status && (
        <label>
          {t('plan.section.overrideReason')}
          <textarea required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      )}
      <FormActions problem={problem} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}

function AssessmentForm(props: {
  recommendationId: number;
  assessment?: Assessment;
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const a = props.assessment;
  const [status, setStatus] = useState<string>(a?.status ?? 'not_started');
  const [evidence, setEvidence] = useState(a?.evidence ?? '');
  const [links, setLinks] = useState((a?.links ?? []).join('\n'));
  const { busy, problem, onSubmit } = useSubmit();

  const save = onSubmit(async () => {
    const body = { status, evidence: orNull(evidence), links: linesOf(links) };
    if (a) await implementationApi.updateAssessment(a.id, { ...body, version: a.version });
    else await implementationApi.createAssessment({ ...body, recommendationId: props.recommendationId });
    props.onSaved();
  });

  return (
    <form className="impl-form" onSubmit={save} aria-labelledby="assessment-form-title">
      <h4 id="assessment-form-title">{a ? t('plan.section.editAssessment') : t('plan.section.assess')}</h4>
      <label>
        {t('plan.section.assessmentStatus')}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          {IMPLEMENTATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plan.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('plan.section.evidence')}
        <textarea rows={4} value={evidence} onChange={(e) => setEvidence(e.target.value)} />
      </label>
      <label>
        {t('plan.report.links')}
        <textarea rows={2} value={links} onChange={(e) => setLinks(e.target.value)} placeholder="https://…" />
      </label>
      <FormActions problem={problem} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}
