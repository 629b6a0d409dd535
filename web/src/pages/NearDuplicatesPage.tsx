/**
 * Near-duplicate recommendations of one review (state and cycle), in groups; a coordinator turns a group
 * into an implementation cluster with one button (shown only when the response's abilities allow it).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError, api } from '../api.ts';
import { SimilarItems } from '../components/SimilarItems.tsx';
import { stateName } from '../format.ts';
import { useStates } from '../hooks.ts';
import { currentLanguage, i18n } from '../i18n.ts';
import { type NearDuplicates, percent } from '../similar.ts';

const TITLE_TEXT = 80;

export function NearDuplicatesPage() {
  const { t } = useTranslation();
  const { state = '', cycle = '' } = useParams();
  const states = useStates();
  const language = currentLanguage();
  const [data, setData] = useState<NearDuplicates>();
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<Record<number, number>>({});
  const [failures, setFailures] = useState<Record<number, string>>({});
  useEffect(() => {
    let live = true;
    api<NearDuplicates>(
      `/api/reviews/${encodeURIComponent(state)}/${encodeURIComponent(cycle)}/near-duplicates`,
    )
      .then((d) => live && setData(d))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [state, cycle]);

  const reviewIn = (lang: string) =>
    i18n.getFixedT(lang)('similar.review', { state: stateName(states, state, lang), cycle });
  const review = reviewIn(language);

  async function createCluster(index: number) {
    const group = data?.groups[index];
    if (!group) return;
    const first = group.recommendations[0]?.text ?? '';
    const text = first.length > TITLE_TEXT ? `${first.slice(0, TITLE_TEXT - 1)}…` : first;
    const title = (lang: string) =>
      i18n.getFixedT(lang)('similar.nearDuplicates.clusterTitle', { review: reviewIn(lang), text });
    try {
      const cluster = await api<{ id: number }>('/api/clusters', {
        method: 'POST',
        body: {
          stateUnderReview: state,
          cycle: Number(cycle),
          titleRu: title('ru'),
          titleKk: title('kk'),
          titleEn: title('en'),
          recommendationIds: group.recommendations.map((r) => r.id),
        },
      });
      setCreated((c) => ({ ...c, [index]: cluster.id }));
    } catch (e) {
      setFailures((f) => ({ ...f, [index]: e instanceof ApiError ? e.message : String(e) }));
    }
  }

  return (
    <article className="near-duplicates">
      <h1>{t('similar.nearDuplicates.title', { review })}</h1>
      <p className="muted">{t('similar.nearDuplicates.intro')}</p>
      {error && <p role="alert">{error}</p>}
      {data && data.groups.length === 0 && <p>{t('similar.nearDuplicates.none')}</p>}
      {data && data.groups.length > 0 && !data.abilities.createCluster && (
        <p className="muted">{t('similar.nearDuplicates.noClusters')}</p>
      )}
      {data?.groups.map((group, index) => (
        <section
          // biome-ignore lint/suspicious/noArrayIndexKey: groups have no id; their order is the server's
          key={index}
          aria-labelledby={`group-${index}`}
          className="near-duplicate-group"
          data-testid="near-duplicate-group"
        >
          <h2 id={`group-${index}`}>
            {t('similar.nearDuplicates.group', {
              count: group.recommendations.length,
              score: percent(group.score),
            })}
          </h2>
          <SimilarItems items={group.recommendations} testId={`group-${index}-items`} />
          {data.abilities.createCluster &&
            (created[index] !== undefined ? (
              <p role="status">{t('similar.nearDuplicates.clusterCreated')}</p>
            ) : (
              <button type="button" className="primary" onClick={() => createCluster(index)}>
                {t('similar.nearDuplicates.createCluster')}
              </button>
            ))}
          {failures[index] && <p role="alert">{failures[index]}</p>}
        </section>
      ))}
    </article>
  );
}
