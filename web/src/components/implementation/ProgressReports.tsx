/**
 * Progress reports of a measure: the form an agency focal point writes (text, value, evidence links and
 * files), and each report's card with the actions its `abilities` allow — edit, attach and submit (`update`),
 * approve or return with a comment (`approve`, the coordinator).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../dialogue.ts';
import { formatDate } from '../../format.ts';
import { currentLanguage } from '../../i18n.ts';
import {
  type Indicator,
  implementationApi,
  linesOf,
  orNull,
  type ProgressReport,
  titleIn,
  uploadEvidence,
} from '../../implementation.ts';
import { useSession } from '../../session.tsx';
import { FormActions, useSubmit } from '../forms/FormActions.tsx';
import { Problem, ReportStatusBadge } from './common.tsx';

export interface ReportDraft {
  indicatorId: number | null;
  dueDate: string | null;
}

/** Writes a new report (a draft) or edits one; the indicator and due date are chosen only for a new one. */
export function ReportForm(props: {
  measureId: number;
  indicators: Indicator[];
  /** Due dates already reported (submitted or approved), per indicator, left out of the choice. */
  reported: Set<string>;
  preset?: ReportDraft;
  report?: ProgressReport;
  onSaved(report: ProgressReport): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useSession();
  const editing = props.report;
  const [indicatorId, setIndicatorId] = useState<string>(
    String(props.preset?.indicatorId ?? editing?.indicatorId ?? ''),
  );
  const [dueDate, setDueDate] = useState(props.preset?.dueDate ?? editing?.dueDate ?? '');
  const [text, setText] = useState(editing?.text ?? '');
  const [value, setValue] = useState(editing?.value ?? '');
  const [links, setLinks] = useState((editing?.links ?? []).join('\n'));
  const [file, setFile] = useState<File | null>(null);
  const { busy, problem, onSubmit } = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  // Opened from a due date far above: bring the form into view.
  useEffect(() => {
    form.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const indicator = props.indicators.find((i) => String(i.id) === indicatorId);
  const dueChoices = (indicator?.dueDates ?? []).filter(
    (d) => d === dueDate || !props.reported.has(`${indicator?.id}:${d}`),
  );

  const save = onSubmit(async () => {
    const common = { text, value: orNull(value), links: linesOf(links) };
    const saved = editing
      ? await implementationApi.updateReport(editing.id, { ...common, version: editing.version })
      : await implementationApi.createReport({
          ...common,
          measureId: props.measureId,
          indicatorId: indicator ? indicator.id : null,
          dueDate: indicator && dueDate ? dueDate : null,
        });
    if (file) await uploadEvidence(saved.id, file, session?.csrfToken ?? null);
    props.onSaved(saved);
  });

  return (
    <form ref={form} className="impl-form" onSubmit={save} aria-labelledby="report-form-title">
      <h3 id="report-form-title">{editing ? t('plan.report.editTitle') : t('plan.report.newTitle')}</h3>
      {!editing && (
        <div className="row2">
          <label>
            {t('plan.report.indicator')}
            <select
              value={indicatorId}
              onChange={(e) => {
                setIndicatorId(e.target.value);
                setDueDate('');
              }}
            >
              <option value="">{t('plan.report.unscheduled')}</option>
              {props.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {titleIn(i.name, language)}
                </option>
              ))}
            </select>
          </label>
          {indicator && indicator.dueDates.length > 0 && (
            <label>
              {t('plan.report.dueDate')}
              <select value={dueDate} onChange={(e) => setDueDate(e.target.value)}>
                <option value="">{t('plan.report.noDueDate')}</option>
                {dueChoices.map((d) => (
                  <option key={d} value={d}>
                    {formatDay(d, language)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      <label>
        {t('plan.report.text')}
        <textarea required rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        {t('plan.report.value')}
        <input value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <label>
        {t('plan.report.links')}
        <textarea rows={3} value={links} onChange={(e) => setLinks(e.target.value)} placeholder="https://…" />
      </label>
      <label>
        {t('plan.report.evidence')}
        <input
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <FormActions
        problem={problem}
        busy={busy}
        onCancel={props.onCancel}
        saveLabel={t('plan.report.saveDraft')}
      />
    </form>
  );
}

/** One report: its status, text, value, evidence and review comment, and the actions the caller may take. */
export function ReportCard(props: {
  report: ProgressReport;
  indicators: Indicator[];
  onChanged(report: ProgressReport): void;
  onEdit(report: ProgressReport): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { session } = useSession();
  const { report } = props;
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { busy, problem, run } = useSubmit();
  const indicator = props.indicators.find((i) => i.id === report.indicatorId);
  const headingId = `report-${report.id}-title`;

  const act = (action: 'submit' | 'approve' | 'return') =>
    run(async () => {
      const body = action === 'return' ? { version: report.version, comment } : { version: report.version };
      props.onChanged(await implementationApi.reportAction(report.id, action, body));
      setReturning(false);
    });

  async function attach() {
    if (!file) return;
    await run(async () => {
      await uploadEvidence(report.id, file, session?.csrfToken ?? null);
      props.onChanged(report);
      setFile(null);
    });
  }

  return (
    <article
      className="impl-report"
      id={`report-${report.id}`}
      aria-labelledby={headingId}
      data-testid="report"
    >
      <header>
        <h3 id={headingId}>
          {indicator ? titleIn(indicator.name, language) : t('plan.report.unscheduled')}
          {report.dueDate
            ? ` — ${t('plan.report.dueOn', { date: formatDay(report.dueDate, language) })}`
            : ''}
        </h3>
        <ReportStatusBadge status={report.status} />
        <span className="muted">
          {report.reviewedAt && (report.status === 'approved' || report.status === 'returned')
            ? t(`plan.report.${report.status}At`, { date: formatDate(report.reviewedAt, language) })
            : report.submittedAt
              ? t('plan.report.submittedAt', { date: formatDate(report.submittedAt, language) })
              : t('plan.report.updatedAt', { date: formatDate(report.updatedAt, language) })}
        </span>
      </header>
      <p className="text">{report.text}</p>
      {report.value && (
        <p>
          <strong>{t('plan.report.value')}:</strong> {report.value}
          {indicator?.unit ? ` ${indicator.unit}` : ''}
        </p>
      )}
      {(report.links.length > 0 || report.attachments.length > 0) && (
        <ul>
          {report.links.map((link) => (
            <li key={link}>
              <a href={link} rel="noopener noreferrer" target="_blank">
                {link}
              </a>
            </li>
          ))}
          {report.attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/progress-reports/${report.id}/attachments/${a.id}`} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              <span className="muted">
                ({a.kind.toUpperCase()}, {Math.max(1, Math.round(a.size / 1024))} KB)
              </span>
            </li>
          ))}
        </ul>
      )}
      {report.reviewComment && (
        <p className="comment">
          <strong>{t('plan.report.reviewComment')}:</strong> {report.reviewComment}
        </p>
      )}
      <Problem text={problem} />
      {(report.abilities.update || report.abilities.approve) && (
        <div className="impl-actions">
          {report.abilities.update && (
            <>
              <button type="button" onClick={() => props.onEdit(report)} disabled={busy}>
                {t('plan.report.edit')}
              </button>
              <button type="button" className="primary" onClick={() => act('submit')} disabled={busy}>
                {t('plan.report.submit')}
              </button>
              <label>
                <span className="visually-hidden">{t('plan.report.evidence')}</span>
                <input
                  type="file"
                  accept=".pdf,.docx"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                />
              </label>
              {file && (
                <button type="button" onClick={attach} disabled={busy}>
                  {t('plan.report.attach')}
                </button>
              )}
            </>
          )}
          {report.abilities.approve && !returning && (
            <>
              <button type="button" className="primary" onClick={() => act('approve')} disabled={busy}>
                {t('plan.report.approve')}
              </button>
              <button type="button" onClick={() => setReturning(true)} disabled={busy}>
                {t('plan.report.return')}
              </button>
            </>
          )}
        </div>
      )}
      {returning && (
        <form
          className="impl-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act('return');
          }}
        >
          <label>
            {t('plan.report.returnComment')}
            <textarea required rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          </label>
          <div className="impl-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('plan.report.returnConfirm')}
            </button>
            <button type="button" onClick={() => setReturning(false)}>
              {t('plan.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
