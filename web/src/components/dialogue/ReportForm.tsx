/**
 * Creating or editing an alternative report with every field the API takes: coalition and number,
 * titles in three languages, coordinating organization, status and dates, themes, authors and experts,
 * summary and findings, the report's own recommendations (each linkable to UN recommendations) and the
 * linked UN recommendations with a note each. Errors appear next to their field and in a summary.
 */
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { type AlternativeReport, type Lookups, organizationName } from '../../dialogue.ts';
import { currentLanguage } from '../../i18n.ts';
import { PersonRolesEditor } from '../forms/PersonRolesEditor.tsx';
import { SaveCancel } from '../forms/SaveCancel.tsx';
import {
  ConflictNotice,
  changedOnly,
  ErrorSummary,
  Field,
  type FieldErrors,
  idOrNull,
  invalid,
  LocalizedInputs,
  later,
  orNull,
  useFocusOnMount,
  useRowFocus,
  useSave,
} from './form.tsx';
import { OrganizationSelect, PickedRecommendations, RecommendationSearch, TermPicker } from './pickers.tsx';

const STATUSES = ['draft', 'submitted', 'scheduled', 'discussed'] as const;
const ROLES = ['author', 'expert'] as const;

let nextKey = 1;
const key = () => nextKey++;

interface Values {
  coalitionId: string;
  number: string;
  title: { ru: string; kk: string; en: string };
  coordinatingOrganizationId: string;
  status: string;
  submittedOn: string;
  discussedOn: string;
  termIds: number[];
  people: { key: number; personId: string; role: string }[];
  summary: string;
  findings: string;
  items: { key: number; text: string; recommendationIds: number[] }[];
  recommendations: { recommendationId: number; note: string }[];
}

function valuesOf(report: AlternativeReport | undefined, coalitionId: number | null): Values {
  return {
    coalitionId: String(report?.coalitionId ?? coalitionId ?? ''),
    number: report ? String(report.number) : '',
    title: { ru: report?.title.ru ?? '', kk: report?.title.kk ?? '', en: report?.title.en ?? '' },
    coordinatingOrganizationId: String(report?.coordinatingOrganizationId ?? ''),
    status: report?.status ?? 'draft',
    submittedOn: report?.submittedOn ?? '',
    discussedOn: report?.discussedOn ?? '',
    termIds: report?.termIds ?? [],
    people: (report?.people ?? []).map((p) => ({ key: key(), personId: String(p.personId), role: p.role })),
    summary: report?.summary ?? '',
    findings: report?.findings ?? '',
    items: (report?.items ?? []).map((i) => ({
      key: key(),
      text: i.text,
      recommendationIds: i.recommendationIds,
    })),
    recommendations: (report?.recommendations ?? []).map((r) => ({
      recommendationId: r.recommendationId,
      note: r.note ?? '',
    })),
  };
}

