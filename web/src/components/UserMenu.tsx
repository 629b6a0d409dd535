import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../session.tsx';

export function UserMenu() {
  const { t } = useTranslation();
  const { session, loading, signOut, can } = useSession();
  const navigate = useNavigate();
  if (loading) return null;
  if (!session)
    return (
      <Link className="button" to="/signin">
        {t('auth.signIn')}
      </Link>
    );
  return (
    <details className="user-menu">
      <summary>
        <span className="visually-hidden">{t('auth.userMenu')}: </span>
        {session.user.email}
      </summary>
      <div className="menu">
        <p>
          {t('auth.role')}: {t(`role.${session.user.role}`)}
        </p>
        {can('mail_settings', 'update') && (
          <p>
            <Link to="/settings">{t('settings.nav')}</Link>
          </p>
        )}
        <button
          type="button"
          onClick={async () => {
            await signOut();
            navigate('/');
          }}
        >
          {t('auth.signOut')}
        </button>
      </div>
    </details>
  );
}
