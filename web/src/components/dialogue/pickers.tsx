/**
 * Choosers used by the dialogue's forms: an organization or a person from the directory, several
 * organizations or theme terms from a filtered checklist, and UN recommendations found by typing words
 * of their text (`/api/recommendations?q=`), each picked one optionally with a note.
 */
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api.ts';
import { type Lookups, localized, organizationName, termName } from '../../dialogue.ts';
import { textIn } from '../../format.ts';
import { currentLanguage } from '../../i18n.ts';
import { type FieldErrors, invalid, useMessage } from './form.tsx';
import { RecommendationLabel } from './RecommendationLabel.tsx';

export function OrganizationSelect(props: {
  id: string;
  value: string;
  lookups: Lookups;
  kinds?: string[];
  errors: FieldErrors;
  onChange(value: string): void;
}) {
  const language = currentLanguage();
  const orgs = [...props.lookups.organizations.values()]
    .filter((o) => !props.kinds || props.kinds.includes(o.kind))
    .sort((a, b) => organizationName(a, language).localeCompare(organizationName(b, language)));
  return (
    <select
      id={props.id}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      {...invalid(props.id, props.errors)}
    >
      <option value="">—</option>
      {orgs.map((o) => (
        <option key={o.id} value={o.id}>
          {organizationName(o, language)}
        </option>
      ))}
    </select>
  );
}

export function PersonSelect(props: {
  id: string;
  value: string;
  lookups: Lookups;
  errors: FieldErrors;
  label?: string;
  onChange(value: string): void;
}) {
  const language = currentLanguage();
  const people = [...props.lookups.people.values()].sort((a, b) =>
    localized(a.name, language).localeCompare(localized(b.name, language)),
  );
  return (
    <select
      id={props.id}
      value={props.value}
      aria-label={props.label}
      onChange={(e) => props.onChange(e.target.value)}
      {...invalid(props.id, props.errors)}
    >
      <option value="">—</option>
      {people.map((p) => {
        const org = p.organizationId ? props.lookups.organizations.get(p.organizationId) : undefined;
        return (
          <option key={p.id} value={p.id}>
            {localized(p.name, language)}
            {org ? ` (${organizationName(org, language)})` : ''}
          </option>
        );
      })}
    </select>
  );
}

/** A fieldset of checkboxes with a filter box, for lists too long to scan. */
export function CheckList(props: {
  legend: string;
  id: string;
  options: { id: number; label: string }[];
  selected: number[];
  errors: FieldErrors;
  onChange(ids: number[]): void;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  const [filter, setFilter] = useState('');
  const words = filter.trim().toLowerCase();
  // The chosen ones first, so that what is selected is always in view.
  const shown = props.options
    .filter((o) => props.selected.includes(o.id) || !words || o.label.toLowerCase().includes(words))
    .sort((a, b) => Number(props.selected.includes(b.id)) - Number(props.selected.includes(a.id)));
  return (
    <fieldset id={props.id} tabIndex={-1} {...invalid(props.id, props.errors)}>
      <legend>{props.legend}</legend>
      {props.options.length > 8 && (
        <input
          type="search"
          aria-label={t('dialogueForms.filterList', { list: props.legend })}
          placeholder={t('dialogueForms.filterPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <ul className="checklist">
        {shown.map((o) => (
          <li key={o.id}>
            <label>
              <input
                type="checkbox"
                checked={props.selected.includes(o.id)}
                onChange={(e) =>
                  props.onChange(
                    e.target.checked ? [...props.selected, o.id] : props.selected.filter((x) => x !== o.id),
                  )
                }
              />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
      <span className="muted">{t('dialogueForms.selectedCount', { count: props.selected.length })}</span>
      {props.errors[props.id] && (
        <p className="error field-error" id={`${props.id}-error`}>
          {message(props.errors[props.id])}
        </p>
      )}
    </fieldset>
  );
}

export function TermPicker(props: {
  id: string;
  legend: string;
  lookups: Lookups;
  selected: number[];
  errors: FieldErrors;
  onChange(ids: number[]): void;
}) {
  const language = currentLanguage();
  const options = [...props.lookups.terms.values()]
    .map((term) => ({ id: term.id, label: termName(term, language) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return <CheckList {...props} options={options} />;
}

export function OrganizationsPicker(props: {
  id: string;
  legend: string;
  lookups: Lookups;
  selected: number[];
  errors: FieldErrors;
  exclude?: number;
  onChange(ids: number[]): void;
}) {
  const language = currentLanguage();
  const options = [...props.lookups.organizations.values()]
    .filter((o) => o.id !== props.exclude)
    .map((o) => ({ id: o.id, label: organizationName(o, language) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return <CheckList {...props} options={options} />;
}

/** Finds recommendations as the user types: results are buttons that add one to the list. */
export function RecommendationSearch(props: { label: string; exclude: number[]; onPick(id: number): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Page['items'] | null>(null);
  useEffect(() => {
    const words = query.trim();
    if (words.length < 2) {
      setResults(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api<Page>(`/api/recommendations?q=${encodeURIComponent(words)}&limit=8`, { signal: controller.signal })
        .then((page) => setResults(page.items))
        .catch(() => {});
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  const shown = (results ?? []).filter((r) => !props.exclude.includes(r.id));
  return (
    <div className="rec-search">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('dialogueForms.searchRecommendations')}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p className="visually-hidden" aria-live="polite">
        {results ? t('dialogueForms.found', { count: shown.length }) : ''}
      </p>
      {results && (
        <ul className="results-list">
          {shown.map((rec) => {
            const text = textIn(rec, language);
            return (
              <li key={rec.id}>
                <button type="button" className="link" onClick={() => props.onPick(rec.id)}>
                  {t('dialogueForms.add')}: {rec.paragraph ?? `#${rec.id}`}{' '}
                  <span lang={text.lang}>
                    {text.text.length > 120 ? `${text.text.slice(0, 120)}…` : text.text}
                  </span>
                </button>
              </li>
            );
          })}
          {shown.length === 0 && <li className="muted">{t('dialogue.web.empty')}</li>}
        </ul>
      )}
    </div>
  );
}

/** Picked recommendations with a remove button each, and an optional extra control (a note). */
export function PickedRecommendations(props: {
  ids: number[];
  onRemove(id: number): void;
  extra?: (id: number) => ReactNode;
}) {
  const { t } = useTranslation();
  if (props.ids.length === 0) return null;
  return (
    <ul className="picked">
      {props.ids.map((rid) => (
        <li key={rid}>
          <span className="label">
            <RecommendationLabel id={rid} />
          </span>
          {props.extra?.(rid)}
          <button type="button" onClick={() => props.onRemove(rid)}>
            {t('dialogueForms.remove')}
            <span className="visually-hidden"> {t('dialogueForms.recommendationNumber', { id: rid })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