function validate(values: Values, creating: boolean, t: (key: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (creating && !values.coalitionId) errors.coalitionId = t('dialogueForms.errorChoose');
  const number = Number(values.number);
  if (!/^\d+$/.test(values.number.trim()) || number < 1 || number > 10_000)
    errors.number = t('dialogueForms.errorNumber');
  if (!values.title.ru.trim()) errors.titleRu = t('dialogueForms.errorRequired');
  values.people.forEach((p, i) => {
    if (!p.personId) errors[`people.${i}.personId`] = t('dialogueForms.errorChoose');
  });
  values.items.forEach((item, i) => {
    if (!item.text.trim()) errors[`items.${i}.text`] = t('dialogueForms.errorRequired');
  });
  return errors;
}

export function ReportForm(props: {
  report?: AlternativeReport;
  defaultCoalitionId: number | null;
  lookups: Lookups;
  onSaved(report: AlternativeReport): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const report = props.report;
  const [values, setValues] = useState<Values>(() => valuesOf(report, props.defaultCoalitionId));
  const initial = useRef<Values>(values);
  const [version, setVersion] = useState(report?.version ?? 1);
  const save = useSave<AlternativeReport>();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  useRowFocus(values.people.length, (i) => `people.${i}.personId`, 'add-person');
  useRowFocus(values.items.length, (i) => `items.${i}.text`, 'add-item');

  const labels: FieldErrors = {
    coalitionId: t('dialogueForms.coalition'),
    number: t('dialogueForms.number'),
    titleRu: `${t('dialogueForms.title')} (${t('language.ru')})`,
    titleKk: `${t('dialogueForms.title')} (${t('language.kk')})`,
    titleEn: `${t('dialogueForms.title')} (${t('language.en')})`,
    coordinatingOrganizationId: t('dialogueForms.coordinatingOrganization'),
    status: t('dialogueForms.status'),
    submittedOn: t('dialogueForms.submittedOn'),
    discussedOn: t('dialogueForms.discussedOn'),
    termIds: t('dialogueForms.themes'),
    summary: t('dialogueForms.summary'),
    findings: t('dialogueForms.findings'),
  };
  values.people.forEach((_, i) => {
    labels[`people.${i}.personId`] = `${t('dialogueForms.peopleLegend')}, ${i + 1}`;
  });
  values.items.forEach((_, i) => {
    labels[`items.${i}.text`] = t('dialogueForms.itemText', { n: i + 1 });
  });

  /** What the API takes, from the form's values. */
  const bodyOf = (v: Values) => ({
    number: Number(v.number),
    titleRu: v.title.ru.trim(),
    ...(v.title.kk.trim() ? { titleKk: v.title.kk.trim() } : {}),
    ...(v.title.en.trim() ? { titleEn: v.title.en.trim() } : {}),
    coordinatingOrganizationId: idOrNull(v.coordinatingOrganizationId),
    summary: orNull(v.summary),
    findings: orNull(v.findings),
    status: v.status,
    submittedOn: v.submittedOn || null,
    discussedOn: v.discussedOn || null,
    termIds: v.termIds,
    people: v.people.map((p) => ({ personId: Number(p.personId), role: p.role })),
    items: v.items.map((i) => ({ text: i.text.trim(), recommendationIds: i.recommendationIds })),
    recommendations: v.recommendations.map((r) => ({
      recommendationId: r.recommendationId,
      note: orNull(r.note),
    })),
  });

  /** `onlyChanged`: on top of someone else's version, send only the fields changed here. */
  async function send(baseVersion: number, onlyChanged = false) {
    const body = onlyChanged ? changedOnly(bodyOf(values), bodyOf(initial.current)) : bodyOf(values);
    const saved = await save.run(
      () =>
        report
          ? api<AlternativeReport>(`/api/alternative-reports/${report.id}`, {
              method: 'PATCH',
              body: { version: baseVersion, ...body },
            })
          : api<AlternativeReport>('/api/alternative-reports', {
              method: 'POST',
              body: { coalitionId: Number(values.coalitionId), ...body },
            }),
      undefined,
      { id: 'number', message: later('dialogueForms.errorDuplicateNumber', { number: values.number }) },
    );
    if (saved) props.onSaved(saved);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = validate(values, !report, later);
    save.setErrors(errors);
    if (Object.keys(errors).length === 0) void send(version);
  }

  const current = save.conflict;
  const conflictNotice = current ? (
    <ConflictNotice
      yours={version}
      theirs={current.version}
      busy={save.busy}
      onTakeTheirs={() => {
        initial.current = valuesOf(current, null);
        setValues(initial.current);
        setVersion(current.version);
        save.clearConflict();
      }}
      onApplyMine={() => {
        setVersion(current.version);
        void send(current.version, true);
      }}
    />
  ) : null;

  const errors = save.errors;
  return (
    <form className="dlg-form" onSubmit={submit} aria-labelledby="report-form-title" noValidate>
      <h1 id="report-form-title" tabIndex={-1} ref={heading}>
        {report ? t('dialogueForms.editReport') : t('dialogueForms.newReport')}
      </h1>
      {conflictNotice}
      <ErrorSummary errors={errors} labels={labels} />
      <div className="grid2">
        <Field id="coalitionId" label={labels.coalitionId ?? ''} errors={errors} required={!report}>
          {report ? (
            <input id="coalitionId" readOnly value={orgLabel(props.lookups, report.coalitionId)} />
          ) : (
            <OrganizationSelect
              id="coalitionId"
              value={values.coalitionId}
              lookups={props.lookups}
              kinds={['coalition']}
              errors={errors}
              onChange={(coalitionId) => set({ coalitionId })}
            />
          )}
        </Field>
        <Field id="number" label={labels.number ?? ''} errors={errors} required>
          <input
            id="number"
            inputMode="numeric"
            value={values.number}
            onChange={(e) => set({ number: e.target.value })}
            {...invalid('number', errors)}
          />
        </Field>
      </div>
      <LocalizedInputs
        idPrefix="title"
        label={t('dialogueForms.title')}
        values={values.title}
        required={['ru']}
        errors={errors}
        maxLength={1000}
        onChange={(lang, value) => set({ title: { ...values.title, [lang]: value } })}
      />
      <div className="grid2">
        <Field
          id="coordinatingOrganizationId"
          label={labels.coordinatingOrganizationId ?? ''}
          errors={errors}
        >
          <OrganizationSelect
            id="coordinatingOrganizationId"
            value={values.coordinatingOrganizationId}
            lookups={props.lookups}
            errors={errors}
            onChange={(coordinatingOrganizationId) => set({ coordinatingOrganizationId })}
          />
        </Field>
        <Field id="status" label={labels.status ?? ''} errors={errors}>
          <select id="status" value={values.status} onChange={(e) => set({ status: e.target.value })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`dialogue.web.reportStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="submittedOn" label={labels.submittedOn ?? ''} errors={errors}>
          <input
            id="submittedOn"
            type="date"
            value={values.submittedOn}
            onChange={(e) => set({ submittedOn: e.target.value })}
            {...invalid('submittedOn', errors)}
          />
        </Field>
        <Field id="discussedOn" label={labels.discussedOn ?? ''} errors={errors}>
          <input
            id="discussedOn"
            type="date"
            value={values.discussedOn}
            onChange={(e) => set({ discussedOn: e.target.value })}
            {...invalid('discussedOn', errors)}
          />
        </Field>
      </div>
      <TermPicker
        id="termIds"
        legend={labels.termIds ?? ''}
        lookups={props.lookups}
        selected={values.termIds}
        errors={errors}
        onChange={(termIds) => set({ termIds })}
      />
      <PersonRolesEditor
        name="people"
        legend={t('dialogueForms.peopleLegend')}
        rows={values.people}
        roles={ROLES}
        defaultRole="expert"
        roleLabel={() => t('dialogueForms.role')}
        removeLabel={(n) => t('dialogueForms.removePerson', { n })}
        addId="add-person"
        addLabel={t('dialogueForms.addPerson')}
        newKey={key}
        lookups={props.lookups}
        errors={errors}
        onChange={(people) => set({ people })}
      />
      <Field id="summary" label={labels.summary ?? ''} errors={errors}>
        <textarea
          id="summary"
          rows={5}
          value={values.summary}
          onChange={(e) => set({ summary: e.target.value })}
        />
      </Field>
      <Field id="findings" label={labels.findings ?? ''} errors={errors}>
        <textarea
          id="findings"
          rows={5}
          value={values.findings}
          onChange={(e) => set({ findings: e.target.value })}
        />
      </Field>
      <fieldset>
        <legend>{t('dialogueForms.items')}</legend>
        {values.items.map((item, i) => {
          const update = (change: Partial<Values['items'][number]>) =>
            set({ items: values.items.map((x) => (x.key === item.key ? { ...x, ...change } : x)) });
          return (
            <div className="row-item" key={item.key}>
              <Field id={`items.${i}.text`} label={t('dialogueForms.itemText', { n: i + 1 })} errors={errors}>
                <textarea
                  id={`items.${i}.text`}
                  rows={2}
                  value={item.text}
                  onChange={(e) => update({ text: e.target.value })}
                  {...invalid(`items.${i}.text`, errors)}
                />
              </Field>
              <PickedRecommendations
                ids={item.recommendationIds}
                onRemove={(id) =>
                  update({ recommendationIds: item.recommendationIds.filter((x) => x !== id) })
                }
              />
              <RecommendationSearch
                label={`${t('dialogueForms.itemLinks')} (${t('dialogueForms.itemText', { n: i + 1 })})`}
                exclude={item.recommendationIds}
                onPick={(id) => update({ recommendationIds: [...item.recommendationIds, id] })}
              />
              <div>
                <button
                  type="button"
                  onClick={() => set({ items: values.items.filter((x) => x.key !== item.key) })}
                >
                  {t('dialogueForms.removeItem', { n: i + 1 })}
                </button>
              </div>
            </div>
          );
        })}
        <div>
          <button
            id="add-item"
            type="button"
            onClick={() => set({ items: [...values.items, { key: key(), text: '', recommendationIds: [] }] })}
          >
            {t('dialogueForms.addItem')}
          </button>
        </div>
      </fieldset>
      <fieldset data-testid="linked-picker">
        <legend>{t('dialogueForms.linked')}</legend>
        <PickedRecommendations
          ids={values.recommendations.map((r) => r.recommendationId)}
          onRemove={(id) =>
            set({ recommendations: values.recommendations.filter((r) => r.recommendationId !== id) })
          }
          extra={(id) => (
            <input
              aria-label={t('dialogueForms.noteOn', { id })}
              placeholder={t('dialogueForms.note')}
              value={values.recommendations.find((r) => r.recommendationId === id)?.note ?? ''}
              onChange={(e) =>
                set({
                  recommendations: values.recommendations.map((r) =>
                    r.recommendationId === id ? { ...r, note: e.target.value } : r,
                  ),
                })
              }
            />
          )}
        />
        <RecommendationSearch
          label={t('dialogueForms.findRecommendations')}
          exclude={values.recommendations.map((r) => r.recommendationId)}
          onPick={(id) =>
            set({ recommendations: [...values.recommendations, { recommendationId: id, note: '' }] })
          }
        />
      </fieldset>
      <SaveCancel busy={save.busy} onCancel={props.onCancel} showSaving />
    </form>
  );
}

function orgLabel(lookups: Lookups, id: number): string {
  const org = lookups.organizations.get(id);
  return org ? organizationName(org, currentLanguage()) : `#${id}`;
}
