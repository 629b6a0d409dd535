/** Facets with live counts; each value is a checkbox that sets its filter in the URL. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facets, State } from '../api.ts';
import { toggle, values } from '../filters.ts';
import { formatNumber } from '../format.ts';
import { currentLanguage } from '../i18n.ts';
import { FACET_PARAM, facetValueLabel } from '../labels.ts';

const SHOWN = 6;

export function FacetPanel(props: {
  facets: Facets | undefined;
  params: URLSearchParams;
  states: Map<string, State>;
  onChange(next: URLSearchParams): void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const language = currentLanguage();
  if (!props.facets) return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="facets">
      {Object.entries(props.facets.facets).map(([facet, items]) => {
        const param = FACET_PARAM[facet] ?? facet;
        const selected = values(props.params, param);
        if (items.length === 0) return null;
        const all = open[facet] === true;
        const shown = all ? items : items.filter((item, i) => i < SHOWN || selected.includes(item.value));
        return (
          <fieldset key={facet} className="facet" data-facet={facet}>
            <legend>{t(`facet.${facet}`)}</legend>
            <ul>
              {shown.map((item) => {
                const label = facetValueLabel(facet, item, t, language, props.states);
                return (
                  <li key={item.value}>
                    <label>
                      <input
                        type="checkbox"
                        checked={selected.includes(item.value)}
                        onChange={() => props.onChange(toggle(props.params, param, item.value))}
                      />
                      <span className="facet-label">{label}</span>
                      <span className="count">{formatNumber(item.count, language)}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
            {items.length > SHOWN && (
              <button
                type="button"
                className="link"
                aria-expanded={all}
                onClick={() => setOpen({ ...open, [facet]: !all })}
              >
                {all ? t('facet.showFewer') : t('facet.showAll', { count: items.length })}
              </button>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
