/**
 * A theme in the dialogue: how many recommendations carry it (with a link to them in the explorer), and
 * the alternative reports and consultations that dealt with it (`/api/terms/{id}/dialogue`).
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Page } from '../../api.ts';
import {
  formatDay,
  localized,
  organizationName,
  type RecommendationDialogue,
  termName,
  useLookups,
} from '../../dialogue.ts';
import { currentLanguage } from '../../i18n.ts';
import { DialogueNav, Problem, useResource } from './common.tsx';

export default function ThemePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const language = currentLanguage();
  const lookups = useLookups();
  const { data, error } = useResource<RecommendationDialogue>(`/api/terms/${id}/dialogue`);
  const { data: page } = useResource<Page>(`/api/recommendations?term=${id}&limit=1`);
  if (error) return <Problem status={error} />;
  const term = lookups.terms.get(Number(id));
  return (
    <section className="dialogue" aria-labelledby="theme-title">
      <h1 id="theme-title">
        {t('dialogueForms.themeHeading', { name: term ? termName(term, language) : `#${id}` })}
      </h1>
      <DialogueNav />
      {page && (
        <p data-testid="theme-count">
          {t('dialogueForms.themeRecommendations', {
            count: page.total,
            formatted: new Intl.NumberFormat(language === 'kk' ? 'ru' : language).format(page.total),
          })}{' '}
          — <Link to={`/?term=${id}`}>{t('dialogueForms.seeInExplorer')}</Link>
        </p>
      )}
      {!data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : data.reports.length === 0 && data.consultations.length === 0 ? (
        <p className="muted">{t('dialogueForms.noThemeDialogue')}</p>
      ) : (
        <>
          <section aria-labelledby="theme-reports">
            <h2 id="theme-reports">{t('dialogue.web.reports')}</h2>
            {data.reports.length === 0 ? (
              <p className="muted">{t('dialogue.web.none')}</p>
            ) : (
              <ul data-testid="theme-reports-list">
                {data.reports.map((r) => (
                  <li key={r.id}>
                    {organizationName(lookups.organizations.get(r.coalitionId), language)},{' '}
                    <Link to={`/dialogue/reports/${r.id}`}>
                      {t('dialogue.web.reportNumber', { number: r.number })}: {localized(r.title, language)}
                    </Link>{' '}
                    <span className={`status ${r.status}`}>
                      {t(`dialogue.web.reportStatus.${r.status}`, { defaultValue: r.status })}
                    </span>{' '}
                    <span className="muted">({t(`dialogueForms.via.${r.via}`)})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="theme-consultations">
            <h2 id="theme-consultations">{t('dialogue.web.consultations')}</h2>
            {data.consultations.length === 0 ? (
              <p className="muted">{t('dialogue.web.none')}</p>
            ) : (
              <ul data-testid="theme-consultations-list">
                {data.consultations.map((c) => (
                  <li key={c.id}>
                    {formatDay(c.startsAt, language)}:{' '}
                    <Link to={`/dialogue/consultations/${c.id}`}>{localized(c.title, language)}</Link>{' '}
                    <span className="muted">({t(`dialogueForms.via.${c.via}`)})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
