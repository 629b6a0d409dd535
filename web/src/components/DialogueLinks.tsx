/** A recommendation's "Dialogue" section: the alternative reports and consultations that dealt with it. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api.ts';
import { formatDay, localized, type RecommendationDialogue } from '../dialogue.ts';
import { currentLanguage } from '../i18n.ts';

export function DialogueLinks({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [data, setData] = useState<RecommendationDialogue>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    api<RecommendationDialogue>(`/api/recommendations/${id}/dialogue`)
      .then((d) => live && setData(d))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [id]);
  if (failed) return null;
  return (
    <section aria-labelledby="dialogue-title" className="dialogue-links" data-testid="dialogue">
      <h2 id="dialogue-title">{t('dialogue.web.dialogueSection')}</h2>
      {!data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : data.reports.length === 0 && data.consultations.length === 0 ? (
        <p className="muted">{t('dialogue.web.noDialogue')}</p>
      ) : (
        <>
          {data.reports.length > 0 && (
            <>
              <h3>{t('dialogue.web.reports')}</h3>
              <ul>
                {data.reports.map((r) => (
                  <li key={r.id}>
                    <Link to={`/dialogue/reports/${r.id}`}>
                      {t('dialogue.web.reportNumber', { number: r.number })}: {localized(r.title, language)}
                    </Link>{' '}
                    <span className={`status ${r.status}`}>
                      {t(`dialogue.web.reportStatus.${r.status}`, { defaultValue: r.status })}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.consultations.length > 0 && (
            <>
              <h3>{t('dialogue.web.consultations')}</h3>
              <ul>
                {data.consultations.map((c) => (
                  <li key={c.id}>
                    {formatDay(c.startsAt, language)}:{' '}
                    <Link to={`/dialogue/consultations/${c.id}`}>{localized(c.title, language)}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
