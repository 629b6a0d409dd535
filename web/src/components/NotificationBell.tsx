/**
 * The bell in the header: a link to the notifications page showing the unread count, refreshed every
 * minute and whenever the notifications page marks something read (the `upr:notifications` event).
 * Also the "Reports" entry of the main navigation, for those who may generate review reports.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { api } from '../api.ts';
import { useSession } from '../session.tsx';

export const NOTIFICATIONS_CHANGED = 'upr:notifications';

export function NotificationBell() {
  const { t } = useTranslation();
  const { can, session } = useSession();
  const allowed = can('notification', 'read');
  const [unread, setUnread] = useState(0);
  const refresh = useCallback(() => {
    api<{ unread: number }>('/api/notifications?limit=1')
      .then((r) => setUnread(r.unread))
      .catch(() => {});
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new session (another user) refreshes the count
  useEffect(() => {
    if (!allowed) return;
    refresh();
    const timer = setInterval(refresh, 60_000);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
    };
  }, [allowed, refresh, session?.user.id]);
  if (!allowed) return null;
  const label = unread > 0 ? t('notifications.bell', { count: unread }) : t('notifications.bellNone');
  return (
    <NavLink to="/notifications" className="bell" aria-label={label} title={label}>
      <svg
        aria-hidden="true"
        width="18"
        height="18"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}

export function ReportsNavLink() {
  const { t } = useTranslation();
  const { can } = useSession();
  return can('review_report', 'read') ? <NavLink to="/reports">{t('reports.page.title')}</NavLink> : null;
}
