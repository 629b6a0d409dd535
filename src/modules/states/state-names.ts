/**
 * State names as the UN, UPR Info and OHCHR write them. Names come from well-kept packages
 * (`i18n-iso-countries` for en/ru/kk, `world-countries` for UN membership and regional groups);
 * the alias list below holds only the spellings those packages do not know.
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { RegionalGroup, StateKind } from '../../db/schema.ts';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/ru.json'));
countries.registerLocale(require('i18n-iso-countries/langs/kk.json'));

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  unMember: boolean;
  unRegionalGroup: string;
  altSpellings: string[];
  name: { common: string; official: string };
}
const worldCountries = require('world-countries') as WorldCountry[];

export interface ReferenceState {
  iso3: string;
  iso2: string;
  m49: string;
  kind: StateKind;
  nameEn: string;
  nameRu: string;
  nameKk: string;
  regionalGroup: RegionalGroup | null;
  aliases: string[];
}

/** The two non-member observer States of the United Nations. */
const OBSERVERS = new Set(['VAT', 'PSE']);

const REGIONAL_GROUPS: Record<string, RegionalGroup> = {
  'African Group': 'African',
  'Asia and the Pacific Group': 'Asia-Pacific',
  'Eastern European Group': 'Eastern European',
  'Latin American and Caribbean Group': 'GRULAC',
  'Western European and Others Group': 'WEOG',
};

/** Spellings used by UN documents and UPR Info that the packages above do not carry. */
const EXTRA_ALIASES: Record<string, string[]> = {
  ATG: ['Antigua & Barbuda'],
  BIH: ['Bosnia & Herzegovina'],
  BOL: ['Bolivia (Plurinational State of)', 'Plurinational State of Bolivia'],
  CIV: ["Cote d'Ivoire", "Côte d'Ivoire", 'Ivory Coast'],
  COD: ['Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  COG: ['Republic of Congo', 'Congo', 'Republic of the Congo'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  CZE: ['Czech Republic', 'Czechia'],
  FSM: ['Micronesia', 'Micronesia (Federated States of)', 'Federated States of Micronesia'],
  GBR: ['United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', 'UK'],
  GNB: ['Guinea Bissau', 'Guinea-Bissau'],
  IRN: ['Iran', 'Iran (Islamic Republic of)', 'Islamic Republic of Iran'],
  KNA: ['St Kitts & Nevis', 'Saint Kitts and Nevis'],
  KOR: ['Republic of Korea', 'South Korea'],
  LAO: ['Laos', "Lao People's Democratic Republic", 'Lao PDR'],
  LCA: ['St Lucia', 'Saint Lucia'],
  MDA: ['Moldova', 'Republic of Moldova'],
  MKD: [
    'Macedonia FYR',
    'The former Yugoslav Republic of Macedonia',
    'the former Yugoslav Republic of Macedonia',
    'North Macedonia',
    'Macedonia',
  ],
  PRK: ['DPR Korea', "Democratic People's Republic of Korea", 'North Korea'],
  PSE: ['Palestine', 'State of Palestine'],
  RUS: ['Russian Federation', 'Russia'],
  STP: ['Sao Tome & Principe', 'Sao Tome and Principe'],
  SWZ: ['Swaziland', 'Eswatini', 'Kingdom of Eswatini'],
  SYR: ['Syria', 'Syrian Arab Republic'],
  TLS: ['Timor-Leste', 'East Timor'],
  TTO: ['Trinidad & Tobago', 'Trinidad and Tobago'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  TZA: ['Tanzania', 'United Republic of Tanzania'],
  USA: ['United States', 'United States of America', 'USA'],
  VAT: ['Holy See', 'Vatican'],
  VCT: ['St Vincent & the Grenadines', 'Saint Vincent and the Grenadines'],
  VEN: ['Venezuela', 'Venezuela (Bolivarian Republic of)', 'Bolivarian Republic of Venezuela'],
  VNM: ['Viet Nam', 'Vietnam'],
  BRN: ['Brunei Darussalam', 'Brunei'],
  NLD: ['Netherlands', 'Netherlands (Kingdom of the)', 'Kingdom of the Netherlands'],
  GMB: ['Gambia', 'The Gambia', 'Gambia (Republic of The)'],
  BHS: ['Bahamas', 'The Bahamas'],
};

/**
 * Folds a state name for lookup: case, accents, `&`/`and`, a leading "the", punctuation and whitespace.
 *
 * @example normalizeStateName("Côte d'Ivoire") === normalizeStateName('Cote D’Ivoire')
 */
export function normalizeStateName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&#40;/g, '(')
    .replace(/&#41;/g, ')')
    .replace(/&amp;/g, '&')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}()]+/gu, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The 193 member States and the 2 observer States, with their names and aliases. */
export function referenceStates(): ReferenceState[] {
  const result: ReferenceState[] = [];
  for (const country of worldCountries) {
    const observer = OBSERVERS.has(country.cca3);
    if (!country.unMember && !observer) continue;
    const kind: StateKind = observer ? 'observer' : 'member';
    const nameEn = countries.getName(country.cca2, 'en') ?? country.name.common;
    const allEn = countries.getName(country.cca2, 'en', { select: 'all' }) ?? [];
    result.push({
      iso3: country.cca3,
      iso2: country.cca2,
      m49: country.ccn3,
      kind,
      nameEn,
      nameRu: countries.getName(country.cca2, 'ru') ?? nameEn,
      nameKk: countries.getName(country.cca2, 'kk') ?? nameEn,
      regionalGroup: observer ? null : (REGIONAL_GROUPS[country.unRegionalGroup] ?? null),
      aliases: [
        ...new Set([
          ...allEn,
          country.name.common,
          country.name.official,
          ...country.altSpellings.filter((s) => s.length > 3),
          ...(countries.getName(country.cca2, 'ru', { select: 'all' }) ?? []),
          ...(countries.getName(country.cca2, 'kk', { select: 'all' }) ?? []),
          ...(EXTRA_ALIASES[country.cca3] ?? []),
        ]),
      ],
    });
  }
  return result.sort((a, b) => a.iso3.localeCompare(b.iso3));
}
