/**
 * "My work": for an agency focal point, its agency's measures and the reports due, overdue or returned;
 * for the coordinator, the reports waiting for approval.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DueBadge,
  ImplementationNav,
  MeasureLink,
  MeasureStatusBadge,
  Problem,
  problemText,
  ReportStatusBadge,
  useMember,
} from '../../components/implementation/common.tsx';
import { formatDay } from '../../dialogue.ts';
import { formatDate } from '../../format.ts';
import { currentLanguage } from '../../i18n.ts';
import {
  agencyName,
  dueSlots,
  implementationApi,
  type Measure,
  type ProgressReport,
  titleIn,
  upcoming,
  useAgencies,
} from '../../implementation.ts';
import { useSession } from '../../session.tsx';

/** Due dates listed before "show all". */
const SHOWN = 30;

export default function MyWork() {
  const { t } = useTranslation();
  const { can, loading } = useSession();
  const member = useMember();
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  const agencyId = member?.agencyId ?? null;
  const approver = can('progress_report', 'approve');
  return (
    <div className="impl">
      <ImplementationNav />
      <h1>{t('plan.myWork.title')}</h1>
      {!member && <p>{t('plan.myWork.signIn')}</p>}
      {member && agencyId === null && !approver && <p>{t('plan.myWork.nothing')}</p>}
      {agencyId !== null && <AgencyWork agencyId={agencyId} />}
      {approver && <AwaitingApproval />}
    </div>
  );
}

function AgencyWork({ agencyId }: { agencyId: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const agencies = useAgencies();
  const [measures, setMeasures] = useState<Measure[]>();
  const [reports, setReports] = useState<ProgressReport[]>([]);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const query = new URLSearchParams({ agencyId: String(agencyId) });
    Promise.all([implementationApi.measures(query), implementationApi.reports(query)])
      .then(([m, r]) => {
        setMeasures(m.items);
        setReports(r.items);
      })
      .catch((e) => setProblem(problemText(e, t)));
  }, [agencyId, t]);

  const [all, setAll] = useState(false);
  // The next due dates first, then the overdue ones, the latest first: what to write now comes at the top.
  const slots = useMemo(() => {
    const list = upcoming(dueSlots(measures ?? [], reports));
    return [
      ...list.filter((s) => s.state !== 'overdue'),
      ...list.filter((s) => s.state === 'overdue').reverse(),
    ];
  }, [measures, reports]);
  if (problem) return <Problem text={problem} />;
  if (!measures) return <p className="muted">{t('common.loading')}</p>;
  const byId = new Map(measures.map((m) => [m.id, m]));
  const indicatorName = (measureId: number, indicatorId: number | null) =>
    titleIn(byId.get(measureId)?.indicators.find((i) => i.id === indicatorId)?.name, language);
  const open = reports.filter((r) => r.status === 'returned' || r.status === 'draft');

  return (
    <>
      <p className="muted">
        {t('plan.myWork.agency', { agency: agencyName(agencies.get(agencyId), language) })}
      </p>
      <section aria-labelledby="due-title">
        <h2 id="due-title">{t('plan.myWork.due', { count: slots.length })}</h2>
        {slots.length === 0 ? (
          <p className="muted">{t('plan.none')}</p>
        ) : (
          <table className="list" data-testid="my-due">
            <thead>
              <tr>
                <th scope="col">{t('plan.report.dueDate')}</th>
                <th scope="col">{t('plan.column.status')}</th>
                <th scope="col">{t('plan.column.measure')}</th>
                <th scope="col">{t('plan.report.indicator')}</th>
              </tr>
            </thead>
            <tbody>
              {(all ? slots : slots.slice(0, SHOWN)).map((slot) => (
                <tr key={`${slot.indicatorId}-${slot.dueDate}`}>
                  <td className="nowrap">{formatDay(slot.dueDate, language)}</td>
                  <td>
                    <DueBadge state={slot.state} />
                    {slot.report && (
                      <>
                        {' '}
                        <ReportStatusBadge status={slot.report.status} />
                      </>
                    )}
                  </td>
                  <td>
                    <Link to={`/implementation/measures/${slot.measureId}`}>
                      {titleIn(byId.get(slot.measureId)?.title, language)}
                    </Link>
                  </td>
                  <td>{indicatorName(slot.measureId, slot.indicatorId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {!all && slots.length > SHOWN && (
          <button type="button" className="link" onClick={() => setAll(true)}>
            {t('plan.myWork.showAll', { count: slots.length })}
          </button>
        )}
      </section>
      <section aria-labelledby="open-title">
        <h2 id="open-title">{t('plan.myWork.open', { count: open.length })}</h2>
        {open.length === 0 ? (
          <p className="muted">{t('plan.none')}</p>
        ) : (
          <ul data-testid="my-open">
            {open.map((r) => (
              <li key={r.id}>
                <Link to={`/implementation/measures/${r.measureId}#report-${r.id}`}>
                  {titleIn(byId.get(r.measureId)?.title, language) || `#${r.measureId}`}
                </Link>{' '}
                <ReportStatusBadge status={r.status} />
                {r.dueDate && <span className="muted"> {formatDay(r.dueDate, language)}</span>}
                {r.reviewComment && (
                  <p className="comment">
                    <strong>{t('plan.report.reviewComment')}:</strong> {r.reviewComment}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="measures-title">
        <h2 id="measures-title">{t('plan.myWork.measures', { count: measures.length })}</h2>
        <table className="list" data-testid="my-measures">
          <thead>
            <tr>
              <th scope="col">{t('plan.column.measure')}</th>
              <th scope="col">{t('plan.myWork.role')}</th>
              <th scope="col">{t('plan.measure.targetDate')}</th>
              <th scope="col">{t('plan.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/implementation/measures/${m.id}`}>{titleIn(m.title, language)}</Link>
                </td>
                <td>
                  {t(`plan.role.${m.agencies.find((a) => a.agencyId === agencyId)?.role ?? 'supporting'}`)}
                </td>
                <td className="nowrap">{m.targetDate ? formatDay(m.targetDate, language) : '—'}</td>
                <td>
                  <MeasureStatusBadge status={m.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function AwaitingApproval() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [reports, setReports] = useState<ProgressReport[]>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    implementationApi
      .reports(new URLSearchParams({ status: 'submitted' }))
      .then((r) => setReports(r.items))
      .catch((e) => setProblem(problemText(e, t)));
  }, [t]);
  return (
    <section aria-labelledby="awaiting-title">
      <h2 id="awaiting-title">{t('plan.myWork.awaiting', { count: reports?.length ?? 0 })}</h2>
      <Problem text={problem} />
      {reports && reports.length === 0 && <p className="muted">{t('plan.none')}</p>}
      {reports && reports.length > 0 && (
        <ul data-testid="awaiting">
          {reports.map((r) => (
            <li key={r.id}>
              <MeasureLink id={r.measureId} reportId={r.id} />{' '}
              {r.dueDate && <span className="muted">{formatDay(r.dueDate, language)} · </span>}
              {r.submittedAt && (
                <span className="muted">
                  {t('plan.report.submittedAt', { date: formatDate(r.submittedAt, language) })}
                </span>
              )}{' '}
              {r.text.length > 120 ? `${r.text.slice(0, 120)}…` : r.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
