/** What the dialogue's pages share: loading a resource, the section navigation, a refusal. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ApiError, api } from '../../api.ts';

/** A GET on `path`; `reload()` asks again, `setData` replaces what a write returned. */
export function useResource<T>(path: string | null): {
  data: T | undefined;
  error: number | undefined;
  reload(): void;
  setData(data: T): void;
} {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<number>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    void round;
    if (!path) return;
    let live = true;
    api<T>(path)
      .then((d) => {
        if (live) {
          setData(d);
          setError(undefined);
        }
      })
      .catch((e) => live && setError(e instanceof ApiError ? e.status : 500));
    return () => {
      live = false;
    };
  }, [path, round]);
  return { data, error, reload: () => setRound((r) => r + 1), setData };
}

export function DialogueNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('dialogue.web.sections')} className="subnav">
      <NavLink to="/dialogue" end>
        {t('dialogue.web.reports')}
      </NavLink>
      <NavLink to="/dialogue/consultations">{t('dialogue.web.consultations')}</NavLink>
      <NavLink to="/dialogue/directory">{t('dialogueForms.directory')}</NavLink>
    </nav>
  );
}

export function Problem({ status }: { status: number }) {
  const { t } = useTranslation();
  return <p role="alert">{status === 404 ? t('common.notFound') : t('common.error')}</p>;
}
