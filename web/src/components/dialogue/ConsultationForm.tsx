/**
 * Creating or editing a consultation: titles, date and time with its UTC offset, place or link,
 * organizer and chair, participating organizations, participants with their role, the agenda (reports,
 * themes, recommendations), minutes, decisions, outcome and follow-ups (owner, due date, status, linked
 * recommendations; a follow-up is closed by marking it done).
 */
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import {
  type AlternativeReport,
  type Consultation,
  type Lookups,
  localized,
  termName,
} from '../../dialogue.ts';
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
  useMessage,
  useRowFocus,
  useSave,
} from './form.tsx';
import {
  OrganizationSelect,
  OrganizationsPicker,
  PersonSelect,
  PickedRecommendations,
  RecommendationSearch,
} from './pickers.tsx';

const ROLES = ['chair', 'speaker', 'presenter', 'analyst', 'participant'] as const;
const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
const AGENDA_KINDS = ['report', 'theme', 'recommendation'] as const;

let nextKey = 1;
const key = () => nextKey++;

interface Agenda {
  key: number;
  kind: (typeof AGENDA_KINDS)[number];
  reportId: string;
  termId: string;
  recommendationId: number | null;
  note: string;
}
interface FollowUp {
  key: number;
  text: string;
  ownerPersonId: string;
  ownerOrganizationId: string;
  dueOn: string;
  status: string;
  recommendationIds: number[];
}
interface Values {
  title: { ru: string; kk: string; en: string };
  startsAt: string;
  offset: string;
  stateIso3: string;
  place: string;
  link: string;
  organizerOrganizationId: string;
  chairPersonId: string;
  organizationIds: number[];
  participants: { key: number; personId: string; role: string }[];
  agenda: Agenda[];
  minutes: string;
  decisions: string;
  outcome: string;
  followUps: FollowUp[];
}

/** The browser's own UTC offset, as `+05:00`. */
function localOffset(): string {
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `2024-11-07T10:00:00+05:00` → the wall time and the offset it was given in. */
function splitInstant(iso: string | undefined): { startsAt: string; offset: string } {
  const match = iso?.match(/^(\d{4}-\d\d-\d\dT\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)$/);
  if (!match) return { startsAt: '', offset: localOffset() };
  return { startsAt: match[1] ?? '', offset: match[2] === 'Z' ? '+00:00' : (match[2] ?? '+00:00') };
}

function valuesOf(c: Consultation | undefined): Values {
  return {
    title: { ru: c?.title.ru ?? '', kk: c?.title.kk ?? '', en: c?.title.en ?? '' },
    ...splitInstant(c?.startsAt),
    stateIso3: c?.stateIso3 ?? '',
    place: c?.place ?? '',
    link: c?.link ?? '',
    organizerOrganizationId: String(c?.organizerOrganizationId ?? ''),
    chairPersonId: String(c?.chairPersonId ?? ''),
    organizationIds: c?.organizationIds ?? [],
    participants: (c?.participants ?? []).map((p) => ({
      key: key(),
      personId: String(p.personId),
      role: p.role,
    })),
    agenda: (c?.agenda ?? []).map((a) => ({
      key: key(),
      kind: a.reportId ? 'report' : a.termId ? 'theme' : 'recommendation',
      reportId: String(a.reportId ?? ''),
      termId: String(a.termId ?? ''),
      recommendationId: a.recommendationId,
      note: a.note ?? '',
    })),
    minutes: c?.minutes ?? '',
    decisions: c?.decisions ?? '',
    outcome: c?.outcome ?? '',
    followUps: (c?.followUps ?? []).map((f) => ({
      key: key(),
      text: f.text,
      ownerPersonId: String(f.ownerPersonId ?? ''),
      ownerOrganizationId: String(f.ownerOrganizationId ?? ''),
      dueOn: f.dueOn ?? '',
      status: f.status,
      recommendationIds: f.recommendationIds,
    })),
  };
}

function validate(v: Values, t: (key: string) => string): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.title.ru.trim()) errors.titleRu = t('dialogueForms.errorRequired');
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(v.startsAt)) errors.startsAt = t('dialogueForms.errorDateTime');
  if (!/^[+-]\d\d:\d\d$/.test(v.offset.trim())) errors.offset = t('dialogueForms.errorOffset');
  if (v.stateIso3.trim() && !/^[A-Za-z]{3}$/.test(v.stateIso3.trim()))
    errors.stateIso3 = t('dialogueForms.errorIso3');
  if (v.link.trim() && !/^https?:\/\/\S+$/.test(v.link.trim())) errors.link = t('dialogueForms.errorUrl');
  v.participants.forEach((p, i) => {
    if (!p.personId) errors[`participants.${i}.personId`] = t('dialogueForms.errorChoose');
  });
  v.agenda.forEach((a, i) => {
    const chosen = a.kind === 'report' ? a.reportId : a.kind === 'theme' ? a.termId : a.recommendationId;
    if (!chosen) errors[`agenda.${i}.subject`] = t('dialogueForms.errorAgenda');
  });
  v.followUps.forEach((f, i) => {
    if (!f.text.trim()) errors[`followUps.${i}.text`] = t('dialogueForms.errorRequired');
  });
  return errors;
}

