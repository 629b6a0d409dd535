/** Words of the synthetic implementation plan: Kazakh state agencies and measure templates, in ru, kk and en. */

export interface Names {
  en: string;
  ru: string;
  kk: string;
}

/** Agencies of Kazakhstan that answer for most UPR recommendations. */
export const PLAN_AGENCIES: (Names & { key: string })[] = [
  { key: 'justice', en: 'Ministry of Justice', ru: 'Министерство юстиции', kk: 'Әділет министрлігі' },
  {
    key: 'interior',
    en: 'Ministry of Internal Affairs',
    ru: 'Министерство внутренних дел',
    kk: 'Ішкі істер министрлігі',
  },
  {
    key: 'prosecutor',
    en: "Prosecutor General's Office",
    ru: 'Генеральная прокуратура',
    kk: 'Бас прокуратура',
  },
  {
    key: 'labour',
    en: 'Ministry of Labour and Social Protection of the Population',
    ru: 'Министерство труда и социальной защиты населения',
    kk: 'Еңбек және халықты әлеуметтік қорғау министрлігі',
  },
  {
    key: 'education',
    en: 'Ministry of Education',
    ru: 'Министерство просвещения',
    kk: 'Оқу-ағарту министрлігі',
  },
];

/** The agency that leads on a theme (UPR Info issue codes); others default to the Ministry of Justice. */
export const THEME_LEAD: Record<string, string> = {
  'death-penalty': 'justice',
  justice: 'justice',
  'international-instruments': 'justice',
  'national-plan-of-action': 'justice',
  nhri: 'justice',
  'torture-and-other-cid-treatment': 'prosecutor',
  impunity: 'prosecutor',
  corruption: 'prosecutor',
  'human-rights-violations-by-state-agents': 'prosecutor',
  detention: 'interior',
  'public-security': 'interior',
  trafficking: 'interior',
  migrants: 'interior',
  'freedom-of-association-and-peaceful-assembly': 'interior',
  'counter-terrorism': 'interior',
  labour: 'labour',
  disabilities: 'labour',
  poverty: 'labour',
  'womens-rights': 'labour',
  'esc-rights-general': 'labour',
  'right-to-education': 'education',
  'rights-of-the-child': 'education',
  'human-rights-education-and-training': 'education',
  minorities: 'education',
};

/** Measure titles; `{}` is the theme's label in the same language. */
export const MEASURE_TEMPLATES: Names[] = [
  {
    en: 'Draft amendments to legislation on {}',
    ru: 'Разработать поправки в законодательство: {}',
    kk: 'Заңнамаға түзетулер әзірлеу: {}',
  },
  {
    en: 'Training programme for civil servants on {}',
    ru: 'Программа обучения государственных служащих: {}',
    kk: 'Мемлекеттік қызметшілерді оқыту бағдарламасы: {}',
  },
  {
    en: 'Monitoring and annual public report on {}',
    ru: 'Мониторинг и ежегодный публичный доклад: {}',
    kk: 'Мониторинг және жыл сайынғы қоғамдық баяндама: {}',
  },
  {
    en: 'Awareness campaign on {}',
    ru: 'Информационно-разъяснительная кампания: {}',
    kk: 'Ақпараттық-түсіндіру науқаны: {}',
  },
  {
    en: 'Interagency working group with civil society on {}',
    ru: 'Межведомственная рабочая группа с участием гражданского общества: {}',
    kk: 'Азаматтық қоғам қатысатын ведомствоаралық жұмыс тобы: {}',
  },
];

export const INDICATOR_TEMPLATES: (Names & { unit: string })[] = [
  {
    en: 'Officials trained',
    ru: 'Обучено должностных лиц',
    kk: 'Оқытылған лауазымды тұлғалар',
    unit: 'чел.',
  },
  { en: 'Cases reviewed', ru: 'Рассмотрено дел', kk: 'Қаралған істер', unit: 'дел' },
  {
    en: 'Regulations adopted',
    ru: 'Принято нормативных актов',
    kk: 'Қабылданған нормативтік актілер',
    unit: 'актов',
  },
  {
    en: 'Share of regions covered',
    ru: 'Доля охваченных регионов',
    kk: 'Қамтылған өңірлер үлесі',
    unit: '%',
  },
];

export const REPORT_TEXTS = [
  'Проект поправок согласован с заинтересованными государственными органами и внесён в Правительство.',
  'Проведено обучение в пяти областях; материалы размещены на сайте министерства.',
  'Подготовлен промежуточный доклад, проведены консультации с неправительственными организациями.',
  'Работа продолжается: утверждён план мероприятий, определены ответственные исполнители.',
  'Выделено финансирование на следующий год; начат сбор данных по показателю.',
];

export const PLAN_ORGANIZATIONS: (Names & { kind: 'ngo' | 'coalition' })[] = [
  {
    en: 'Kazakhstan International Bureau for Human Rights and the Rule of Law',
    ru: 'Казахстанское международное бюро по правам человека и соблюдению законности',
    kk: 'Қазақстандық адам құқықтары және заңдылықты сақтау жөніндегі халықаралық бюро',
    kind: 'ngo',
  },
  {
    en: 'Coalition of NGOs of Kazakhstan against Torture',
    ru: 'Коалиция НПО Казахстана против пыток',
    kk: 'Қазақстанның азаптауларға қарсы ҮЕҰ коалициясы',
    kind: 'coalition',
  },
];

/** Synthetic recommendation texts, for plans made without a real review. */
export const RECOMMENDATION_TEXTS: [string, string][] = [
  [
    'death-penalty',
    'Abolish the death penalty for all crimes and ratify the Second Optional Protocol to the ICCPR',
  ],
  [
    'torture-and-other-cid-treatment',
    'Investigate promptly and impartially all allegations of torture in places of detention',
  ],
  [
    'freedom-of-association-and-peaceful-assembly',
    'Bring the law on peaceful assemblies into line with international standards',
  ],
  ['right-to-education', 'Ensure inclusive education for children with disabilities'],
  ['womens-rights', 'Adopt a comprehensive law on combating domestic violence'],
  ['labour', 'Guarantee the right of workers to form and join independent trade unions'],
  ['trafficking', 'Strengthen the identification of and assistance to victims of trafficking'],
  ['corruption', 'Strengthen the independence of the judiciary and fight corruption in the courts'],
];
