/**
 * A recommendation's "Similar recommendations" section: the ones its state received in earlier cycles
 * (a repeated recommendation, with their position and implementation status) and the nearest ones to
 * other states; the language detected in its text when it differs from the declared one; and a link to
 * the near-duplicates of its review.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Recommendation } from '../api.ts';
import { MISMATCH_CONFIDENCE, percent, type Similar } from '../similar.ts';
import { SimilarItems } from './SimilarItems.tsx';

export function SimilarRecommendations({ rec }: { rec: Recommendation }) {
  const { t } = useTranslation();
  const [data, setData] = useState<Similar>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setData(undefined);
    api<Similar>(`/api/recommendations/${rec.id}/similar`)
      .then((d) => live && setData(d))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [rec.id]);
  const detected = rec.detectedLang;
  const mismatch =
    detected &&
    detected.lang !== rec.textLang &&
    detected.lang !== 'und' &&
    detected.confidence >= MISMATCH_CONFIDENCE;
  return (
    <section aria-labelledby="similar-title" className="similar" data-testid="similar">
      <h2 id="similar-title">{t('similar.title')}</h2>
      {mismatch && (
        <p className="notice" data-testid="language-mismatch">
          {t('similar.detected', {
            lang: t(`language.${detected.lang}`, { defaultValue: detected.lang }),
            confidence: percent(detected.confidence),
            declared: t(`language.${rec.textLang}`, { defaultValue: rec.textLang }),
          })}
        </p>
      )}
      {failed ? (
        <p className="muted">{t('similar.failed')}</p>
      ) : !data ? (
        <p className="muted">{t('similar.loading')}</p>
      ) : (
        <>
          <h3>{t('similar.repeated')}</h3>
          {data.repeated.length === 0 ? (
            <p className="muted">{t('similar.repeatedNone')}</p>
          ) : (
            <SimilarItems items={data.repeated} testId="similar-repeated" />
          )}
          <h3>{t('similar.otherStates')}</h3>
          {data.otherStates.length === 0 ? (
            <p className="muted">{t('similar.otherStatesNone')}</p>
          ) : (
            <SimilarItems items={data.otherStates} testId="similar-other-states" />
          )}
        </>
      )}
      {rec.cycle !== null && (
        <p>
          <Link to={`/reviews/${rec.stateUnderReview}/${rec.cycle}/near-duplicates`}>
            {t('similar.nearDuplicates.link')}
          </Link>
        </p>
      )}
    </section>
  );
}