/** The server names an agenda item's problem by the item (`agenda.0`); the form shows it at its subject. */
const fieldOf = (path: string) => (/^agenda\.\d+$/.test(path) ? `${path}.subject` : path);

export function ConsultationForm(props: {
  consultation?: Consultation;
  lookups: Lookups;
  reports: AlternativeReport[];
  onSaved(c: Consultation): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const c = props.consultation;
  const [values, setValues] = useState<Values>(() => valuesOf(c));
  const initial = useRef<Values>(values);
  const [version, setVersion] = useState(c?.version ?? 1);
  const save = useSave<Consultation>();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  const errors = save.errors;
  const message = useMessage();
  useRowFocus(values.participants.length, (i) => `participants.${i}.personId`, 'add-participant');
  useRowFocus(values.agenda.length, (i) => `agenda.${i}.kind`, 'add-agenda-item');
  useRowFocus(values.followUps.length, (i) => `followUps.${i}.text`, 'add-follow-up');

  const labels: FieldErrors = {
    titleRu: `${t('dialogueForms.title')} (${t('language.ru')})`,
    titleKk: `${t('dialogueForms.title')} (${t('language.kk')})`,
    titleEn: `${t('dialogueForms.title')} (${t('language.en')})`,
    startsAt: t('dialogueForms.startsAt'),
    offset: t('dialogueForms.offset'),
    stateIso3: t('dialogueForms.stateIso3'),
    place: t('dialogueForms.place'),
    link: t('dialogueForms.link'),
    organizerOrganizationId: t('dialogueForms.organizer'),
    chairPersonId: t('dialogueForms.chair'),
    organizationIds: t('dialogueForms.organizations'),
    minutes: t('dialogueForms.minutes'),
    decisions: t('dialogueForms.decisions'),
    outcome: t('dialogueForms.outcome'),
  };
  values.participants.forEach((_, i) => {
    labels[`participants.${i}.personId`] = `${t('dialogueForms.participants')}, ${i + 1}`;
  });
  values.agenda.forEach((_, i) => {
    labels[`agenda.${i}.subject`] = `${t('dialogueForms.agenda')}, ${i + 1}`;
  });
  values.followUps.forEach((_, i) => {
    labels[`followUps.${i}.text`] = t('dialogueForms.followUpText', { n: i + 1 });
  });

  /** What the API takes, from the form's values. */
  const bodyOf = (v: Values) => ({
    titleRu: v.title.ru.trim(),
    ...(v.title.kk.trim() ? { titleKk: v.title.kk.trim() } : {}),
    ...(v.title.en.trim() ? { titleEn: v.title.en.trim() } : {}),
    startsAt: `${v.startsAt}:00${v.offset.trim()}`,
    stateIso3: orNull(v.stateIso3),
    place: orNull(v.place),
    link: orNull(v.link),
    organizerOrganizationId: idOrNull(v.organizerOrganizationId),
    chairPersonId: idOrNull(v.chairPersonId),
    minutes: orNull(v.minutes),
    decisions: orNull(v.decisions),
    outcome: orNull(v.outcome),
    organizationIds: v.organizationIds,
    participants: v.participants.map((p) => ({ personId: Number(p.personId), role: p.role })),
    agenda: v.agenda.map((a) => ({
      reportId: a.kind === 'report' ? idOrNull(a.reportId) : null,
      termId: a.kind === 'theme' ? idOrNull(a.termId) : null,
      recommendationId: a.kind === 'recommendation' ? a.recommendationId : null,
      note: orNull(a.note),
    })),
    followUps: v.followUps.map((f) => ({
      text: f.text.trim(),
      ownerPersonId: idOrNull(f.ownerPersonId),
      ownerOrganizationId: idOrNull(f.ownerOrganizationId),
      dueOn: f.dueOn || null,
      status: f.status,
      recommendationIds: f.recommendationIds,
    })),
  });

  /** `onlyChanged`: on top of someone else's version, send only the fields changed here. */
  async function send(baseVersion: number, onlyChanged = false) {
    const body = onlyChanged ? changedOnly(bodyOf(values), bodyOf(initial.current)) : bodyOf(values);
    const saved = await save.run(
      () =>
        c
          ? api<Consultation>(`/api/consultations/${c.id}`, {
              method: 'PATCH',
              body: { version: baseVersion, ...body },
            })
          : api<Consultation>('/api/consultations', { method: 'POST', body }),
      fieldOf,
    );
    if (saved) props.onSaved(saved);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate(values, later);
    save.setErrors(found);
    if (Object.keys(found).length === 0) void send(version);
  }

  const current = save.conflict;
  const conflictNotice = current ? (
    <ConflictNotice
      yours={version}
      theirs={current.version}
      busy={save.busy}
      onTakeTheirs={() => {
        initial.current = valuesOf(current);
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

  const terms = [...props.lookups.terms.values()].sort((a, b) =>
    termName(a, language).localeCompare(termName(b, language)),
  );
  const updateAgenda = (k: number, change: Partial<Agenda>) =>
    set({ agenda: values.agenda.map((x) => (x.key === k ? { ...x, ...change } : x)) });
  const updateFollowUp = (k: number, change: Partial<FollowUp>) =>
    set({ followUps: values.followUps.map((x) => (x.key === k ? { ...x, ...change } : x)) });

  return (
    <form className="dlg-form" onSubmit={submit} aria-labelledby="consultation-form-title" noValidate>
      <h1 id="consultation-form-title" tabIndex={-1} ref={heading}>
        {c ? t('dialogueForms.editConsultation') : t('dialogueForms.newConsultation')}
      </h1>
      {conflictNotice}
      <ErrorSummary errors={errors} labels={labels} />
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
        <Field id="startsAt" label={labels.startsAt ?? ''} errors={errors} required>
          <input
            id="startsAt"
            type="datetime-local"
            value={values.startsAt}
            onChange={(e) => set({ startsAt: e.target.value })}
            {...invalid('startsAt', errors)}
          />
        </Field>
        <Field id="offset" label={labels.offset ?? ''} errors={errors}>
          <input
            id="offset"
            value={values.offset}
            maxLength={6}
            placeholder="+05:00"
            onChange={(e) => set({ offset: e.target.value })}
            {...invalid('offset', errors)}
          />
        </Field>
        <Field id="stateIso3" label={labels.stateIso3 ?? ''} errors={errors}>
          <input
            id="stateIso3"
            value={values.stateIso3}
            maxLength={3}
            onChange={(e) => set({ stateIso3: e.target.value })}
            {...invalid('stateIso3', errors)}
          />
        </Field>
        <Field id="place" label={labels.place ?? ''} errors={errors}>
          <input
            id="place"
            value={values.place}
            maxLength={1000}
            onChange={(e) => set({ place: e.target.value })}
          />
        </Field>
        <Field id="link" label={labels.link ?? ''} errors={errors}>
          <input
            id="link"
            type="url"
            value={values.link}
            onChange={(e) => set({ link: e.target.value })}
            {...invalid('link', errors)}
          />
        </Field>
        <Field id="organizerOrganizationId" label={labels.organizerOrganizationId ?? ''} errors={errors}>
          <OrganizationSelect
            id="organizerOrganizationId"
            value={values.organizerOrganizationId}
            lookups={props.lookups}
            errors={errors}
            onChange={(organizerOrganizationId) => set({ organizerOrganizationId })}
          />
        </Field>
        <Field id="chairPersonId" label={labels.chairPersonId ?? ''} errors={errors}>
          <PersonSelect
            id="chairPersonId"
            value={values.chairPersonId}
            lookups={props.lookups}
            errors={errors}
            onChange={(chairPersonId) => set({ chairPersonId })}
          />
        </Field>
      </div>
      <OrganizationsPicker
        id="organizationIds"
        legend={labels.organizationIds ?? ''}
        lookups={props.lookups}
        selected={values.organizationIds}
        errors={errors}
        onChange={(organizationIds) => set({ organizationIds })}
      />
      <PersonRolesEditor
        name="participants"
        legend={t('dialogueForms.participants')}
        testId="participants-editor"
        rows={values.participants}
        roles={ROLES}
        defaultRole="participant"
        roleLabel={(n) => `${t('dialogueForms.role')} ${n}`}
        removeLabel={(n) => t('dialogueForms.removeParticipant', { n })}
        addId="add-participant"
        addLabel={t('dialogueForms.addParticipant')}
        newKey={key}
        lookups={props.lookups}
        errors={errors}
        onChange={(participants) => set({ participants })}
      />
      <fieldset data-testid="agenda-editor">
        <legend>{t('dialogueForms.agenda')}</legend>
        {values.agenda.map((a, i) => {
          const subject = `agenda.${i}.subject`;
          return (
            <div className="row-item" key={a.key}>
              <div className="inline">
                <Field
                  id={`agenda.${i}.kind`}
                  label={`${t('dialogueForms.agendaKind')} ${i + 1}`}
                  errors={errors}
                >
                  <select
                    id={`agenda.${i}.kind`}
                    value={a.kind}
                    onChange={(e) => updateAgenda(a.key, { kind: e.target.value as Agenda['kind'] })}
                  >
                    {AGENDA_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`dialogueForms.agendaKinds.${k}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                {a.kind === 'report' && (
                  <Field id={subject} label={`${t('dialogueForms.subject')} ${i + 1}`} errors={errors}>
                    <select
                      id={subject}
                      value={a.reportId}
                      onChange={(e) => updateAgenda(a.key, { reportId: e.target.value })}
                      {...invalid(subject, errors)}
                    >
                      <option value="">—</option>
                      {props.reports.map((r) => (
                        <option key={r.id} value={r.id}>
                          {t('dialogue.web.reportNumber', { number: r.number })}:{' '}
                          {localized(r.title, language)}
                        </option>
                      ))}
                    </select>
                  </Field>
                )}
                {a.kind === 'theme' && (
                  <Field id={subject} label={`${t('dialogueForms.subject')} ${i + 1}`} errors={errors}>
                    <select
                      id={subject}
                      value={a.termId}
                      onChange={(e) => updateAgenda(a.key, { termId: e.target.value })}
                      {...invalid(subject, errors)}
                    >
                      <option value="">—</option>
                      {terms.map((term) => (
                        <option key={term.id} value={term.id}>
                          {termName(term, language)}
                        </option>
                      ))}
                    </select>
                  </Field>
                )}
                <Field id={`agenda.${i}.note`} label={`${t('dialogueForms.note')} ${i + 1}`} errors={errors}>
                  <input
                    id={`agenda.${i}.note`}
                    value={a.note}
                    maxLength={5000}
                    onChange={(e) => updateAgenda(a.key, { note: e.target.value })}
                  />
                </Field>
              </div>
              {a.kind === 'recommendation' && (
                <div id={subject} tabIndex={-1}>
                  <PickedRecommendations
                    ids={a.recommendationId ? [a.recommendationId] : []}
                    onRemove={() => updateAgenda(a.key, { recommendationId: null })}
                  />
                  {!a.recommendationId && (
                    <RecommendationSearch
                      label={`${t('dialogueForms.subject')} ${i + 1}`}
                      exclude={[]}
                      onPick={(id) => updateAgenda(a.key, { recommendationId: id })}
                    />
                  )}
                  {errors[subject] && (
                    <p className="error field-error" id={`${subject}-error`}>
                      {message(errors[subject])}
                    </p>
                  )}
                </div>
              )}
              <div>
                <button
                  type="button"
                  onClick={() => set({ agenda: values.agenda.filter((x) => x.key !== a.key) })}
                >
                  {t('dialogueForms.removeAgendaItem', { n: i + 1 })}
                </button>
              </div>
            </div>
          );
        })}
        <div>
          <button
            id="add-agenda-item"
            type="button"
            onClick={() =>
              set({
                agenda: [
                  ...values.agenda,
                  { key: key(), kind: 'report', reportId: '', termId: '', recommendationId: null, note: '' },
                ],
              })
            }
          >
            {t('dialogueForms.addAgendaItem')}
          </button>
        </div>
      </fieldset>
      {(['minutes', 'decisions', 'outcome'] as const).map((name) => (
        <Field key={name} id={name} label={labels[name] ?? ''} errors={errors}>
          <textarea
            id={name}
            rows={5}
            value={values[name]}
            onChange={(e) => set({ [name]: e.target.value })}
          />
        </Field>
      ))}
      <fieldset data-testid="followups-editor">
        <legend>{t('dialogueForms.followUps')}</legend>
        {values.followUps.map((f, i) => (
          <div className="row-item" key={f.key}>
            <Field
              id={`followUps.${i}.text`}
              label={t('dialogueForms.followUpText', { n: i + 1 })}
              errors={errors}
            >
              <textarea
                id={`followUps.${i}.text`}
                rows={2}
                value={f.text}
                onChange={(e) => updateFollowUp(f.key, { text: e.target.value })}
                {...invalid(`followUps.${i}.text`, errors)}
              />
            </Field>
            <div className="inline">
              <Field
                id={`followUps.${i}.ownerPersonId`}
                label={`${t('dialogueForms.ownerPerson')} ${i + 1}`}
                errors={errors}
              >
                <PersonSelect
                  id={`followUps.${i}.ownerPersonId`}
                  value={f.ownerPersonId}
                  lookups={props.lookups}
                  errors={errors}
                  onChange={(ownerPersonId) => updateFollowUp(f.key, { ownerPersonId })}
                />
              </Field>
              <Field
                id={`followUps.${i}.ownerOrganizationId`}
                label={`${t('dialogueForms.ownerOrganization')} ${i + 1}`}
                errors={errors}
              >
                <OrganizationSelect
                  id={`followUps.${i}.ownerOrganizationId`}
                  value={f.ownerOrganizationId}
                  lookups={props.lookups}
                  errors={errors}
                  onChange={(ownerOrganizationId) => updateFollowUp(f.key, { ownerOrganizationId })}
                />
              </Field>
              <Field
                id={`followUps.${i}.dueOn`}
                label={`${t('dialogueForms.dueOn')} ${i + 1}`}
                errors={errors}
              >
                <input
                  id={`followUps.${i}.dueOn`}
                  type="date"
                  value={f.dueOn}
                  onChange={(e) => updateFollowUp(f.key, { dueOn: e.target.value })}
                />
              </Field>
              <Field
                id={`followUps.${i}.status`}
                label={`${t('dialogueForms.followUpStatus')} ${i + 1}`}
                errors={errors}
              >
                <select
                  id={`followUps.${i}.status`}
                  value={f.status}
                  onChange={(e) => updateFollowUp(f.key, { status: e.target.value })}
                >
                  {FOLLOW_UP_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`dialogue.web.followUpStatus.${s}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <PickedRecommendations
              ids={f.recommendationIds}
              onRemove={(id) =>
                updateFollowUp(f.key, { recommendationIds: f.recommendationIds.filter((x) => x !== id) })
              }
            />
            <RecommendationSearch
              label={`${t('dialogueForms.linked')} (${t('dialogueForms.followUpText', { n: i + 1 })})`}
              exclude={f.recommendationIds}
              onPick={(id) => updateFollowUp(f.key, { recommendationIds: [...f.recommendationIds, id] })}
            />
            <div className="actions">
              {(f.status === 'open' || f.status === 'in_progress') && (
                <button type="button" onClick={() => updateFollowUp(f.key, { status: 'done' })}>
                  {t('dialogueForms.closeFollowUp', { n: i + 1 })}
                </button>
              )}
              <button
                type="button"
                onClick={() => set({ followUps: values.followUps.filter((x) => x.key !== f.key) })}
              >
                {t('dialogueForms.removeFollowUp', { n: i + 1 })}
              </button>
            </div>
          </div>
        ))}
        <div>
          <button
            id="add-follow-up"
            type="button"
            onClick={() =>
              set({
                followUps: [
                  ...values.followUps,
                  {
                    key: key(),
                    text: '',
                    ownerPersonId: '',
                    ownerOrganizationId: '',
                    dueOn: '',
                    status: 'open',
                    recommendationIds: [],
                  },
                ],
              })
            }
          >
            {t('dialogueForms.addFollowUp')}
          </button>
        </div>
      </fieldset>
      <SaveCancel busy={save.busy} onCancel={props.onCancel} showSaving />
    </form>
  );
}
