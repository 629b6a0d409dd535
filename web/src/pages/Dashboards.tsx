/** Dashboards of the current selection (the explorer's filters, from the URL), each chart exportable. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type FacetItem, type Facets, type State } from '../api.ts';
import { Chart } from '../components/Chart.tsx';
import { WorldMap } from '../components/WorldMap.tsx';
import { filterQuery } from '../filters.ts';
import { formatNumber, stateName } from '../format.ts';
import { useJson, useStates } from '../hooks.ts';
import { currentLanguage } from '../i18n.ts';
import { facetValueLabel, REGIONAL_GROUP_KEYS } from '../labels.ts';

const COLORS = ['#1f4e79', '#2e7d32', '#c77700', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#455a64'];

function bars(labels: string[], values: number[], horizontal = true) {
  const category = {
    type: 'category',
    data: labels,
    inverse: horizontal,
    axisLabel: { width: 220, overflow: 'truncate' },
  };
  const value = { type: 'value' };
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    grid: { left: horizontal ? 230 : 40, right: 24, top: 16, bottom: 32 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [{ type: 'bar', data: values }],
  };
}

function pie(items: { name: string; value: number }[]) {
  return {
    color: COLORS,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['28%', '52%'],
        // Room at the sides for the labels, which wrap instead of running off the card.
        left: 90,
        right: 90,
        data: items,
        label: { formatter: '{b}: {c}', width: 100, overflow: 'break' },
      },
    ],
  };
}

/** SDG links summed per goal (a recommendation may carry a goal and its targets). */
function byGoal(items: FacetItem[]): { goal: string; count: number }[] {
  const goals = new Map<string, number>();
  for (const item of items) {
    const goal = (item.code ?? '').split('.')[0] ?? '';
    if (goal) goals.set(goal, (goals.get(goal) ?? 0) + item.count);
  }
  return [...goals.entries()]
    .map(([goal, count]) => ({ goal, count }))
    .sort((a, b) => Number(a.goal) - Number(b.goal));
}

export default function Dashboards() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const states = useStates();
  const language = currentLanguage();
  const filters = filterQuery(params);
  const { data } = useJson<Facets>(`/api/recommendations/facets?mode=counts&limit=200&${filters}`);
  const compareState = params.get('compare') ?? params.get('state') ?? 'KAZ';

  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const f = data.facets;
  const label = (facet: string) => (item: FacetItem) => facetValueLabel(facet, item, t, language, states);
  const top = (facet: string, n: number) => (f[facet] ?? []).slice(0, n);
  const count = t('chart.count');

  const themes = top('theme', 15);
  const issues = top('issue', 15);
  const positions = f.position ?? [];
  const recommending = top('recommendingState', 20);
  const groups = f.regionalGroup ?? [];
  const goals = byGoal(f.sdg ?? []);

  return (
    <div className="dashboards">
      <div className="toolbar">
        <h1>{t('dashboards.title')}</h1>
        <p className="total">
          {t('explorer.total', { count: data.total, formatted: formatNumber(data.total, language) })}
        </p>
        <Link to={`/?${filters}`}>{t('dashboards.openInExplorer')}</Link>
      </div>
      <div className="grid">
        <Chart
          id="by-theme"
          title={t('dashboards.byTheme')}
          option={bars(
            themes.map(label('theme')),
            themes.map((i) => i.count),
          )}
          rows={[[t('facet.theme'), count], ...themes.map((i) => [label('theme')(i), i.count])]}
          height={420}
        />
        <Chart
          id="by-issue"
          title={t('dashboards.byIssue')}
          option={bars(
            issues.map(label('issue')),
            issues.map((i) => i.count),
          )}
          rows={[[t('facet.issue'), count], ...issues.map((i) => [label('issue')(i), i.count])]}
          height={420}
        />
        <Chart
          id="by-position"
          title={t('dashboards.byPosition')}
          option={pie(positions.map((i) => ({ name: label('position')(i), value: i.count })))}
          rows={[[t('facet.position'), count], ...positions.map((i) => [label('position')(i), i.count])]}
        />
        <Chart
          id="by-regional-group"
          title={t('dashboards.byRegionalGroup')}
          option={pie(
            groups.map((i) => ({
              name: t(`regionalGroupShort.${REGIONAL_GROUP_KEYS[i.value] ?? 'unknown'}`),
              value: i.count,
            })),
          )}
          rows={[
            [t('facet.regionalGroup'), count],
            ...groups.map((i) => [label('regionalGroup')(i), i.count]),
          ]}
        />
        <Chart
          id="by-recommending-state"
          title={t('dashboards.byRecommendingState')}
          option={bars(
            recommending.map(label('recommendingState')),
            recommending.map((i) => i.count),
          )}
          rows={[
            [t('facet.recommendingState'), 'ISO3', count],
            ...recommending.map((i) => [label('recommendingState')(i), i.value, i.count]),
          ]}
          height={480}
        />
        <WorldMap items={f.recommendingState ?? []} states={states} />
        <Chart
          id="sdg-coverage"
          title={t('dashboards.sdgCoverage')}
          option={bars(
            goals.map((g) => t('dashboards.sdgGoal', { goal: g.goal })),
            goals.map((g) => g.count),
            false,
          )}
          rows={[[t('facet.sdg'), count], ...goals.map((g) => [g.goal, g.count])]}
        />
        <CycleComparison
          state={compareState}
          filters={filters}
          states={states}
          onState={(iso3) => {
            const next = new URLSearchParams(params);
            next.set('compare', iso3);
            setParams(next, { replace: true });
          }}
        />
      </div>
    </div>
  );
}

