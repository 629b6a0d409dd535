import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api.ts';
import { useSession } from '../session.tsx';

export function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('email')), String(form.get('password')));
      navigate('/');
    } catch (e) {
      setError(e instanceof ApiError && e.status === 429 ? t('auth.tooMany') : t('auth.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="signin card" onSubmit={submit} aria-labelledby="signin-title">
      <h1 id="signin-title">{t('auth.signInTitle')}</h1>
      <label>
        {t('auth.email')}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {t('auth.password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('auth.signIn')}
      </button>
    </form>
  );
}
