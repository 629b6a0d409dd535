/**
 * "Auto-tagging" for coordinators: how well the model did in its last evaluation (overall and per label:
 * precision, recall, F1, support), when it was trained, a form to train a new one (and suggest with it)
 * whose progress is followed here, and a form to accept in bulk the suggestions of one review at or above a
 * confidence.
 */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import {
  type Classifier,
  isRunning,
  type LabelMetrics,
  labelIn,
  percent,
  type TrainingJob,
} from '../classify.ts';
import { currentLanguage } from '../i18n.ts';

export default function ClassifierPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [data, setData] = useState<Classifier>();
  const [error, setError] = useState<number>();
  const load = useCallback(() => {
    api<Classifier>('/api/classifier')
      .then(setData)
      .catch((e) => setError(e instanceof ApiError ? e.status : 500));
  }, []);
  useEffect(load, [load]);
  // While a training runs, its progress (and then the new model) is fetched every second.
  useEffect(() => {
    if (!isRunning(data?.job)) return;
    const timer = setTimeout(load, 1000);
    return () => clearTimeout(timer);
  }, [data, load]);

  if (error)
    return <p role="alert">{error === 403 || error === 401 ? t('classify.forbidden') : t('common.error')}</p>;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const e = data.evaluation;
  const termName = (l: LabelMetrics) => (l.labels ? labelIn(l.labels, language) : l.label);
  const when = (iso: string) =>
    new Date(iso).toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section className="classifier">
      <h1>{t('classify.title')}</h1>
      <p>{t('classify.intro')}</p>
      {!data.model ? (
        <p>{t('classify.noModel')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('classify.trainedAt')}</dt>
          <dd>{when(data.model.trainedAt)}</dd>
          <dt>{t('classify.trainSessions')}</dt>
          <dd>{data.model.trainSessions === 'all' ? t('classify.allSessions') : data.model.trainSessions}</dd>
          <dt>{t('classify.examples')}</dt>
          <dd>{data.model.examples.toLocaleString(language)}</dd>
        </dl>
      )}
      {data.abilities.update && <TrainForm job={data.job} onStarted={(job) => setData({ ...data, job })} />}
      <h2>{t('classify.evaluation')}</h2>
      {!e ? (
        <p>{t('classify.noEvaluation')}</p>
      ) : (
        <>
          <p>
            {t('classify.evaluated', {
              date: when(e.evaluatedAt),
              train: e.trainSessions,
              test: e.testSessions,
              count: e.examples,
            })}
          </p>
          {/* A set no test recommendation carried (no issues in a matrix, no action category) is left out. */}
          <dl className="facts" data-testid="overall">
            {e.issues.labels.length > 0 && (
              <>
                <dt>{t('classify.issuesMicroF1')}</dt>
                <dd>{percent(e.issues.microF1, language)}</dd>
                <dt>{t('classify.issuesMacroF1')}</dt>
                <dd>{percent(e.issues.macroF1, language)}</dd>
                <dt>{t('classify.exactMatch')}</dt>
                <dd>{percent(e.issues.exactMatch, language)}</dd>
              </>
            )}
            {e.action.labels.length > 0 && (
              <>
                <dt>{t('classify.actionAccuracy')}</dt>
                <dd>{percent(e.action.accuracy, language)}</dd>
                <dt>{t('classify.actionMacroF1')}</dt>
                <dd>{percent(e.action.macroF1, language)}</dd>
              </>
            )}
          </dl>
          <p className="muted">{t('classify.howToRead')}</p>
          {e.issues.labels.length > 0 && (
            <MetricsTable caption={t('classify.perIssue')} rows={e.issues.labels} name={termName} />
          )}
          {e.action.labels.length > 0 && (
            <MetricsTable
              caption={t('classify.perAction')}
              rows={e.action.labels}
              name={(l) => t(`recommendation.actionCategory.${l.label}`)}
            />
          )}
          {e.themes && (
            <>
              <p>
                {t('classify.themesFigures', {
                  micro: percent(e.themes.microF1, language),
                  macro: percent(e.themes.macroF1, language),
                })}
              </p>
              <MetricsTable caption={t('classify.perTheme')} rows={e.themes.labels} name={termName} />
            </>
          )}
        </>
      )}
      {data.abilities.accept && <BulkAccept />}
    </section>
  );
}

