/**
 * Dashboards of implementation for a review (state, cycle or all cycles): the government's status by theme,
 * by lead agency and by cycle (stacked bars), overdue reports by agency, and the assessment-gap matrix
 * (government × civil society). Every chart has its data table; the matrix is a table itself.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Chart } from '../../components/Chart.tsx';
import {
  ImplementationNav,
  Problem,
  problemText,
  ReviewPicker,
} from '../../components/implementation/common.tsx';
import { formatDay } from '../../dialogue.ts';
import { formatNumber, stateName } from '../../format.ts';
import { useStates } from '../../hooks.ts';
import { currentLanguage } from '../../i18n.ts';
import {
  agencyName,
  type GapFigures,
  IMPLEMENTATION_STATUSES,
  implementationApi,
  labelIn,
  type OverdueFigures,
  type ProgressFigures,
  useAgencies,
} from '../../implementation.ts';

// One colour per status, from "not started" (grey) to "implemented" (green); "not applicable" pale.
const STATUS_COLORS = ['#8c96a0', '#1f6fb2', '#c77700', '#2e7d32', '#c9ced4'];

interface Figures {
  theme: ProgressFigures;
  agency: ProgressFigures;
  cycle: ProgressFigures;
  overdue: OverdueFigures;
  gap: GapFigures;
}

export default function ImplementationDashboards() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const states = useStates();
  const agencies = useAgencies();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? 'KAZ';
  const cycle = params.get('cycle') ?? '3';
  const [figures, setFigures] = useState<Figures>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let live = true;
    const scope = new URLSearchParams({ state, ...(cycle ? { cycle } : {}) });
    const by = (what: string, withCycle = true) => {
      const query = new URLSearchParams(withCycle ? scope : { state });
      query.set('by', what);
      return implementationApi.progress(query);
    };
    Promise.all([
      by('theme'),
      by('agency'),
      by('cycle', false),
      implementationApi.overdue(scope),
      implementationApi.gap(scope),
    ])
      .then(([theme, agency, byCycle, overdue, gap]) => {
        if (!live) return;
        setFigures({ theme, agency, cycle: byCycle, overdue, gap });
        setProblem(undefined);
      })
      .catch((e) => live && setProblem(problemText(e, t)));
    return () => {
      live = false;
    };
  }, [state, cycle, t]);

  const statusNames = IMPLEMENTATION_STATUSES.map((s) => t(`plan.status.${s}`));
  const rowName = (f: ProgressFigures, row: ProgressFigures['rows'][number]) => {
    if (row.key === 'none') return t(`plan.dashboards.none.${f.by}`);
    if (f.by === 'cycle') return t('recommendation.cycleValue', { cycle: row.key });
    if (f.by === 'agency') {
      const agency = agencies.get(Number(row.key));
      return agency ? agencyName(agency, language) : labelIn(row.label, language) || row.key;
    }
    return labelIn(row.label, language) || row.key;
  };

  function stacked(f: ProgressFigures, id: string, title: string, top = 15) {
    const rows = f.rows.slice(0, top);
    const names = rows.map((r) => rowName(f, r));
    const horizontal = f.by !== 'cycle';
    const category = {
      type: 'category',
      data: names,
      inverse: horizontal,
      axisLabel: { width: 220, overflow: 'truncate' },
    };
    const option = {
      color: STATUS_COLORS,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: horizontal ? 230 : 40, right: 24, top: 16, bottom: 64 },
      xAxis: horizontal ? { type: 'value' } : category,
      yAxis: horizontal ? category : { type: 'value' },
      series: IMPLEMENTATION_STATUSES.map((s, i) => ({
        type: 'bar',
        stack: 'status',
        barMaxWidth: 40,
        name: statusNames[i],
        data: rows.map((r) => r.counts[s] ?? 0),
      })),
    };
    return (
      <Chart
        id={id}
        title={title}
        option={option}
        rows={[
          [t(`plan.dashboards.column.${f.by}`), ...statusNames, t('plan.dashboards.total')],
          ...rows.map((r, i) => [
            names[i] ?? '',
            ...IMPLEMENTATION_STATUSES.map((s) => r.counts[s] ?? 0),
            r.total,
          ]),
        ]}
        height={horizontal ? Math.max(260, 60 + rows.length * 30) : 360}
      />
    );
  }

  return (
    <div className="impl dashboards">
      <ImplementationNav />
      <div className="toolbar">
        <h1>
          {cycle
            ? t('plan.dashboards.title', { state: stateName(states, state, language), cycle })
            : t('plan.dashboards.titleAll', { state: stateName(states, state, language) })}
        </h1>
        {figures && (
          <p className="total">
            {t('plan.dashboards.recommendations', {
              count: figures.theme.recommendations,
              formatted: formatNumber(figures.theme.recommendations, language),
            })}
          </p>
        )}
        <Link to={`/implementation?state=${state}&cycle=${cycle || '3'}`}>
          {t('plan.dashboards.openPlan')}
        </Link>
      </div>
      <ReviewPicker
        state={state}
        cycle={cycle}
        allCycles
        onChange={(next) =>
          setParams(new URLSearchParams({ state: next.state, cycle: next.cycle }), { replace: true })
        }
      />
      <Problem text={problem} />
      {!figures && !problem && <p className="muted">{t('common.loading')}</p>}
      {figures && (
        <div className="grid">
          {stacked(figures.theme, 'implementation-by-theme', t('plan.dashboards.byTheme'))}
          {stacked(figures.agency, 'implementation-by-agency', t('plan.dashboards.byAgency'))}
          {stacked(figures.cycle, 'implementation-by-cycle', t('plan.dashboards.byCycle'))}
          <Overdue figures={figures.overdue} />
          <Gap figures={figures.gap} />
        </div>
      )}
    </div>
  );
}

function Overdue({ figures }: { figures: OverdueFigures }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const agencies = useAgencies();
  const name = (row: OverdueFigures['rows'][number]) =>
    row.agencyId === null
      ? t('plan.dashboards.none.agency')
      : agencies.has(row.agencyId)
        ? agencyName(agencies.get(row.agencyId), language)
        : labelIn(row.name, language);
  const rows = figures.rows.filter((r) => r.overdue > 0);
  const names = rows.map(name);
  return (
    <div>
      <Chart
        id="overdue-by-agency"
        title={t('plan.dashboards.overdue', { date: formatDay(figures.asOf, language) })}
        option={{
          color: ['#b3261e'],
          tooltip: { trigger: 'axis' },
          grid: { left: 230, right: 24, top: 16, bottom: 32 },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: {
            type: 'category',
            data: names,
            inverse: true,
            axisLabel: { width: 220, overflow: 'truncate' },
          },
          series: [
            {
              type: 'bar',
              name: t('plan.dashboards.overdueCount'),
              data: rows.map((r) => r.overdue),
              barMaxWidth: 32,
            },
          ],
        }}
        rows={[
          [t('plan.dashboards.column.agency'), t('plan.dashboards.overdueCount')],
          ...rows.map((r, i) => [names[i] ?? '', r.overdue]),
        ]}
        height={Math.max(220, 60 + rows.length * 30)}
      />
    </div>
  );
}

/** The matrix as a table: the diagonal is agreement, everything else a disagreement. */
function Gap({ figures }: { figures: GapFigures }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const max = Math.max(1, ...figures.matrix.flat());
  return (
    <section className="card wide" aria-labelledby="gap-title" data-testid="assessment-gap">
      <h2 id="gap-title">{t('plan.dashboards.gap')}</h2>
      <p>
        {t('plan.dashboards.gapSummary', {
          count: figures.assessments,
          disagreements: formatNumber(figures.disagreements, language),
          recommendations: formatNumber(figures.recommendationsInDisagreement, language),
        })}
      </p>
      <table className="gap-matrix">
        <caption className="visually-hidden">{t('plan.dashboards.gapCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col" colSpan={figures.statuses.length}>
              {t('plan.column.civilSociety')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('plan.column.government')}</th>
            {figures.statuses.map((s) => (
              <th key={s} scope="col">
                {t(`plan.status.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.statuses.map((government, i) => (
            <tr key={government}>
              <th scope="row">{t(`plan.status.${government}`)}</th>
              {figures.statuses.map((civil, j) => {
                const n = figures.matrix[i]?.[j] ?? 0;
                const shade = n === 0 ? 0 : 0.12 + 0.5 * (n / max);
                const color = i === j ? `rgba(46,125,50,${shade})` : `rgba(199,119,0,${shade})`;
                return (
                  <td key={civil} className={i === j ? 'agree' : undefined} style={{ background: color }}>
                    {formatNumber(n, language)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('plan.dashboards.gapLegend')}</p>
    </section>
  );
}
