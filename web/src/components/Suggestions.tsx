/**
 * A recommendation's "Suggested" section: the issues and action category the auto-tagging model suggests,
 * with its confidence, plainly marked as not confirmed; accept and reject buttons for those allowed.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { labelIn, percent, type Suggestions as SuggestionsDto } from '../classify.ts';
import { currentLanguage } from '../i18n.ts';
import { useSession } from '../session.tsx';

export function Suggestions({ id, onDecided }: { id: number; onDecided: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const language = currentLanguage();
  const [data, setData] = useState<SuggestionsDto>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const readable = can('suggestion', 'read');

  const load = useCallback(() => {
    if (!readable) return;
    api<SuggestionsDto>(`/api/recommendations/${id}/suggestions`)
      .then(setData)
      .catch(() => setFailed(true));
  }, [id, readable]);
  useEffect(load, [load]);

  const decide = async (path: string, decision: 'accept' | 'reject') => {
    setBusy(true);
    try {
      await api(`/api/recommendations/${id}/suggestions/${path}`, { method: 'POST', body: { decision } });
      load();
      onDecided();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  if (!readable || !data || (data.terms.length === 0 && !data.actionCategory)) return null;
  const allowed = data.abilities.update === true;
  const buttons = (path: string, what: string) =>
    allowed && (
      <span className="suggestion-actions">
        <button
          type="button"
          disabled={busy}
          aria-label={`${t('classify.accept')}: ${what}`}
          onClick={() => decide(path, 'accept')}
        >
          {t('classify.accept')}
        </button>
        <button
          type="button"
          disabled={busy}
          aria-label={`${t('classify.reject')}: ${what}`}
          onClick={() => decide(path, 'reject')}
        >
          {t('classify.reject')}
        </button>
      </span>
    );

  return (
    <section aria-labelledby="suggestions-title" className="suggestions" data-testid="suggestions">
      <h2 id="suggestions-title">{t('classify.suggested')}</h2>
      <p className="muted">{t('classify.notConfirmed')}</p>
      {failed && <p role="alert">{t('common.error')}</p>}
      <ul>
        {data.terms.map((term) => {
          const label = labelIn(term.labels, language);
          return (
            <li key={term.termId}>
              <span className="badge suggested">{t('classify.suggestion')}</span>{' '}
              {t(`taxonomy.${term.taxonomy}`)}: <strong>{label}</strong>{' '}
              <span className="muted">
                {t('classify.confidence', { value: percent(term.confidence, language) })}
              </span>{' '}
              {buttons(`terms/${term.termId}`, label)}
            </li>
          );
        })}
        {data.actionCategory && (
          <li>
            <span className="badge suggested">{t('classify.suggestion')}</span> {t('column.actionCategory')}:{' '}
            <strong>{t(`recommendation.actionCategory.${data.actionCategory.value}`)}</strong>{' '}
            <span className="muted">
              {t('classify.confidence', { value: percent(data.actionCategory.confidence, language) })}
            </span>{' '}
            {buttons('action-category', t(`recommendation.actionCategory.${data.actionCategory.value}`))}
          </li>
        )}
      </ul>
    </section>
  );
}
