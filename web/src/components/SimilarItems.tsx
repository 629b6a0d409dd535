/** A list of similar recommendations: review and paragraph, text, position, implementation status, similarity. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stateName } from '../format.ts';
import { useStates } from '../hooks.ts';
import { currentLanguage } from '../i18n.ts';
import { percent, type SimilarItem } from '../similar.ts';

export function SimilarItems({ items, testId }: { items: SimilarItem[]; testId: string }) {
  const { t } = useTranslation();
  const states = useStates();
  const language = currentLanguage();
  return (
    <ul className="similar-items" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`/recommendations/${item.id}`}>
            {t('similar.review', {
              state: stateName(states, item.stateUnderReview, language),
              cycle: item.cycle ?? '—',
            })}
            {item.paragraph ? `, ${t('similar.paragraph', { paragraph: item.paragraph })}` : ''}
          </Link>
          <blockquote lang="en">{item.text}</blockquote>
          <p className="similar-facts">
            <span className="visually-hidden">{t('similar.position')}: </span>
            <span className={`badge ${item.position}`}>{t(`recommendation.position.${item.position}`)}</span>
            {item.status && (
              <span>
                {t('similar.status')}:{' '}
                {t(`similar.statusValue.${item.status}`, { defaultValue: item.status })}
              </span>
            )}
            <span className="muted">{t('similar.score', { score: percent(item.score) })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
