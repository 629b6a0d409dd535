/** The record's audit trail, newest first. */
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../api.ts';
import { formatDate } from '../format.ts';
import { useJson } from '../hooks.ts';
import { currentLanguage } from '../i18n.ts';

/** Bookkeeping fields every change touches; the reader wants what changed in substance. */
const HIDDEN = new Set(['version', 'updatedAt', 'createdAt', 'id']);

type Translate = ReturnType<typeof useTranslation>['t'];

/** A field's name as the reader knows it from the table and the page, else its API name. */
function fieldLabel(t: Translate, field: string): string {
  return t(`column.${field}`, { defaultValue: t(`recommendation.${field}`, { defaultValue: field }) });
}

function show(t: Translate, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'position' && typeof value === 'string') {
    return t(`recommendation.position.${value}`, { defaultValue: value });
  }
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function History(props: { id: number }) {
  const { t } = useTranslation();
  const { data } = useJson<{ items: AuditEntry[] }>(`/api/recommendations/${props.id}/history`);
  const language = currentLanguage();
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">{t('history.title')}</h2>
      {!data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : data.items.length === 0 ? (
        <p className="muted">{t('history.none')}</p>
      ) : (
        <ol data-testid="history">
          {data.items.map((entry) => (
            <li key={entry.id}>
              <p>
                <time dateTime={entry.at}>{formatDate(entry.at, language)}</time> · {entry.actor.label} ·{' '}
                {t(`history.action.${entry.action}`, { defaultValue: entry.action })}
              </p>
              {entry.diff && entry.action !== 'create' && (
                <ul>
                  {Object.entries(entry.diff)
                    .filter(([field]) => !HIDDEN.has(field))
                    .map(([field, change]) => (
                      <li key={field}>
                        {fieldLabel(t, field)}: {show(t, field, change.before)} →{' '}
                        {show(t, field, change.after)}
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
