/**
 * The UPR's fixed frame: mechanisms, cycles and Working Group sessions with their years.
 * Session years follow the UPR calendar (sessions 1-53 held 2008-2026; 54 is scheduled for 2027).
 */
import type { MechanismKind } from '../../db/schema.ts';

export interface ReferenceMechanism {
  code: string;
  kind: MechanismKind;
  nameEn: string;
  nameRu: string;
  nameKk: string;
}

export const MECHANISMS: ReferenceMechanism[] = [
  {
    code: 'UPR',
    kind: 'upr',
    nameEn: 'Universal Periodic Review',
    nameRu: 'Универсальный периодический обзор',
    nameKk: 'Әмбебап кезеңдік шолу',
  },
  {
    code: 'CAT',
    kind: 'treaty_body',
    nameEn: 'Committee against Torture',
    nameRu: 'Комитет против пыток',
    nameKk: 'Азаптауларға қарсы комитет',
  },
  {
    code: 'CCPR',
    kind: 'treaty_body',
    nameEn: 'Human Rights Committee',
    nameRu: 'Комитет по правам человека',
    nameKk: 'Адам құқықтары жөніндегі комитет',
  },
  {
    code: 'CESCR',
    kind: 'treaty_body',
    nameEn: 'Committee on Economic, Social and Cultural Rights',
    nameRu: 'Комитет по экономическим, социальным и культурным правам',
    nameKk: 'Экономикалық, әлеуметтік және мәдени құқықтар жөніндегі комитет',
  },
  {
    code: 'CEDAW',
    kind: 'treaty_body',
    nameEn: 'Committee on the Elimination of Discrimination against Women',
    nameRu: 'Комитет по ликвидации дискриминации в отношении женщин',
    nameKk: 'Әйелдерге қатысты кемсітушілікті жою жөніндегі комитет',
  },
  {
    code: 'CRC',
    kind: 'treaty_body',
    nameEn: 'Committee on the Rights of the Child',
    nameRu: 'Комитет по правам ребенка',
    nameKk: 'Бала құқықтары жөніндегі комитет',
  },
  {
    code: 'CERD',
    kind: 'treaty_body',
    nameEn: 'Committee on the Elimination of Racial Discrimination',
    nameRu: 'Комитет по ликвидации расовой дискриминации',
    nameKk: 'Нәсілдік кемсітушілікті жою жөніндегі комитет',
  },
  {
    code: 'CRPD',
    kind: 'treaty_body',
    nameEn: 'Committee on the Rights of Persons with Disabilities',
    nameRu: 'Комитет по правам инвалидов',
    nameKk: 'Мүгедектердің құқықтары жөніндегі комитет',
  },
  {
    code: 'CMW',
    kind: 'treaty_body',
    nameEn: 'Committee on Migrant Workers',
    nameRu: 'Комитет по трудящимся-мигрантам',
    nameKk: 'Еңбекші мигранттар жөніндегі комитет',
  },
  {
    code: 'CED',
    kind: 'treaty_body',
    nameEn: 'Committee on Enforced Disappearances',
    nameRu: 'Комитет по насильственным исчезновениям',
    nameKk: 'Күштеп жоғалтулар жөніндегі комитет',
  },
  {
    code: 'SP',
    kind: 'special_procedure',
    nameEn: 'Special Procedures',
    nameRu: 'Специальные процедуры',
    nameKk: 'Арнайы рәсімдер',
  },
];

export const CYCLES = [
  { number: 1, firstSession: 1, lastSession: 12, startYear: 2008, endYear: 2011 },
  { number: 2, firstSession: 13, lastSession: 26, startYear: 2012, endYear: 2016 },
  { number: 3, firstSession: 27, lastSession: 40, startYear: 2017, endYear: 2022 },
  { number: 4, firstSession: 41, lastSession: 54, startYear: 2022, endYear: 2027 },
] as const;

/** Year of each Working Group session, index = session number - 1. */
const SESSION_YEARS = [
  2008, 2008, 2008, 2009, 2009, 2009, 2010, 2010, 2010, 2011, 2011, 2011, 2012, 2012, 2013, 2013, 2013, 2014,
  2014, 2014, 2015, 2015, 2015, 2016, 2016, 2016, 2017, 2017, 2018, 2018, 2018, 2019, 2019, 2019, 2020, 2020,
  2021, 2021, 2021, 2022, 2022, 2023, 2023, 2023, 2024, 2024, 2024, 2025, 2025, 2025, 2026, 2026, 2026, 2027,
];

export const LAST_SESSION = SESSION_YEARS.length;

export function sessions(): { number: number; cycle: number; year: number }[] {
  return SESSION_YEARS.map((year, index) => ({
    number: index + 1,
    cycle: cycleOfSession(index + 1) ?? 0,
    year,
  }));
}

/**
 * The cycle a Working Group session belongs to, or undefined outside sessions 1-54.
 *
 * @example cycleOfSession(20) === 2
 */
export function cycleOfSession(session: number): number | undefined {
  return CYCLES.find((c) => session >= c.firstSession && session <= c.lastSession)?.number;
}
