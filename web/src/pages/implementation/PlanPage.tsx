/**
 * The implementation plan of one review (state under review and cycle): its theme clusters with their
 * recommendations (the government's status beside civil society's, disagreements highlighted) and measures
 * (lead and supporting agencies, dates, status). Filters by agency, status, theme and disagreement, in the URL.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, type Facets, type Page } from '../../api.ts';
import {
  ImplementationNav,
  MeasureStatusBadge,
  Problem,
  problemText,
  ReviewPicker,
  StatusBadge,
} from '../../components/implementation/common.tsx';
import { formatDay, organizationName, useLookups } from '../../dialogue.ts';
import { formatNumber, stateName, termLabel } from '../../format.ts';
import { useJson, useStates } from '../../hooks.ts';
import { currentLanguage } from '../../i18n.ts';
import {
  type Agency,
  agencyName,
  type Cluster,
  IMPLEMENTATION_STATUSES,
  implementationApi,
  type Measure,
  type ReviewItem,
  type Titles,
  titleIn,
  useAgencies,
} from '../../implementation.ts';
import { useSession } from '../../session.tsx';

interface Plan {
  clusters: Cluster[];
  measures: Measure[];
  items: ReviewItem[];
}

export default function PlanPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const states = useStates();
  const agencies = useAgencies();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? 'KAZ';
  const cycle = params.get('cycle') ?? '3';
  const agency = params.get('agency') ?? '';
  const status = params.get('status') ?? '';
  const cluster = params.get('cluster') ?? '';
  const issue = params.get('issue') ?? '';
  const disagreement = params.get('disagreement') === 'true';
  const [plan, setPlan] = useState<Plan>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let live = true;
    const review = new URLSearchParams({ state, cycle });
    const filtered = new URLSearchParams(review);
    filtered.set('limit', '1000');
    if (agency) filtered.set('agency', agency);
    if (status) filtered.set('status', status);
    if (disagreement) filtered.set('disagreement', 'true');
    Promise.all([
      implementationApi.clusters(review),
      implementationApi.measures(review),
      implementationApi.review(filtered),
    ])
      .then(([clusters, measures, list]) => {
        if (!live) return;
        setPlan({ clusters: clusters.items, measures: measures.items, items: list.items });
        setProblem(undefined);
      })
      .catch((e) => live && setProblem(problemText(e, t)));
    return () => {
      live = false;
    };
  }, [state, cycle, agency, status, disagreement, t]);

  function set(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  // Themes: the UPR Info issues of the review's recommendations, with their counts.
  const { data: facets } = useJson<Facets>(
    `/api/recommendations/facets?mode=counts&limit=200&${new URLSearchParams({ state, cycle })}`,
  );
  const [onTheme, setOnTheme] = useState<Set<number> | null>(null);
  useEffect(() => {
    if (!issue) {
      setOnTheme(null);
      return;
    }
    let live = true;
    const query = new URLSearchParams({ state, cycle, term: issue, limit: '500' });
    api<Page>(`/api/recommendations?${query}`)
      .then((page) => live && setOnTheme(new Set(page.items.map((r) => r.id))))
      .catch((e) => live && setProblem(problemText(e, t)));
    return () => {
      live = false;
    };
  }, [state, cycle, issue, t]);
  const groups = useMemo(
    () =>
      plan && (!issue || onTheme)
        ? groupPlan(plan, { agency, cluster, onTheme: issue ? onTheme : null })
        : [],
    [plan, agency, cluster, issue, onTheme],
  );
  const sortedAgencies = [...agencies.values()]
    .filter((a) => !a.archived)
    .sort((a, b) => agencyName(a, language).localeCompare(agencyName(b, language), language));
  const shown = groups.reduce((n, g) => n + g.items.length, 0);

  return (
    <div className="impl">
      <ImplementationNav />
      <div className="toolbar">
        <h1>{t('plan.title', { state: stateName(states, state, language), cycle })}</h1>
        {can('measure', 'create') && (
          <Link className="button" to={`/implementation/measures/new?state=${state}&cycle=${cycle}`}>
            {t('plan.newMeasure')}
          </Link>
        )}
      </div>
      <ReviewPicker
        state={state}
        cycle={cycle}
        onChange={(next) => {
          const query = new URLSearchParams(params);
          query.set('state', next.state);
          query.set('cycle', next.cycle);
          query.delete('cluster');
          query.delete('issue');
          setParams(query, { replace: true });
        }}
      />
      <fieldset className="impl-filters">
        <legend>{t('plan.filters.legend')}</legend>
        <label>
          {t('plan.filters.agency')}{' '}
          <select value={agency} onChange={(e) => set('agency', e.target.value)}>
            <option value="">{t('plan.filters.any')}</option>
            {sortedAgencies.map((a) => (
              <option key={a.id} value={a.id}>
                {agencyName(a, language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('plan.filters.status')}{' '}
          <select value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('plan.filters.any')}</option>
            {IMPLEMENTATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('plan.filters.theme')}{' '}
          <select value={issue} onChange={(e) => set('issue', e.target.value)}>
            <option value="">{t('plan.filters.any')}</option>
            {(facets?.facets.issue ?? []).map((item) => (
              <option key={item.value} value={item.value}>
                {termLabel(item, language)} ({formatNumber(item.count, language)})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('plan.filters.cluster')}{' '}
          <select value={cluster} onChange={(e) => set('cluster', e.target.value)}>
            <option value="">{t('plan.filters.any')}</option>
            {(plan?.clusters ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {titleIn(c.title, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={disagreement}
            onChange={(e) => set('disagreement', e.target.checked ? 'true' : '')}
          />{' '}
          {t('plan.filters.disagreement')}
        </label>
      </fieldset>
      <Problem text={problem} />
      {!plan && !problem && <p className="muted">{t('common.loading')}</p>}
      {plan && (
        <p className="muted" data-testid="plan-total">
          {t('plan.shown', { count: shown, measures: groups.reduce((n, g) => n + g.measures.length, 0) })}
        </p>
      )}
      {plan && groups.length === 0 && <p>{t('plan.empty')}</p>}
      {groups.map((group) => (
        <ClusterSection key={group.id} group={group} agencies={agencies} />
      ))}
    </div>
  );
}

interface Group {
  id: string;
  title: Titles | null;
  description: string | null;
  items: ReviewItem[];
  measures: Measure[];
}

/** Clusters in their order, then the recommendations no cluster holds; each with the measures answering it. */
function groupPlan(
  plan: Plan,
  filter: { agency: string; cluster: string; onTheme: Set<number> | null },
): Group[] {
  const agencyId = filter.agency ? Number(filter.agency) : null;
  const measureFits = (m: Measure) => agencyId === null || m.agencies.some((a) => a.agencyId === agencyId);
  const onTheme = filter.onTheme;
  const shown = onTheme ? plan.items.filter((i) => onTheme.has(i.id)) : plan.items;
  const items = new Map(shown.map((i) => [i.id, i]));
  const clustered = new Set<number>();
  const groups: Group[] = [];
  for (const cluster of plan.clusters) {
    for (const id of cluster.recommendationIds) clustered.add(id);
    if (filter.cluster && String(cluster.id) !== filter.cluster) continue;
    const members = cluster.recommendationIds.flatMap((id) => items.get(id) ?? []);
    const ids = new Set(cluster.recommendationIds);
    const measures = plan.measures.filter(
      (m) =>
        measureFits(m) && (m.clusterIds.includes(cluster.id) || m.recommendationIds.some((r) => ids.has(r))),
    );
    if (members.length === 0) continue;
    groups.push({
      id: `cluster-${cluster.id}`,
      title: cluster.title,
      description: cluster.description,
      items: members,
      measures,
    });
  }
  if (!filter.cluster) {
    const rest = shown.filter((i) => !clustered.has(i.id));
    const ids = new Set(rest.map((i) => i.id));
    if (rest.length > 0)
      groups.push({
        id: 'unclustered',
        title: null,
        description: null,
        items: rest,
        measures: plan.measures.filter(
          (m) => measureFits(m) && m.clusterIds.length === 0 && m.recommendationIds.some((r) => ids.has(r)),
        ),
      });
  }
  return groups;
}

