/**
 * Editing a recommendation: the change carries the version it is based on. When someone else saved in
 * the meantime the server answers 409 with the record as it is now, and the form says so plainly and
 * lets the user either take the other version or apply their own change on top of it.
 */
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type Recommendation } from '../api.ts';
import { SaveCancel } from './forms/SaveCancel.tsx';

const POSITIONS = ['supported', 'supported_in_part', 'noted', 'pending', 'unknown'];

interface Change {
  position: string;
  positionSource: string | null;
  actionCategory: number | null;
  translations: Record<string, string>;
}

export function EditForm(props: {
  rec: Recommendation;
  onSaved(rec: Recommendation): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [conflict, setConflict] = useState<{ current: Recommendation; change: Change } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  async function send(version: number, change: Change) {
    setBusy(true);
    setError(null);
    try {
      props.onSaved(
        await api<Recommendation>(`/api/recommendations/${props.rec.id}`, {
          method: 'PATCH',
          body: { version, ...change },
        }),
      );
      setConflict(null);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.problem.current) {
        setConflict({ current: e.problem.current as Recommendation, change });
        setTimeout(() => heading.current?.focus(), 0);
      } else setError(e instanceof Error ? e.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const translations: Record<string, string> = { ...props.rec.translations };
    for (const lang of ['en', 'ru', 'kk']) {
      if (lang === props.rec.textLang) continue;
      const value = String(form.get(`translation-${lang}`) ?? '').trim();
      if (value) translations[lang] = value;
      else delete translations[lang];
    }
    const category = String(form.get('actionCategory') ?? '');
    void send(props.rec.version, {
      position: String(form.get('position')),
      positionSource: String(form.get('positionSource') ?? '').trim() || null,
      actionCategory: category ? Number(category) : null,
      translations,
    });
  }

  if (conflict) {
    const { current, change } = conflict;
    return (
      <section className="conflict card" role="alert" aria-labelledby="conflict-title" data-testid="conflict">
        <h2 id="conflict-title" tabIndex={-1} ref={heading}>
          {t('conflict.title')}
        </h2>
        <p>{t('conflict.explain', { yours: props.rec.version, theirs: current.version })}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
              <th scope="col">{t('conflict.yours')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('column.position')}</th>
              <td>{t(`recommendation.position.${current.position}`)}</td>
              <td>{t(`recommendation.position.${change.position}`)}</td>
            </tr>
            <tr>
              <th scope="row">{t('column.actionCategory')}</th>
              <td>{current.actionCategory ?? '—'}</td>
              <td>{change.actionCategory ?? '—'}</td>
            </tr>
            <tr>
              <th scope="row">{t('recommendation.positionSource')}</th>
              <td>{current.positionSource ?? '—'}</td>
              <td>{change.positionSource ?? '—'}</td>
            </tr>
          </tbody>
        </table>
        <div className="actions">
          <button type="button" onClick={() => props.onSaved(current)}>
            {t('conflict.takeTheirs')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void send(current.version, change)}
          >
            {t('conflict.applyMine')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="edit card" onSubmit={submit} aria-labelledby="edit-title">
      <h2 id="edit-title">{t('recommendation.edit')}</h2>
      <label htmlFor="edit-position">{t('column.position')}</label>
      <select id="edit-position" name="position" defaultValue={props.rec.position}>
        {POSITIONS.map((p) => (
          <option key={p} value={p}>
            {t(`recommendation.position.${p}`)}
          </option>
        ))}
      </select>
      <label htmlFor="edit-source">{t('recommendation.positionSource')}</label>
      <input
        id="edit-source"
        name="positionSource"
        defaultValue={props.rec.positionSource ?? ''}
        maxLength={200}
      />
      <label htmlFor="edit-category">{t('column.actionCategory')}</label>
      <select id="edit-category" name="actionCategory" defaultValue={props.rec.actionCategory ?? ''}>
        <option value="">—</option>
        {[1, 2, 3, 4, 5].map((c) => (
          <option key={c} value={c}>
            {t(`recommendation.actionCategory.${c}`)}
          </option>
        ))}
      </select>
      {['en', 'ru', 'kk']
        .filter((lang) => lang !== props.rec.textLang)
        .map((lang) => (
          <div key={lang} className="field">
            <label htmlFor={`edit-translation-${lang}`}>
              {t('recommendation.translationIn', { language: t(`language.${lang}`) })}
            </label>
            <textarea
              id={`edit-translation-${lang}`}
              name={`translation-${lang}`}
              lang={lang}
              rows={3}
              defaultValue={props.rec.translations[lang] ?? ''}
            />
          </div>
        ))}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <SaveCancel busy={busy} onCancel={props.onCancel} />
    </form>
  );
}
