/** The explorer: search, facets, a virtualised table, columns and sorting, saved views and export. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Facets } from '../api.ts';
import { FacetPanel } from '../components/FacetPanel.tsx';
import { COLUMNS, type ColumnId, DEFAULT_COLUMNS, ResultsTable } from '../components/ResultsTable.tsx';
import { SavedViews } from '../components/SavedViews.tsx';
import { filterQuery, hasFilters } from '../filters.ts';
import { formatNumber } from '../format.ts';
import { useJson, useStates } from '../hooks.ts';
import { currentLanguage } from '../i18n.ts';
import { useSession } from '../session.tsx';

export function Explorer() {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const [params, setParams] = useSearchParams();
  const states = useStates();
  const filters = filterQuery(params).toString();
  const sort = params.get('sort') ?? 'id';
  const columns = (params
    .get('cols')
    ?.split(',')
    .filter((c) => COLUMNS.some((k) => k.id === c)) ?? DEFAULT_COLUMNS) as ColumnId[];
  const [q, setQ] = useState(params.get('q') ?? '');
  const [total, setTotal] = useState<number>();
  const { data: facets } = useJson<Facets>(`/api/recommendations/facets?${filters}`, 150);
  const language = currentLanguage();

  // Search as you type: the URL follows the box a moment after the last key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((params.get('q') ?? '') === q) return;
      const next = new URLSearchParams(params);
      if (q.trim()) next.set('q', q);
      else next.delete('q');
      setParams(next, { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [q, params, setParams]);
  useEffect(() => setQ(params.get('q') ?? ''), [params]);

  const update = (next: URLSearchParams) => setParams(next);
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  return (
    <div className="explorer">
      <aside className="sidebar" aria-labelledby="facets-title">
        <h2 id="facets-title">{t('explorer.filters')}</h2>
        {hasFilters(params) && (
          <button type="button" className="link" onClick={() => setParams(new URLSearchParams())}>
            {t('explorer.clearFilters')}
          </button>
        )}
        <FacetPanel facets={facets} params={params} states={states} onChange={update} />
      </aside>
      <section className="content" aria-labelledby="explorer-title">
        <div className="toolbar">
          <h1 id="explorer-title">{t('explorer.title')}</h1>
          <search>
            <form onSubmit={(e) => e.preventDefault()}>
              <label htmlFor="search" className="visually-hidden">
                {t('explorer.search')}
              </label>
              <input
                id="search"
                type="search"
                value={q}
                placeholder={t('explorer.searchPlaceholder')}
                onChange={(e) => setQ(e.target.value)}
              />
            </form>
          </search>
          <p className="total" aria-live="polite" data-testid="total">
            {total === undefined
              ? t('common.loading')
              : t('explorer.total', { count: total, formatted: formatNumber(total, language) })}
          </p>
        </div>
        <div className="toolbar secondary">
          <details className="columns">
            <summary>{t('explorer.columns')}</summary>
            <fieldset>
              <legend className="visually-hidden">{t('explorer.columns')}</legend>
              {COLUMNS.map((c) => (
                <label key={c.id}>
                  <input
                    type="checkbox"
                    checked={columns.includes(c.id)}
                    onChange={() => {
                      const next = columns.includes(c.id)
                        ? columns.filter((x) => x !== c.id)
                        : [...columns, c.id];
                      setParam('cols', next.length ? next.join(',') : 'text');
                    }}
                  />
                  {t(`column.${c.id}`)}
                </label>
              ))}
            </fieldset>
          </details>
          {session && (
            <SavedViews query={params.toString()} onOpen={(query) => setParams(new URLSearchParams(query))} />
          )}
          {can('export', 'read') && (
            <span className="export">
              {t('explorer.export')}:{' '}
              <a href={`/api/recommendations/export?format=csv&${filters}`} download data-testid="export-csv">
                CSV
              </a>{' '}
              <a
                href={`/api/recommendations/export?format=xlsx&${filters}`}
                download
                data-testid="export-xlsx"
              >
                XLSX
              </a>
            </span>
          )}
          <Link to={`/dashboards?${filters}`}>{t('explorer.chartThis')}</Link>
        </div>
        <ResultsTable
          query={filters}
          sort={sort}
          columns={columns}
          states={states}
          onSort={(s) => setParam('sort', s === 'id' ? null : s)}
          onTotal={setTotal}
        />
      </section>
    </div>
  );
}
