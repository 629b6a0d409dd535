/**
 * The administrator's settings: the mail server (SMTP) that sends reminders and the daily digest, and the
 * hour they go out. The password is write-only: the page only learns whether one is stored; an empty field
 * keeps it and a checkbox removes it. Without an SMTP host mail is written to the server's file outbox.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import {
  ConflictNotice,
  ErrorSummary,
  Field,
  type FieldErrors,
  invalid,
  useSave,
} from '../components/dialogue/form.tsx';
import '../components/dialogue/forms.css';
import { useSession } from '../session.tsx';

/** The input's hint and, when it has one, its error. */
function described(id: string, errors: FieldErrors, hint: boolean) {
  const ids = [hint ? `${id}-hint` : '', errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { ...invalid(id, errors), ...(ids ? { 'aria-describedby': ids } : {}) };
}

interface MailSettings {
  host: string | null;
  port: number;
  secure: boolean;
  user: string | null;
  passwordSet: boolean;
  from: string;
  digestHour: number;
  /** Where mail goes now: `smtp://host:port` or `file:folder`. */
  transport: string;
  version: number;
}

interface Draft {
  host: string;
  port: string;
  secure: boolean;
  user: string;
  password: string;
  clearPassword: boolean;
  from: string;
  digestHour: number;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

function draftOf(settings: MailSettings): Draft {
  return {
    host: settings.host ?? '',
    port: String(settings.port),
    secure: settings.secure,
    user: settings.user ?? '',
    password: '',
    clearPassword: false,
    from: settings.from,
    digestHour: settings.digestHour,
  };
}

export default function SettingsPage() {
  const { t } = useTranslation();
  const { can, loading, session } = useSession();
  const allowed = can('mail_settings', 'update');
  const [settings, setSettings] = useState<MailSettings>();
  const [draft, setDraft] = useState<Draft>();
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(false);
  const save = useSave<MailSettings>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload for another signed-in user
  useEffect(() => {
    if (!allowed) return;
    api<MailSettings>('/api/settings/mail')
      .then((loaded) => {
        setSettings(loaded);
        setDraft(draftOf(loaded));
      })
      .catch((e) => setProblem(e instanceof ApiError ? e.message : String(e)));
  }, [allowed, session?.user.id]);

  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!allowed)
    return (
      <div className="settings-page">
        <h1>{t('settings.title')}</h1>
        <p role="alert">{t('settings.notAllowed')}</p>
      </div>
    );
  if (problem) return <p role="alert">{problem}</p>;
  if (!settings || !draft) return <p className="muted">{t('common.loading')}</p>;

  const labels: Record<string, string> = {
    'mail-host': t('settings.mail.host'),
    'mail-port': t('settings.mail.port'),
    'mail-secure': t('settings.mail.secure'),
    'mail-user': t('settings.mail.user'),
    'mail-password': t('settings.mail.password'),
    'mail-from': t('settings.mail.from'),
    'mail-digestHour': t('settings.mail.digestHour'),
  };
  const errors: FieldErrors = save.errors;
  const change = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };

  const submit = async (version: number, draft: Draft) => {
    setSaved(false);
    const port = Number(draft.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      save.setErrors({ 'mail-port': t('settings.mail.portInvalid') });
      return;
    }
    const body = {
      host: draft.host.trim() || null,
      port,
      secure: draft.secure,
      user: draft.user.trim() || null,
      ...(draft.clearPassword ? { password: null } : draft.password ? { password: draft.password } : {}),
      from: draft.from,
      digestHour: draft.digestHour,
      version,
    };
    const result = await save.run(
      () => api<MailSettings>('/api/settings/mail', { method: 'PUT', body }),
      (path) => `mail-${path}`,
    );
    if (result) {
      setSettings(result);
      setDraft(draftOf(result));
      setSaved(true);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(settings.version, draft);
  };

  return (
    <div className="settings-page">
      <h1>{t('settings.title')}</h1>
      <section className="card" aria-labelledby="mail-settings-title">
        <h2 id="mail-settings-title">{t('settings.mail.title')}</h2>
        <p className="muted">{t('settings.mail.intro')}</p>
        <p data-testid="mail-transport">{t('settings.mail.transport', { transport: settings.transport })}</p>
        <p className="muted">{t('settings.mail.outbox')}</p>
        {save.conflict && (
          <ConflictNotice
            yours={settings.version}
            theirs={save.conflict.version}
            busy={save.busy}
            onTakeTheirs={() => {
              const theirs = save.conflict as MailSettings;
              setSettings(theirs);
              setDraft(draftOf(theirs));
              save.clearConflict();
            }}
            onApplyMine={() => {
              // Only the fields changed here replace the saved ones.
              const theirs = save.conflict as MailSettings;
              const base = draftOf(settings);
              const mine = Object.fromEntries(
                Object.entries(draft).filter(([key, value]) => base[key as keyof Draft] !== value),
              ) as Partial<Draft>;
              const merged = { ...draftOf(theirs), ...mine };
              setSettings(theirs);
              setDraft(merged);
              void submit(theirs.version, merged);
            }}
          />
        )}
        <ErrorSummary errors={errors} labels={labels} />
        <form className="dlg-form" onSubmit={onSubmit} aria-labelledby="mail-settings-title" noValidate>
          <Field
            id="mail-host"
            label={labels['mail-host'] ?? ''}
            errors={errors}
            hint={t('settings.mail.hostHint')}
          >
            <input
              id="mail-host"
              value={draft.host}
              maxLength={255}
              autoComplete="off"
              onChange={(e) => change({ host: e.target.value })}
              {...described('mail-host', errors, true)}
            />
          </Field>
          <Field id="mail-port" label={labels['mail-port'] ?? ''} errors={errors} required>
            <input
              id="mail-port"
              type="number"
              inputMode="numeric"
              min={1}
              max={65535}
              value={draft.port}
              onChange={(e) => change({ port: e.target.value })}
              {...invalid('mail-port', errors)}
            />
          </Field>
          <div className="field">
            <label className="choice">
              <input
                id="mail-secure"
                type="checkbox"
                checked={draft.secure}
                onChange={(e) => change({ secure: e.target.checked })}
              />{' '}
              {labels['mail-secure']}
            </label>
          </div>
          <Field id="mail-user" label={labels['mail-user'] ?? ''} errors={errors}>
            <input
              id="mail-user"
              value={draft.user}
              maxLength={255}
              autoComplete="off"
              onChange={(e) => change({ user: e.target.value })}
              {...invalid('mail-user', errors)}
            />
          </Field>
          <Field
            id="mail-password"
            label={labels['mail-password'] ?? ''}
            errors={errors}
            hint={settings.passwordSet ? t('settings.mail.passwordSet') : t('settings.mail.passwordNone')}
          >
            <input
              id="mail-password"
              type="password"
              value={draft.password}
              maxLength={1000}
              autoComplete="new-password"
              disabled={draft.clearPassword}
              onChange={(e) => change({ password: e.target.value })}
              {...described('mail-password', errors, true)}
            />
          </Field>
          {settings.passwordSet && (
            <div className="field">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={draft.clearPassword}
                  onChange={(e) => change({ clearPassword: e.target.checked, password: '' })}
                />{' '}
                {t('settings.mail.clearPassword')}
              </label>
            </div>
          )}
          <Field
            id="mail-from"
            label={labels['mail-from'] ?? ''}
            errors={errors}
            hint={t('settings.mail.fromHint')}
            required
          >
            <input
              id="mail-from"
              value={draft.from}
              maxLength={320}
              onChange={(e) => change({ from: e.target.value })}
              {...described('mail-from', errors, true)}
            />
          </Field>
          <Field
            id="mail-digestHour"
            label={labels['mail-digestHour'] ?? ''}
            errors={errors}
            hint={t('settings.mail.digestHourHint')}
          >
            <select
              id="mail-digestHour"
              value={draft.digestHour}
              onChange={(e) => change({ digestHour: Number(e.target.value) })}
              {...described('mail-digestHour', errors, true)}
            >
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {t('settings.mail.hour', { hour: String(h).padStart(2, '0') })}
                </option>
              ))}
            </select>
          </Field>
          <p>
            <button type="submit" className="primary" disabled={save.busy}>
              {save.busy ? t('settings.mail.saving') : t('settings.mail.save')}
            </button>
          </p>
          <p aria-live="polite" role="status" data-testid="saved">
            {saved ? t('settings.mail.saved') : ''}
          </p>
        </form>
      </section>
    </div>
  );
}