function ClusterSection({ group, agencies }: { group: Group; agencies: Map<number, Agency> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { organizations } = useLookups();
  const title = group.title ? titleIn(group.title, language) : t('plan.unclustered');
  const headingId = `${group.id}-title`;
  const names = (ids: number[]) => ids.map((id) => agencyName(agencies.get(id), language)).join('; ') || '—';
  return (
    <section className="impl-cluster" aria-labelledby={headingId} data-testid={group.id}>
      <h2 id={headingId}>{title}</h2>
      {group.description && <p>{group.description}</p>}
      <h3>{t('plan.recommendations', { count: group.items.length })}</h3>
      <table className="list" data-testid="plan-recommendations">
        <thead>
          <tr>
            <th scope="col">{t('plan.column.recommendation')}</th>
            <th scope="col">{t('plan.column.government')}</th>
            <th scope="col">{t('plan.column.civilSociety')}</th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((item) => (
            <tr key={item.id} className={item.disagreement ? 'disagree' : undefined}>
              <td>
                <Link to={`/recommendations/${item.id}`}>
                  {t('plan.recommendationRef', { paragraph: item.paragraph ?? `#${item.id}` })}
                </Link>
                {': '}
                {item.text.length > 160 ? `${item.text.slice(0, 160)}…` : item.text}
                {item.disagreement && <span className="disagree-flag">{t('plan.disagreement')}</span>}
              </td>
              <td className="nowrap">
                <StatusBadge status={item.government} />
                {item.overridden && <span className="muted"> {t('plan.overridden')}</span>}
              </td>
              <td>
                {item.civilSociety.length === 0 ? (
                  <span className="muted">{t('plan.notAssessed')}</span>
                ) : (
                  <ul className="plain">
                    {item.civilSociety.map((a) => (
                      <li key={a.organizationId}>
                        <StatusBadge status={a.status} />{' '}
                        <span className="muted">
                          {organizationName(organizations.get(a.organizationId), language)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('plan.measures', { count: group.measures.length })}</h3>
      {group.measures.length === 0 ? (
        <p className="muted">{t('plan.noMeasures')}</p>
      ) : (
        <table className="list" data-testid="plan-measures">
          <thead>
            <tr>
              <th scope="col">{t('plan.column.measure')}</th>
              <th scope="col">{t('plan.column.lead')}</th>
              <th scope="col">{t('plan.column.supporting')}</th>
              <th scope="col">{t('plan.column.dates')}</th>
              <th scope="col">{t('plan.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {group.measures.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/implementation/measures/${m.id}`}>{titleIn(m.title, language)}</Link>
                </td>
                <td>{names(m.agencies.filter((a) => a.role === 'lead').map((a) => a.agencyId))}</td>
                <td>{names(m.agencies.filter((a) => a.role === 'supporting').map((a) => a.agencyId))}</td>
                <td className="nowrap">
                  {m.startDate ? formatDay(m.startDate, language) : '—'} –{' '}
                  {m.targetDate ? formatDay(m.targetDate, language) : '—'}
                </td>
                <td>
                  <MeasureStatusBadge status={m.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
