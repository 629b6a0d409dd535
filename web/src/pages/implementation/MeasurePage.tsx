/**
 * One measure of the plan: its details, linked recommendations and clusters, its indicators with every due
 * date (and the report written for it, or "due"/"overdue"), and its progress reports with their flow. Also the
 * page that creates a measure (`/implementation/measures/new?state=&cycle=`, the coordinator).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, cached, type Recommendation } from '../../api.ts';
import {
  DueBadge,
  ImplementationNav,
  MeasureStatusBadge,
  Problem,
  RecommendationRef,
} from '../../components/implementation/common.tsx';
import { IndicatorForm, MeasureForm } from '../../components/implementation/MeasureForm.tsx';
import {
  ReportCard,
  type ReportDraft,
  ReportForm,
} from '../../components/implementation/ProgressReports.tsx';
import { formatDay } from '../../dialogue.ts';
import { currentLanguage } from '../../i18n.ts';
import {
  agencyName,
  type Cluster,
  dueSlots,
  implementationApi,
  type Measure,
  type ProgressReport,
  titleIn,
  useAgencies,
} from '../../implementation.ts';
import { useSession } from '../../session.tsx';

export default function MeasurePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const language = currentLanguage();
  const agencies = useAgencies();
  const { can } = useSession();
  const [measure, setMeasure] = useState<Measure>();
  const [reports, setReports] = useState<ProgressReport[]>([]);
  const [error, setError] = useState<number>();
  const [editing, setEditing] = useState(false);
  const [indicatorForm, setIndicatorForm] = useState<number | 'new' | null>(null);
  const [reportForm, setReportForm] = useState<{ draft?: ReportDraft; report?: ProgressReport } | null>(null);
  const [clusters, setClusters] = useState<Cluster[]>([]);
  const [review, setReview] = useState<{ state: string; cycle: string } | null>(null);

  const load = useCallback(() => {
    Promise.all([
      implementationApi.measure(Number(id)),
      implementationApi.reports(new URLSearchParams({ measureId: String(id) })),
    ])
      .then(([m, r]) => {
        setMeasure(m);
        setReports(r.items);
        setError(undefined);
      })
      .catch((e) => setError(e instanceof ApiError ? e.status : 500));
  }, [id]);
  useEffect(load, [load]);

  // The clusters' titles, and the review the measure belongs to (for the coordinator's link choices).
  const clusterKey = measure?.clusterIds.join(',') ?? '';
  const firstRec = measure?.recommendationIds[0];
  useEffect(() => {
    const ids = clusterKey ? clusterKey.split(',').map(Number) : [];
    Promise.all(ids.map((c) => cached<Cluster>(`/api/clusters/${c}`).catch(() => null))).then((found) => {
      const list = found.filter((c): c is Cluster => c !== null);
      setClusters(list);
      const first = list[0];
      if (first) setReview({ state: first.stateUnderReview, cycle: first.cycle ? String(first.cycle) : '' });
      else if (firstRec)
        cached<Recommendation>(`/api/recommendations/${firstRec}`)
          .then((r) => setReview({ state: r.stateUnderReview, cycle: r.cycle ? String(r.cycle) : '' }))
          .catch(() => {});
    });
  }, [clusterKey, firstRec]);

  const slots = useMemo(() => (measure ? dueSlots([measure], reports) : []), [measure, reports]);
  const reported = useMemo(
    () => new Set(slots.filter((s) => s.state === 'reported').map((s) => `${s.indicatorId}:${s.dueDate}`)),
    [slots],
  );

  if (error) return <p role="alert">{error === 404 ? t('common.notFound') : t('common.error')}</p>;
  if (!measure) return <p className="muted">{t('common.loading')}</p>;
  const mayReport = measure.abilities.update === true;
  const names = (role: 'lead' | 'supporting') =>
    measure.agencies
      .filter((a) => a.role === role)
      .map((a) => agencyName(agencies.get(a.agencyId), language))
      .join('; ') || '—';
  const indicators = measure.indicators.filter((i) => !i.archived);

  return (
    <article className="impl">
      <ImplementationNav />
      <p>
        <Link to={review ? `/implementation?state=${review.state}&cycle=${review.cycle}` : '/implementation'}>
          ← {t('plan.backToPlan')}
        </Link>
      </p>
      <h1>{titleIn(measure.title, language)}</h1>
      {editing ? (
        <MeasureForm
          measure={measure}
          review={review}
          canLink={can('measure', 'create')}
          agencies={agencies}
          onSaved={(next) => {
            setMeasure(next);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="facts" data-testid="measure-facts">
            <dt>{t('plan.measure.status')}</dt>
            <dd>
              <MeasureStatusBadge status={measure.status} />
            </dd>
            <dt>{t('plan.column.lead')}</dt>
            <dd data-testid="lead">{names('lead')}</dd>
            <dt>{t('plan.column.supporting')}</dt>
            <dd>{names('supporting')}</dd>
            <dt>{t('plan.measure.startDate')}</dt>
            <dd>{measure.startDate ? formatDay(measure.startDate, language) : '—'}</dd>
            <dt>{t('plan.measure.targetDate')}</dt>
            <dd>{measure.targetDate ? formatDay(measure.targetDate, language) : '—'}</dd>
            <dt>{t('plan.measure.budgetNote')}</dt>
            <dd>{measure.budgetNote ?? '—'}</dd>
            <dt>{t('plan.measure.expectedOutcome')}</dt>
            <dd>{measure.expectedOutcome ?? '—'}</dd>
          </dl>
          {measure.description && <p>{measure.description}</p>}
          {measure.abilities.update && (
            <div className="impl-actions">
              <button type="button" onClick={() => setEditing(true)}>
                {t('plan.measure.edit')}
              </button>
            </div>
          )}
        </>
      )}

      <section aria-labelledby="linked-title">
        <h2 id="linked-title">{t('plan.measure.linked')}</h2>
        {measure.recommendationIds.length === 0 && clusters.length === 0 ? (
          <p className="muted">{t('plan.none')}</p>
        ) : (
          <ul data-testid="measure-recommendations">
            {clusters.map((c) => (
              <li key={`c${c.id}`}>
                <Link
                  to={`/implementation?state=${c.stateUnderReview}&cycle=${c.cycle ?? ''}&cluster=${c.id}`}
                >
                  {t('plan.clusterRef', {
                    title: titleIn(c.title, language),
                    count: c.recommendationIds.length,
                  })}
                </Link>
              </li>
            ))}
            {measure.recommendationIds.map((rid) => (
              <li key={rid}>
                <RecommendationRef id={rid} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t('plan.indicators')}</h2>
        {indicators.length === 0 && <p className="muted">{t('plan.none')}</p>}
        {indicators.map((indicator) => {
          const mine = slots.filter((s) => s.indicatorId === indicator.id);
          const titleId = `indicator-${indicator.id}-title`;
          return (
            <div key={indicator.id} className="impl-cluster" data-testid="indicator">
              <h3 id={titleId}>{titleIn(indicator.name, language)}</h3>
              <p>
                {t('plan.indicator.summary', {
                  unit: indicator.unit ?? '—',
                  baseline: indicator.baseline ?? '—',
                  target: indicator.target ?? '—',
                })}
                {indicator.schedule
                  ? ` · ${t('plan.indicator.every', {
                      count: indicator.schedule.everyMonths,
                      start: formatDay(indicator.schedule.start, language),
                      end: formatDay(indicator.schedule.end, language),
                    })}`
                  : ` · ${t('plan.indicator.noSchedule')}`}
              </p>
              {measure.abilities.update &&
                (indicatorForm === indicator.id ? (
                  <IndicatorForm
                    measureId={measure.id}
                    indicator={indicator}
                    onSaved={() => {
                      setIndicatorForm(null);
                      load();
                    }}
                    onCancel={() => setIndicatorForm(null)}
                  />
                ) : (
                  <button type="button" onClick={() => setIndicatorForm(indicator.id)}>
                    {t('plan.indicator.edit')}
                  </button>
                ))}
              {mine.length > 0 && (
                <table className="list" aria-labelledby={titleId} data-testid="due-dates">
                  <thead>
                    <tr>
                      <th scope="col">{t('plan.report.dueDate')}</th>
                      <th scope="col">{t('plan.column.status')}</th>
                      <th scope="col">{t('plan.column.report')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((slot) => (
                      <tr key={slot.dueDate}>
                        <td className="nowrap">{formatDay(slot.dueDate, language)}</td>
                        <td>
                          <DueBadge state={slot.state} />
                        </td>
                        <td>
                          {slot.report ? (
                            <a href={`#report-${slot.report.id}`}>
                              {t(`plan.reportStatus.${slot.report.status}`)}
                            </a>
                          ) : mayReport && slot.state !== 'reported' ? (
                            <button
                              type="button"
                              className="link"
                              onClick={() =>
                                setReportForm({ draft: { indicatorId: indicator.id, dueDate: slot.dueDate } })
                              }
                            >
                              {t('plan.report.writeFor', { date: formatDay(slot.dueDate, language) })}
                            </button>
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          );
        })}
        {measure.abilities.update &&
          (indicatorForm === 'new' ? (
            <IndicatorForm
              measureId={measure.id}
              onSaved={() => {
                setIndicatorForm(null);
                load();
              }}
              onCancel={() => setIndicatorForm(null)}
            />
          ) : (
            <div className="impl-actions">
              <button type="button" onClick={() => setIndicatorForm('new')}>
                {t('plan.indicator.add')}
              </button>
            </div>
          ))}
      </section>

      <section aria-labelledby="reports-title">
        <h2 id="reports-title">{t('plan.reports', { count: reports.length })}</h2>
        {mayReport && !reportForm && (
          <div className="impl-actions">
            <button type="button" className="primary" onClick={() => setReportForm({})}>
              {t('plan.report.write')}
            </button>
          </div>
        )}
        {reportForm && (
          <ReportForm
            measureId={measure.id}
            indicators={indicators}
            reported={reported}
            {...(reportForm.draft ? { preset: reportForm.draft } : {})}
            {...(reportForm.report ? { report: reportForm.report } : {})}
            onSaved={() => {
              setReportForm(null);
              load();
            }}
            onCancel={() => setReportForm(null)}
          />
        )}
        {reports.length === 0 && !reportForm && <p className="muted">{t('plan.none')}</p>}
        {reports.map((report) => (
          <ReportCard
            key={`${report.id}-${report.version}`}
            report={report}
            indicators={measure.indicators}
            onChanged={load}
            onEdit={(r) => setReportForm({ report: r })}
          />
        ))}
      </section>
    </article>
  );
}

export function NewMeasurePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const agencies = useAgencies();
  const { can, loading } = useSession();
  const review = { state: params.get('state') ?? 'KAZ', cycle: params.get('cycle') ?? '' };
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!can('measure', 'create')) return <Problem text={t('plan.notAllowed')} />;
  return (
    <div className="impl">
      <ImplementationNav />
      <h1>{t('plan.measure.newTitle')}</h1>
      <MeasureForm
        review={review}
        canLink
        agencies={agencies}
        onSaved={(m) => navigate(`/implementation/measures/${m.id}`)}
        onCancel={() => navigate(`/implementation?state=${review.state}&cycle=${review.cycle}`)}
      />
    </div>
  );
}
