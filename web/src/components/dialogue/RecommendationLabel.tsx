/** A recommendation named by its paragraph and the start of its text: as a link, or as plain text. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cached, type Recommendation } from '../../api.ts';
import { textIn } from '../../format.ts';
import { currentLanguage } from '../../i18n.ts';

export function RecommendationLabel({ id }: { id: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [rec, setRec] = useState<Recommendation>();
  useEffect(() => {
    cached<Recommendation>(`/api/recommendations/${id}`)
      .then(setRec)
      .catch(() => {});
  }, [id]);
  const text = rec ? textIn(rec, language) : undefined;
  return (
    <>
      {t('dialogue.web.recommendationLink', { paragraph: rec?.paragraph ?? `#${id}` })}
      {text ? (
        <>
          {': '}
          <span lang={text.lang}>{text.text.length > 140 ? `${text.text.slice(0, 140)}…` : text.text}</span>
        </>
      ) : null}
    </>
  );
}

/** A link to a recommendation's page. */
export function RecommendationLink({ id }: { id: number }) {
  return (
    <Link to={`/recommendations/${id}`}>
      <RecommendationLabel id={id} />
    </Link>
  );
}
