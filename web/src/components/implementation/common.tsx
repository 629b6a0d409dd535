/**
 * Small pieces the implementation pages share: status badges (government, civil society, measures, progress
 * reports), the sub-navigation, the review picker (state and cycle, kept in the URL), a recommendation link
 * and a problem message.
 */
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { ApiError, cached, type Recommendation } from '../../api.ts';
import { stateName, textIn } from '../../format.ts';
import { useStates } from '../../hooks.ts';
import { currentLanguage } from '../../i18n.ts';
import {
  type DueState,
  type ImplementationStatus,
  type Measure,
  type MeasureStatus,
  type Member,
  type ReportStatus,
  titleIn,
} from '../../implementation.ts';
import { useSession } from '../../session.tsx';
import './implementation.css';

export function StatusBadge({ status, testId }: { status: ImplementationStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`impl-status ${status}`} data-testid={testId}>
      {t(`plan.status.${status}`)}
    </span>
  );
}

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  const { t } = useTranslation();
  return <span className={`impl-status measure-${status}`}>{t(`plan.measureStatus.${status}`)}</span>;
}

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <span className={`impl-status report-${status}`}>{t(`plan.reportStatus.${status}`)}</span>;
}

export function DueBadge({ state }: { state: DueState }) {
  const { t } = useTranslation();
  return <span className={`impl-status due-${state}`}>{t(`plan.due.${state}`)}</span>;
}

/** The user's agency and organization, if any (focal points and contributors). */
export function useMember(): Member | null {
  const { session } = useSession();
  return (session?.user as Member | undefined) ?? null;
}

export function ImplementationNav() {
  const { t } = useTranslation();
  const member = useMember();
  const { can } = useSession();
  const mine = member && (member.agencyId != null || can('progress_report', 'approve'));
  return (
    <nav className="subnav" aria-label={t('plan.nav.label')}>
      <NavLink to="/implementation" end>
        {t('plan.nav.plan')}
      </NavLink>
      <NavLink to="/implementation/dashboards">{t('plan.nav.dashboards')}</NavLink>
      {mine && <NavLink to="/implementation/my-work">{t('plan.nav.myWork')}</NavLink>}
    </nav>
  );
}

export const CYCLES = [1, 2, 3, 4];

/** State under review and cycle, as two labelled selects. */
export function ReviewPicker(props: {
  state: string;
  cycle: string;
  allCycles?: boolean;
  onChange(next: { state: string; cycle: string }): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const states = useStates();
  const sorted = [...states.values()].sort((a, b) =>
    stateName(states, a.iso3, language).localeCompare(stateName(states, b.iso3, language), language),
  );
  return (
    <fieldset className="impl-picker">
      <legend>{t('plan.picker.legend')}</legend>
      <label>
        {t('plan.picker.state')}{' '}
        <select
          value={props.state}
          onChange={(e) => props.onChange({ state: e.target.value, cycle: props.cycle })}
        >
          {sorted.length === 0 && <option value={props.state}>{props.state}</option>}
          {sorted.map((s) => (
            <option key={s.iso3} value={s.iso3}>
              {stateName(states, s.iso3, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('plan.picker.cycle')}{' '}
        <select
          value={props.cycle}
          onChange={(e) => props.onChange({ state: props.state, cycle: e.target.value })}
        >
          {props.allCycles && <option value="">{t('plan.picker.allCycles')}</option>}
          {CYCLES.map((c) => (
            <option key={c} value={String(c)}>
              {t('recommendation.cycleValue', { cycle: c })}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

/** "Recommendation 120.5: text…", linking to the recommendation's page. */
export function RecommendationRef({ id, max = 140 }: { id: number; max?: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [rec, setRec] = useState<Recommendation>();
  useEffect(() => {
    cached<Recommendation>(`/api/recommendations/${id}`)
      .then(setRec)
      .catch(() => {});
  }, [id]);
  const text = rec ? textIn(rec, language) : undefined;
  return (
    <Link to={`/recommendations/${id}`}>
      {t('plan.recommendationRef', { paragraph: rec?.paragraph ?? `#${id}` })}
      {text ? (
        <>
          {': '}
          <span lang={text.lang}>{text.text.length > max ? `${text.text.slice(0, max)}…` : text.text}</span>
        </>
      ) : null}
    </Link>
  );
}

/** What went wrong, as the server said it (problem+json detail), else a general message. */
export function problemText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 409) return t('plan.conflict');
    // Validation errors name each field: "links.0: an http(s) address, e.g. https://example.org/report".
    const fields = (error.problem as { errors?: { path: string; message: string }[] }).errors ?? [];
    const details = fields.map((f) => {
      const path = f.path.replace(/^body\./, '');
      return path ? `${path}: ${f.message}` : f.message;
    });
    if (details.length > 0) return `${t('plan.invalid')} ${details.join('; ')}`;
    return error.message || t('common.error');
  }
  return error instanceof Error && error.message ? error.message : t('common.error');
}

export function Problem({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p role="alert" className="error">
      {text}
    </p>
  );
}

/** A measure's title, read once per page load, as a link to its page (optionally to one report on it). */
export function MeasureLink({ id, reportId }: { id: number; reportId?: number }) {
  const language = currentLanguage();
  const [title, setTitle] = useState<string>();
  useEffect(() => {
    cached<Measure>(`/api/measures/${id}`)
      .then((m) => setTitle(titleIn(m.title, language)))
      .catch(() => {});
  }, [id, language]);
  return (
    <Link to={`/implementation/measures/${id}${reportId ? `#report-${reportId}` : ''}`}>
      {title ?? `#${id}`}
    </Link>
  );
}
