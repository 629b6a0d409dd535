/** The signed-in user's notifications (reminders, digests): newest first, mark one or all read. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../api.ts';
import { NOTIFICATIONS_CHANGED } from '../components/NotificationBell.tsx';
import { formatDate } from '../format.ts';
import { currentLanguage } from '../i18n.ts';
import { useSession } from '../session.tsx';

interface Notification {
  id: number;
  kind: 'due_soon' | 'overdue' | 'returned' | 'digest';
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
  abilities: { read?: boolean; update?: boolean };
}

export default function NotificationsPage() {
  const { t } = useTranslation();
  const { session, loading } = useSession();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [data, setData] = useState<{ items: Notification[]; unread: number }>();
  const [problem, setProblem] = useState<string>();

  const load = useCallback(() => {
    api<{ items: Notification[]; unread: number }>(
      `/api/notifications?limit=200${unreadOnly ? '&unread=true' : ''}`,
    )
      .then(setData)
      .catch((e) => setProblem(e instanceof ApiError ? e.message : String(e)));
  }, [unreadOnly]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload for another signed-in user
  useEffect(() => {
    if (session) load();
  }, [session?.user.id, load]);

  const changed = () => {
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    load();
  };
  const markRead = (id: number) =>
    api(`/api/notifications/${id}/read`, { method: 'POST', body: {} })
      .then(changed)
      .catch((e) => setProblem(e instanceof ApiError ? e.message : String(e)));
  const markAll = () =>
    api('/api/notifications/read-all', { method: 'POST', body: {} })
      .then(changed)
      .catch((e) => setProblem(e instanceof ApiError ? e.message : String(e)));

  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!session) return <p>{t('reports.page.signIn')}</p>;
  const language = currentLanguage();
  const items = data?.items ?? [];
  return (
    <div className="notifications">
      <h1>{t('notifications.title')}</h1>
      <div className="toolbar">
        <label>
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />{' '}
          {t('notifications.unreadOnly')}
        </label>
        {(data?.unread ?? 0) > 0 && items.some((n) => n.abilities.update) && (
          <button type="button" onClick={markAll}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {problem && (
        <p role="alert" className="problem">
          {problem}
        </p>
      )}
      {!data && !problem && <p className="muted">{t('common.loading')}</p>}
      {data && items.length === 0 && <p>{t('notifications.empty')}</p>}
      <ul className="notification-list">
        {items.map((n) => (
          <li key={n.id} className={n.readAt ? 'card read' : 'card unread'}>
            <h2>
              <span className={`badge ${n.kind}`}>{t(`notifications.kind.${n.kind}`)}</span> {n.title}
            </h2>
            <p className="muted">
              <time dateTime={n.createdAt}>{formatDate(n.createdAt, language)}</time> ·{' '}
              {n.readAt ? t('notifications.read') : t('notifications.unread')}
            </p>
            <p className="body">{n.body}</p>
            <p className="actions">
              {n.link && <Link to={n.link}>{t('notifications.open')}</Link>}
              {!n.readAt && n.abilities.update && (
                <button type="button" onClick={() => markRead(n.id)}>
                  {t('notifications.markRead')}
                  <span className="visually-hidden">: {n.title}</span>
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
