/** One recommendation: its text and translations, states, position, labels; editing and its history. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, api, type Recommendation } from '../api.ts';
import { DialogueLinks } from '../components/DialogueLinks.tsx';
import { EditForm } from '../components/EditForm.tsx';
import { History } from '../components/History.tsx';
import { ImplementationSection } from '../components/ImplementationSection.tsx';
import { SimilarRecommendations } from '../components/SimilarRecommendations.tsx';
import { Suggestions } from '../components/Suggestions.tsx';
import { THEME_TAXONOMIES } from '../dialogue.ts';
import { stateName } from '../format.ts';
import { useStates } from '../hooks.ts';
import { currentLanguage } from '../i18n.ts';
import { useSession } from '../session.tsx';

const TAXONOMIES = ['ohchr-theme', 'sdg', 'affected-persons', 'upr-info-issue'] as const;

export default function RecommendationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can } = useSession();
  const states = useStates();
  const language = currentLanguage();
  const [rec, setRec] = useState<Recommendation>();
  const [error, setError] = useState<number>();
  const [editing, setEditing] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);

  const load = useCallback(() => {
    api<Recommendation>(`/api/recommendations/${id}`)
      .then((r) => {
        setRec(r);
        setError(undefined);
      })
      .catch((e) => setError(e instanceof ApiError ? e.status : 500));
  }, [id]);
  useEffect(load, [load]);

  if (error) return <p role="alert">{error === 404 ? t('common.notFound') : t('common.error')}</p>;
  if (!rec) return <p className="muted">{t('common.loading')}</p>;
  const texts = [[rec.textLang, rec.text] as const, ...Object.entries(rec.translations)];

  return (
    <article className="recommendation">
      <p>
        <Link to="/">← {t('nav.backToExplorer')}</Link>
      </p>
      <h1>
        {t('recommendation.title', {
          state: stateName(states, rec.stateUnderReview, language),
          cycle: rec.cycle ?? '—',
        })}
        {rec.paragraph ? ` · ${rec.paragraph}` : ''}
      </h1>
      <section aria-labelledby="text-title">
        <h2 id="text-title">{t('recommendation.text')}</h2>
        {texts.map(([lang, text]) => (
          <figure key={lang} className="text">
            <figcaption>
              {t(`language.${lang}`, { defaultValue: lang })}
              {lang === rec.textLang ? ` (${t('recommendation.original')})` : ''}
            </figcaption>
            <blockquote lang={lang} data-testid={`text-${lang}`}>
              {text}
            </blockquote>
          </figure>
        ))}
      </section>
      <dl className="facts">
        <dt>{t('column.state')}</dt>
        <dd>{stateName(states, rec.stateUnderReview, language)}</dd>
        <dt>{t('column.cycle')}</dt>
        <dd>{rec.cycle ?? '—'}</dd>
        <dt>{t('column.session')}</dt>
        <dd>{rec.session ?? '—'}</dd>
        <dt>{t('recommendation.documentSymbol')}</dt>
        <dd>{rec.documentSymbol ?? '—'}</dd>
        <dt>{t('column.recommendingStates')}</dt>
        <dd>{rec.recommendingStates.map((s) => stateName(states, s, language)).join(', ') || '—'}</dd>
        <dt>{t('column.position')}</dt>
        <dd data-testid="position">
          <span className={`badge ${rec.position}`}>{t(`recommendation.position.${rec.position}`)}</span>
        </dd>
        <dt>{t('recommendation.positionSource')}</dt>
        <dd>{rec.positionSource ?? '—'}</dd>
        <dt>{t('column.actionCategory')}</dt>
        <dd>{rec.actionCategory ? t(`recommendation.actionCategory.${rec.actionCategory}`) : '—'}</dd>
        {TAXONOMIES.map((taxonomy) => {
          const terms = rec.terms.filter((term) => term.taxonomy === taxonomy);
          return (
            <div key={taxonomy} className="pair">
              <dt>{t(`taxonomy.${taxonomy}`)}</dt>
              <dd>
                {terms.length === 0 ? (
                  '—'
                ) : (
                  <ul className="tags">
                    {terms.map((term) => (
                      <li key={term.termId}>
                        <Link
                          to={
                            THEME_TAXONOMIES.includes(taxonomy)
                              ? `/dialogue/themes/${term.termId}`
                              : `/?term=${term.termId}`
                          }
                        >
                          {taxonomy === 'sdg' ? `${term.code} ` : ''}
                          {term.labels[language]}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {rec.abilities?.update &&
        (editing ? (
          <EditForm
            rec={rec}
            onSaved={(next) => {
              setRec(next);
              setEditing(false);
              setHistoryKey((k) => k + 1);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <button type="button" className="primary" onClick={() => setEditing(true)}>
            {t('recommendation.edit')}
          </button>
        ))}
      <Suggestions id={rec.id} onDecided={load} />
      <DialogueLinks id={rec.id} />
      <ImplementationSection id={rec.id} />
      <SimilarRecommendations rec={rec} />
      {can('audit', 'read') && <History key={historyKey} id={rec.id} />}
    </article>
  );
}
