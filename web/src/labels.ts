/** Display labels of facet values, from the catalog and the reference data. */
import type { TFunction } from 'i18next';
import type { FacetItem, State } from './api.ts';
import { stateName, termLabel } from './format.ts';

export const REGIONAL_GROUP_KEYS: Record<string, string> = {
  African: 'african',
  'Asia-Pacific': 'asiaPacific',
  'Eastern European': 'easternEuropean',
  GRULAC: 'grulac',
  WEOG: 'weog',
};

/** The filter parameter each facet sets. */
export const FACET_PARAM: Record<string, string> = {
  state: 'state',
  cycle: 'cycle',
  session: 'session',
  position: 'position',
  recommendingState: 'recommendingState',
  regionalGroup: 'regionalGroup',
  theme: 'term',
  sdg: 'term',
  affectedPersons: 'term',
  issue: 'term',
  actionCategory: 'actionCategory',
  discussed: 'discussed',
  repeated: 'repeated',
};

export function facetValueLabel(
  facet: string,
  item: FacetItem,
  t: TFunction,
  language: string,
  states: Map<string, State>,
): string {
  switch (facet) {
    case 'state':
    case 'recommendingState':
      return stateName(states, item.value, language);
    case 'cycle':
      return t('recommendation.cycleValue', { cycle: item.value });
    case 'session':
      return t('recommendation.sessionValue', { session: item.value });
    case 'position':
      return t(`recommendation.position.${item.value}`);
    case 'regionalGroup':
      return t(`regionalGroup.${REGIONAL_GROUP_KEYS[item.value] ?? 'unknown'}`);
    case 'actionCategory':
      return t(`recommendation.actionCategory.${item.value}`);
    case 'discussed':
      return t(`facet.discussedValue.${item.value}`);
    case 'repeated':
      return t(`facet.repeatedValue.${item.value}`);
    case 'sdg':
      return `${item.code ?? ''} ${termLabel(item, language)}`.trim();
    default:
      return termLabel(item, language);
  }
}
