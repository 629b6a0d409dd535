/**
 * Reports of a review: the coordinator (any signed-in user) picks the state, cycle, kind, format and
 * language and downloads the mid-term report or the annex to the national report, generated on the server.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LANGUAGES } from '../../../src/i18n/index.ts';
import { useStates } from '../hooks.ts';
import { currentLanguage } from '../i18n.ts';
import { useSession } from '../session.tsx';

const KINDS = ['midterm', 'annex'] as const;
const FORMATS = ['docx', 'pdf', 'xlsx'] as const;
const CYCLES = [1, 2, 3, 4];
const LANGUAGE_NAMES: Record<string, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

export default function ReportsPage() {
  const { t } = useTranslation();
  const { can, loading } = useSession();
  const states = useStates();
  const [params] = useSearchParams();
  const [state, setState] = useState(params.get('state')?.toUpperCase() ?? 'KAZ');
  const [cycle, setCycle] = useState(Number(params.get('cycle') ?? 3));
  const [kind, setKind] = useState<(typeof KINDS)[number]>('midterm');
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('docx');
  // The report's language follows the interface's until the user picks another.
  const [picked, setLang] = useState<string | null>(params.get('lang'));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const language = currentLanguage();
  const lang = picked ?? language;

  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!can('review_report', 'read'))
    return (
      <div className="reports-page">
        <h1>{t('reports.page.title')}</h1>
        <p>{t('reports.page.signIn')}</p>
      </div>
    );

  const nameOf = (iso3: string) => {
    const s = states.get(iso3);
    if (!s) return iso3;
    return language === 'ru' ? s.nameRu : language === 'kk' ? s.nameKk : s.nameEn;
  };
  const sorted = [...states.keys()].sort((a, b) => nameOf(a).localeCompare(nameOf(b), language));

  const download = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const query = new URLSearchParams({ state, cycle: String(cycle), kind, format, lang });
      const response = await fetch(`/api/reports/review?${query}`, { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { detail?: string };
        throw new Error(body.detail ?? `HTTP ${response.status}`);
      }
      const name =
        /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        `report.${format}`;
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(t('reports.page.failed', { reason: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="reports-page">
      <h1>{t('reports.page.title')}</h1>
      <p className="muted">{t('reports.page.intro')}</p>
      <form className="card report-form" onSubmit={download}>
        <label>
          {t('reports.page.state')}
          <select value={state} onChange={(e) => setState(e.target.value)}>
            {(sorted.length > 0 ? sorted : [state]).map((iso3) => (
              <option key={iso3} value={iso3}>
                {nameOf(iso3)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('reports.page.cycle')}
          <select value={cycle} onChange={(e) => setCycle(Number(e.target.value))}>
            {CYCLES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('reports.page.kind')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />{' '}
              {t(`reports.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('reports.page.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f} className="choice">
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />{' '}
              {t(`reports.format.${f}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('reports.page.lang')}
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('reports.page.generating') : t('reports.page.download')}
          </button>
        </p>
        <p aria-live="polite" className="muted">
          {busy ? t('reports.page.generating') : ''}
        </p>
        {problem && <p role="alert">{problem}</p>}
      </form>
    </div>
  );
}