/** One state's recommendations per UPR Info issue in each cycle, side by side. */
function CycleComparison(props: {
  state: string;
  filters: URLSearchParams;
  states: Map<string, State>;
  onState(iso3: string): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [cycles, setCycles] = useState<{ cycle: number; items: FacetItem[] }[]>();
  const base = new URLSearchParams(props.filters);
  base.delete('cycle');
  base.delete('state');
  const key = base.toString();

  useEffect(() => {
    let live = true;
    Promise.all(
      [1, 2, 3, 4].map(async (cycle) => {
        const query = new URLSearchParams(key);
        query.set('state', props.state);
        query.set('cycle', String(cycle));
        const result = await api<Facets>(`/api/recommendations/facets?mode=counts&limit=60&${query}`);
        return { cycle, items: result.facets.issue ?? [] };
      }),
    ).then((r) => live && setCycles(r));
    return () => {
      live = false;
    };
  }, [props.state, key]);

  const totals = new Map<string, { item: FacetItem; total: number }>();
  for (const c of cycles ?? [])
    for (const item of c.items) {
      const entry = totals.get(item.value) ?? { item, total: 0 };
      entry.total += item.count;
      totals.set(item.value, entry);
    }
  const chosen = [...totals.values()].sort((a, b) => b.total - a.total).slice(0, 10);
  const names = chosen.map((c) => facetValueLabel('issue', c.item, t, language, props.states));
  const withData = (cycles ?? []).filter((c) => c.items.length > 0);
  const option = {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 230, right: 24, top: 16, bottom: 48 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
    series: withData.map((c) => ({
      type: 'bar',
      name: t('recommendation.cycleValue', { cycle: c.cycle }),
      data: chosen.map((x) => c.items.find((i) => i.value === x.item.value)?.count ?? 0),
    })),
  };
  const sorted = [...props.states.values()].sort((a, b) =>
    stateName(props.states, a.iso3, language).localeCompare(
      stateName(props.states, b.iso3, language),
      language,
    ),
  );
  return (
    <div className="wide">
      <label className="inline-label">
        {t('dashboards.compareState')}{' '}
        <select value={props.state} onChange={(e) => props.onState(e.target.value)}>
          {sorted.map((s) => (
            <option key={s.iso3} value={s.iso3}>
              {stateName(props.states, s.iso3, language)}
            </option>
          ))}
        </select>
      </label>
      <Chart
        id="cycle-comparison"
        title={t('dashboards.cycleComparison', { state: stateName(props.states, props.state, language) })}
        option={option}
        rows={[
          [t('facet.issue'), ...withData.map((c) => t('recommendation.cycleValue', { cycle: c.cycle }))],
          ...chosen.map((x, i) => [
            names[i] ?? '',
            ...withData.map((c) => c.items.find((it) => it.value === x.item.value)?.count ?? 0),
          ]),
        ]}
        height={440}
      />
    </div>
  );
}
