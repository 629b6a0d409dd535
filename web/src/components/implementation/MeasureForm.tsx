/**
 * The forms of the plan: a measure (titles in three languages, dates, budget, outcome, status; its agencies,
 * recommendations and clusters for the coordinator only) and an indicator with its reporting schedule.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n.ts';
import {
  type Agency,
  agencyName,
  type Cluster,
  type Indicator,
  implementationApi,
  MEASURE_STATUSES,
  type Measure,
  orNull,
  type ReviewItem,
  titleIn,
} from '../../implementation.ts';
import { FormActions, useSubmit } from '../forms/FormActions.tsx';

const selected = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => Number(o.value));

export function MeasureForm(props: {
  measure?: Measure;
  /** The review whose recommendations and clusters may be linked. */
  review: { state: string; cycle: string } | null;
  /** Agencies and links: the coordinator's (the API refuses them from anyone else). */
  canLink: boolean;
  agencies: Map<number, Agency>;
  onSaved(measure: Measure): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const m = props.measure;
  const [titleRu, setTitleRu] = useState(m?.title.ru ?? '');
  const [titleKk, setTitleKk] = useState(m?.title.kk ?? '');
  const [titleEn, setTitleEn] = useState(m?.title.en ?? '');
  const [description, setDescription] = useState(m?.description ?? '');
  const [startDate, setStartDate] = useState(m?.startDate ?? '');
  const [targetDate, setTargetDate] = useState(m?.targetDate ?? '');
  const [budgetNote, setBudgetNote] = useState(m?.budgetNote ?? '');
  const [expectedOutcome, setExpectedOutcome] = useState(m?.expectedOutcome ?? '');
  const [status, setStatus] = useState<string>(m?.status ?? 'planned');
  const [lead, setLead] = useState<number[]>(
    m?.agencies.filter((a) => a.role === 'lead').map((a) => a.agencyId) ?? [],
  );
  const [supporting, setSupporting] = useState<number[]>(
    m?.agencies.filter((a) => a.role === 'supporting').map((a) => a.agencyId) ?? [],
  );
  const [recommendationIds, setRecommendationIds] = useState<number[]>(m?.recommendationIds ?? []);
  const [clusterIds, setClusterIds] = useState<number[]>(m?.clusterIds ?? []);
  const [options, setOptions] = useState<{ items: ReviewItem[]; clusters: Cluster[] }>({
    items: [],
    clusters: [],
  });
  const { busy, problem, onSubmit } = useSubmit();
  const stateCode = props.review?.state;
  const cycle = props.review?.cycle;

  useEffect(() => {
    if (!props.canLink || !stateCode) return;
    const review = new URLSearchParams({ state: stateCode, ...(cycle ? { cycle } : {}) });
    Promise.all([
      implementationApi.review(new URLSearchParams({ ...Object.fromEntries(review), limit: '1000' })),
      implementationApi.clusters(review),
    ])
      .then(([list, clusters]) => setOptions({ items: list.items, clusters: clusters.items }))
      .catch(() => {});
  }, [props.canLink, stateCode, cycle]);

  const save = onSubmit(async () => {
    const body: Record<string, unknown> = {
      titleRu,
      titleKk: titleKk.trim() || titleRu,
      titleEn: titleEn.trim() || titleRu,
      description: orNull(description),
      startDate: orNull(startDate),
      targetDate: orNull(targetDate),
      budgetNote: orNull(budgetNote),
      expectedOutcome: orNull(expectedOutcome),
      status,
    };
    if (props.canLink) {
      body.agencies = [
        ...lead.map((agencyId) => ({ agencyId, role: 'lead' })),
        ...supporting
          .filter((id) => !lead.includes(id))
          .map((agencyId) => ({ agencyId, role: 'supporting' })),
      ];
      body.recommendationIds = recommendationIds;
      body.clusterIds = clusterIds;
    }
    props.onSaved(
      m
        ? await implementationApi.updateMeasure(m.id, { ...body, version: m.version })
        : await implementationApi.createMeasure(body),
    );
  });

  const agencyOptions = [...props.agencies.values()]
    .filter((a) => !a.archived)
    .sort((a, b) => agencyName(a, language).localeCompare(agencyName(b, language), language));
  // Linked recommendations stay choosable even when they are not in the listed review.
  const recOptions = [
    ...options.items,
    ...recommendationIds
      .filter((id) => !options.items.some((i) => i.id === id))
      .map((id) => ({ id, paragraph: `#${id}`, text: '' })),
  ];

  return (
    <form className="impl-form" onSubmit={save} aria-labelledby="measure-form-title">
      {/* The new-measure page's own heading names the form there. */}
      <h2 id="measure-form-title" className={m ? undefined : 'visually-hidden'}>
        {m ? t('plan.measure.editTitle') : t('plan.measure.newTitle')}
      </h2>
      <label>
        {t('plan.measure.titleRu')}
        <input required lang="ru" value={titleRu} onChange={(e) => setTitleRu(e.target.value)} />
      </label>
      <label>
        {t('plan.measure.titleKk')}
        <input lang="kk" value={titleKk} onChange={(e) => setTitleKk(e.target.value)} />
      </label>
      <label>
        {t('plan.measure.titleEn')}
        <input lang="en" value={titleEn} onChange={(e) => setTitleEn(e.target.value)} />
      </label>
      <label>
        {t('plan.measure.description')}
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <div className="row2">
        <label>
          {t('plan.measure.startDate')}
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <label>
          {t('plan.measure.targetDate')}
          <input type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} />
        </label>
        <label>
          {t('plan.measure.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.measureStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('plan.measure.budgetNote')}
        <input value={budgetNote} onChange={(e) => setBudgetNote(e.target.value)} />
      </label>
      <label>
        {t('plan.measure.expectedOutcome')}
        <textarea rows={2} value={expectedOutcome} onChange={(e) => setExpectedOutcome(e.target.value)} />
      </label>
      {props.canLink && (
        <>
          <div className="row2">
            <label>
              {t('plan.measure.leadAgencies')}
              <select multiple value={lead.map(String)} onChange={(e) => setLead(selected(e.currentTarget))}>
                {agencyOptions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {agencyName(a, language)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('plan.measure.supportingAgencies')}
              <select
                multiple
                value={supporting.map(String)}
                onChange={(e) => setSupporting(selected(e.currentTarget))}
              >
                {agencyOptions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {agencyName(a, language)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            {t('plan.measure.recommendations')}
            <select
              multiple
              size={8}
              value={recommendationIds.map(String)}
              onChange={(e) => setRecommendationIds(selected(e.currentTarget))}
            >
              {recOptions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.paragraph ?? `#${r.id}`} {r.text.length > 110 ? `${r.text.slice(0, 110)}…` : r.text}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('plan.measure.clusters')}
            <select
              multiple
              value={clusterIds.map(String)}
              onChange={(e) => setClusterIds(selected(e.currentTarget))}
            >
              {options.clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {titleIn(c.title, language)}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{t('plan.measure.multiHint')}</p>
        </>
      )}
      <FormActions problem={problem} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}

/** A new indicator or an indicator's edit, with its reporting schedule (every N months from start to end). */
export function IndicatorForm(props: {
  measureId: number;
  indicator?: Indicator;
  onSaved(indicator: Indicator): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const i = props.indicator;
  const [nameRu, setNameRu] = useState(i?.name.ru ?? '');
  const [nameKk, setNameKk] = useState(i?.name.kk ?? '');
  const [nameEn, setNameEn] = useState(i?.name.en ?? '');
  const [unit, setUnit] = useState(i?.unit ?? '');
  const [baseline, setBaseline] = useState(i?.baseline ?? '');
  const [target, setTarget] = useState(i?.target ?? '');
  const [start, setStart] = useState(i?.schedule?.start ?? '');
  const [end, setEnd] = useState(i?.schedule?.end ?? '');
  const [everyMonths, setEveryMonths] = useState(String(i?.schedule?.everyMonths ?? ''));
  const { busy, problem, onSubmit } = useSubmit();
  const formId = i ? `indicator-${i.id}-form` : 'indicator-new-form';

  const save = onSubmit(async () => {
    const body = {
      nameRu,
      nameKk: nameKk.trim() || nameRu,
      nameEn: nameEn.trim() || nameRu,
      unit: orNull(unit),
      baseline: orNull(baseline),
      target: orNull(target),
      schedule: start && end && everyMonths ? { start, end, everyMonths: Number(everyMonths) } : null,
    };
    props.onSaved(
      i
        ? await implementationApi.updateIndicator(i.id, { ...body, version: i.version })
        : await implementationApi.addIndicator(props.measureId, body),
    );
  });

  return (
    <form className="impl-form" onSubmit={save} aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{i ? t('plan.indicator.editTitle') : t('plan.indicator.newTitle')}</h3>
      <label>
        {t('plan.indicator.nameRu')}
        <input required lang="ru" value={nameRu} onChange={(e) => setNameRu(e.target.value)} />
      </label>
      <div className="row2">
        <label>
          {t('plan.indicator.nameKk')}
          <input lang="kk" value={nameKk} onChange={(e) => setNameKk(e.target.value)} />
        </label>
        <label>
          {t('plan.indicator.nameEn')}
          <input lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        </label>
      </div>
      <div className="row2">
        <label>
          {t('plan.indicator.unit')}
          <input value={unit} onChange={(e) => setUnit(e.target.value)} />
        </label>
        <label>
          {t('plan.indicator.baseline')}
          <input value={baseline} onChange={(e) => setBaseline(e.target.value)} />
        </label>
        <label>
          {t('plan.indicator.target')}
          <input value={target} onChange={(e) => setTarget(e.target.value)} />
        </label>
      </div>
      <fieldset className="impl-filters">
        <legend>{t('plan.indicator.schedule')}</legend>
        <label>
          {t('plan.indicator.start')}{' '}
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          {t('plan.indicator.end')} <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
        <label>
          {t('plan.indicator.everyMonths')}{' '}
          <input
            type="number"
            min={1}
            max={120}
            value={everyMonths}
            onChange={(e) => setEveryMonths(e.target.value)}
          />
        </label>
      </fieldset>
      <FormActions problem={problem} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}
