/** The signed-in user's saved views: open one, save the current view under a name, delete one. */
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type SavedView } from '../api.ts';

export function SavedViews(props: { query: string; onOpen(query: string): void }) {
  const { t } = useTranslation();
  const [views, setViews] = useState<SavedView[]>([]);
  const [naming, setNaming] = useState(false);
  const [status, setStatus] = useState('');

  const load = useCallback(() => {
    api<{ items: SavedView[] }>('/api/saved-views')
      .then((r) => setViews(r.items))
      .catch(() => setViews([]));
  }, []);
  useEffect(load, [load]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (!name) return;
    await api('/api/saved-views', { method: 'POST', body: { name, query: props.query } });
    setNaming(false);
    setStatus(t('views.saved', { name }));
    load();
  }

  return (
    <div className="saved-views">
      <label>
        <span className="visually-hidden">{t('views.label')}</span>
        <select
          value=""
          onChange={(e) => {
            const view = views.find((v) => String(v.id) === e.target.value);
            if (view) props.onOpen(view.query);
          }}
          data-testid="saved-views"
        >
          <option value="">{t('views.choose', { count: views.length })}</option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      {naming ? (
        <form onSubmit={save} className="inline">
          <label>
            <span className="visually-hidden">{t('views.name')}</span>
            <input name="name" placeholder={t('views.name')} required maxLength={200} />
          </label>
          <button type="submit">{t('common.save')}</button>
          <button type="button" onClick={() => setNaming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)}>
          {t('views.save')}
        </button>
      )}
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