function MetricsTable({
  caption,
  rows,
  name,
}: {
  caption: string;
  rows: LabelMetrics[];
  name: (l: LabelMetrics) => string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sorted = [...rows].sort((a, b) => b.support - a.support);
  return (
    <table className="list metrics">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('classify.label')}</th>
          <th scope="col">{t('classify.precision')}</th>
          <th scope="col">{t('classify.recall')}</th>
          <th scope="col">F1</th>
          <th scope="col">{t('classify.support')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((l) => (
          <tr key={l.label} className={l.f1 < 0.6 ? 'weak' : undefined}>
            <th scope="row">{name(l)}</th>
            <td>{percent(l.precision, language)}</td>
            <td>{percent(l.recall, language)}</td>
            <td>{percent(l.f1, language)}</td>
            <td>{l.support.toLocaleString(language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Starts a training and shows the latest one: its progress, what it wrote, or why it failed. */
function TrainForm({ job, onStarted }: { job: TrainingJob | null; onStarted: (job: TrainingJob) => void }) {
  const { t } = useTranslation();
  const [sessions, setSessions] = useState('');
  const [suggest, setSuggest] = useState(true);
  const [refusal, setRefusal] = useState<string>();
  const running = isRunning(job);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(undefined);
    try {
      const body = { suggest, ...(sessions.trim() ? { trainSessions: sessions.trim() } : {}) };
      onStarted(await api<TrainingJob>('/api/classifier/train', { method: 'POST', body }));
    } catch (error) {
      setRefusal(
        error instanceof ApiError
          ? error.status === 409
            ? t('classify.trainRunning')
            : error.message
          : t('common.error'),
      );
    }
  };
  return (
    <form className="train-model" onSubmit={submit} aria-labelledby="train-title">
      <h2 id="train-title">{t('classify.trainTitle')}</h2>
      <p className="muted">{t('classify.trainHelp')}</p>
      <label htmlFor="train-sessions">{t('classify.trainSessionsField')}</label>
      <input
        id="train-sessions"
        value={sessions}
        onChange={(e) => setSessions(e.target.value)}
        placeholder="1-16"
        pattern="\s*\d+(\s*-\s*\d+)?\s*"
        size={8}
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? 'train-refusal' : undefined}
      />
      <label className="inline-label">
        <input type="checkbox" checked={suggest} onChange={(e) => setSuggest(e.target.checked)} />
        {t('classify.trainSuggest')}
      </label>
      <button type="submit" className="primary" disabled={running}>
        {t('classify.trainStart')}
      </button>
      {refusal && (
        <p role="alert" id="train-refusal" className="error">
          {refusal}
        </p>
      )}
      {job && <JobStatus job={job} />}
    </form>
  );
}

function JobStatus({ job }: { job: TrainingJob }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (x: number) => x.toLocaleString(language);
  if (isRunning(job))
    return (
      <div role="status" data-testid="train-status">
        <progress max={job.total || 1} value={job.done} aria-label={t('classify.progress')} />
        <p>
          {job.total === 0
            ? t('classify.phaseStarting')
            : t(job.phase === 'train' ? 'classify.phaseTrain' : 'classify.phaseSuggest', {
                done: n(job.done),
                total: n(job.total),
              })}
        </p>
      </div>
    );
  if (job.phase === 'failed')
    return (
      <p role="alert" className="error" data-testid="train-status">
        {t('classify.trainFailed', { error: job.error })}
      </p>
    );
  const suggested = job.result?.suggested;
  return (
    <p role="status" data-testid="train-status">
      {t('classify.trainDone', { count: job.result?.examples ?? 0 })}{' '}
      {suggested &&
        t('classify.suggestedDone', {
          count: suggested.recommendations,
          issues: n(suggested.issues),
          actions: n(suggested.actions),
        })}{' '}
      {suggested && suggested.themes > 0 && t('classify.suggestedThemes', { count: suggested.themes })}
    </p>
  );
}

function BulkAccept() {
  const { t } = useTranslation();
  const [state, setState] = useState('KAZ');
  const [cycle, setCycle] = useState('3');
  const [taxonomy, setTaxonomy] = useState('upr-info-issue');
  const [threshold, setThreshold] = useState('90');
  const [result, setResult] = useState<{ accepted: number } | { error: string }>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setResult(
        await api<{ accepted: number }>('/api/suggestions/accept', {
          method: 'POST',
          body: {
            state: state.trim().toUpperCase(),
            cycle: Number(cycle),
            taxonomy,
            minConfidence: Number(threshold) / 100,
          },
        }),
      );
    } catch (error) {
      setResult({ error: error instanceof ApiError ? error.message : t('common.error') });
    }
  };
  return (
    <form className="bulk-accept" onSubmit={submit} aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('classify.bulkTitle')}</h2>
      <p className="muted">{t('classify.bulkHelp')}</p>
      <label htmlFor="bulk-state">{t('column.state')}</label>
      <input
        id="bulk-state"
        value={state}
        onChange={(e) => setState(e.target.value)}
        pattern="[A-Za-z]{3}"
        required
        size={4}
      />
      <label htmlFor="bulk-cycle">{t('column.cycle')}</label>
      <input
        id="bulk-cycle"
        type="number"
        min={1}
        value={cycle}
        onChange={(e) => setCycle(e.target.value)}
        required
      />
      <label htmlFor="bulk-taxonomy">{t('classify.what')}</label>
      <select id="bulk-taxonomy" value={taxonomy} onChange={(e) => setTaxonomy(e.target.value)}>
        <option value="upr-info-issue">{t('taxonomy.upr-info-issue')}</option>
        <option value="action-category">{t('column.actionCategory')}</option>
      </select>
      <label htmlFor="bulk-threshold">{t('classify.minConfidence')}</label>
      <input
        id="bulk-threshold"
        type="number"
        min={0}
        max={100}
        value={threshold}
        onChange={(e) => setThreshold(e.target.value)}
        required
      />
      <button type="submit" className="primary">
        {t('classify.bulkAccept')}
      </button>
      {result && (
        <p role="status" data-testid="bulk-result">
          {'accepted' in result ? t('classify.accepted', { count: result.accepted }) : result.error}
        </p>
      )}
    </form>
  );
}
