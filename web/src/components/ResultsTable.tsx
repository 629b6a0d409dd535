// biome-ignore-all lint/a11y/useSemanticElements: a virtualised table positions its rows absolutely, which <table> rows cannot be; ARIA table roles keep its semantics
// biome-ignore-all lint/a11y/useFocusableInteractive: rows and cells are not interactive; their links and sort buttons are
/**
 * The explorer's table, virtualised: only the rows in view are in the DOM, and their pages of 100 are
 * fetched as they scroll into view, so 41,000 rows scroll as smoothly as 40.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Page, type Recommendation, type State } from '../api.ts';
import { formatDate, stateName, textIn } from '../format.ts';
import { currentLanguage } from '../i18n.ts';

export const COLUMNS = [
  { id: 'id', sort: 'id', width: '5rem' },
  { id: 'state', sort: 'stateUnderReview', width: '9rem' },
  { id: 'cycle', sort: 'cycle', width: '5rem' },
  { id: 'session', sort: 'session', width: '5.5rem' },
  { id: 'paragraph', sort: 'paragraph', width: '6rem' },
  { id: 'text', sort: null, width: 'minmax(16rem, 1fr)' },
  { id: 'recommendingStates', sort: null, width: '11rem' },
  { id: 'position', sort: 'position', width: '9rem' },
  { id: 'actionCategory', sort: 'actionCategory', width: '9rem' },
  { id: 'updatedAt', sort: 'updatedAt', width: '10rem' },
] as const;
export type ColumnId = (typeof COLUMNS)[number]['id'];
export const DEFAULT_COLUMNS: ColumnId[] = [
  'state',
  'cycle',
  'session',
  'text',
  'recommendingStates',
  'position',
];

const PAGE = 100;
const ROW_HEIGHT = 60;

function cell(rec: Recommendation, column: ColumnId, states: Map<string, State>, t: (k: string) => string) {
  const language = currentLanguage();
  switch (column) {
    case 'id':
      return rec.id;
    case 'state':
      return stateName(states, rec.stateUnderReview, language);
    case 'cycle':
      return rec.cycle ?? '';
    case 'session':
      return rec.session ?? '';
    case 'paragraph':
      return rec.paragraph ?? '';
    case 'text': {
      const { text, lang } = textIn(rec, language);
      return (
        <Link to={`/recommendations/${rec.id}`} lang={lang} className="rec-link">
          {text}
        </Link>
      );
    }
    case 'recommendingStates':
      return rec.recommendingStates.map((s) => stateName(states, s, language)).join(', ');
    case 'position':
      return <span className={`badge ${rec.position}`}>{t(`recommendation.position.${rec.position}`)}</span>;
    case 'actionCategory':
      return rec.actionCategory ? t(`recommendation.actionCategory.${rec.actionCategory}`) : '';
    case 'updatedAt':
      return formatDate(rec.updatedAt, language);
  }
}

export function ResultsTable(props: {
  query: string;
  sort: string;
  columns: ColumnId[];
  states: Map<string, State>;
  onSort(sort: string): void;
  onTotal(total: number): void;
}) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const pages = useRef(new Map<number, Recommendation[] | 'loading'>());
  const [, setVersion] = useState(0);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const generation = useRef(0);
  const key = `${props.query}|${props.sort}`;

  // A new query or sort starts again from the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger, not an input
  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    setTotal(undefined);
    scroller.current?.scrollTo({ top: 0 });
    setVersion((v) => v + 1);
  }, [key]);

  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    const wanted = total === undefined ? [0] : [];
    if (total !== undefined && total > 0)
      for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) wanted.push(p);
    for (const page of wanted) {
      if (pages.current.has(page)) continue;
      pages.current.set(page, 'loading');
      const mine = generation.current;
      const params = new URLSearchParams(props.query);
      params.set('limit', String(PAGE));
      params.set('offset', String(page * PAGE));
      params.set('sort', props.sort);
      api<Page>(`/api/recommendations?${params}`)
        .then((result) => {
          if (mine !== generation.current) return;
          pages.current.set(page, result.items);
          setTotal(result.total);
          props.onTotal(result.total);
          setVersion((v) => v + 1);
        })
        .catch(() => {
          if (mine === generation.current) pages.current.delete(page);
        });
    }
  });

  const columns = COLUMNS.filter((c) => props.columns.includes(c.id));
  const template = columns.map((c) => c.width).join(' ');
  const [sortField, direction] = props.sort.startsWith('-')
    ? [props.sort.slice(1), 'descending']
    : [props.sort, 'ascending'];

  return (
    <div
      className="results"
      role="table"
      aria-label={t('explorer.tableLabel')}
      aria-rowcount={count + 1}
      data-testid="results"
    >
      <div className="row head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <div
            key={c.id}
            role="columnheader"
            aria-sort={c.sort && c.sort === sortField ? (direction as 'ascending' | 'descending') : undefined}
          >
            {c.sort ? (
              <button
                type="button"
                className="sort"
                onClick={() =>
                  props.onSort(c.sort === sortField && direction === 'ascending' ? `-${c.sort}` : c.sort)
                }
              >
                {t(`column.${c.id}`)}
                <span aria-hidden="true">
                  {c.sort === sortField ? (direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            ) : (
              t(`column.${c.id}`)
            )}
          </div>
        ))}
      </div>
      <div className="scroller" ref={scroller}>
        {total === 0 && <p className="empty">{t('explorer.none')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const page = pages.current.get(Math.floor(item.index / PAGE));
            const rec = Array.isArray(page) ? page[item.index % PAGE] : undefined;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={`row ${item.index % 2 ? 'odd' : ''}`}
                style={{
                  gridTemplateColumns: template,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {columns.map((c) => (
                  <div key={c.id} role="cell" className={`cell ${c.id}`}>
                    {rec ? (
                      cell(rec, c.id, props.states, t)
                    ) : c.id === 'text' ? (
                      <span className="placeholder" />
                    ) : (
                      ''
                    )}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
