/** The "Auto-tagging" entry of the main navigation, for those who may read the model's evaluation. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../session.tsx';

export function ClassifierNavLink() {
  const { t } = useTranslation();
  const { can } = useSession();
  return can('classifier', 'read') ? <NavLink to="/classifier">{t('classify.nav')}</NavLink> : null;
}
