/**
 * The built-in taxonomies, seeded at start-up by `src/db/seed.ts`, with labels in English, Russian and Kazakh.
 * English labels are the sources' own, because imports match on them (folded by `normalizeLabel`); Russian and
 * Kazakh labels of UPR Info issues, UHRI themes and affected persons are our translations (no official ones exist).
 */

export interface SeedTerm {
  code: string;
  labelEn: string;
  labelRu: string;
  labelKk: string;
  /** Code of the parent term in the same taxonomy; the parent comes earlier in the array. */
  parent?: string;
  /** Other English spellings seen in sources (older or newer names of the same term). */
  aliases?: string[];
}

export interface SeedTaxonomy {
  code: string;
  nameEn: string;
  nameRu: string;
  nameKk: string;
  multiple: boolean;
  terms: SeedTerm[];
}

/** UPR Info's 54 issues, spelt exactly as in its export. */
const UPR_INFO_ISSUES: SeedTaxonomy = {
  code: 'upr-info-issue',
  nameEn: 'UPR Info issues',
  nameRu: 'Темы UPR Info',
  nameKk: 'UPR Info тақырыптары',
  multiple: true,
  terms: [
    {
      code: 'asylum-seekers-refugees',
      labelEn: 'Asylum-seekers - refugees',
      labelRu: 'Просители убежища и беженцы',
      labelKk: 'Баспана іздеушілер мен босқындар',
    },
    {
      code: 'cp-rights-general',
      labelEn: 'CP rights - general',
      labelRu: 'Гражданские и политические права – общие вопросы',
      labelKk: 'Азаматтық және саяси құқықтар – жалпы мәселелер',
    },
    {
      code: 'civil-society',
      labelEn: 'Civil society',
      labelRu: 'Гражданское общество',
      labelKk: 'Азаматтық қоғам',
    },
    { code: 'corruption', labelEn: 'Corruption', labelRu: 'Коррупция', labelKk: 'Сыбайлас жемқорлық' },
    {
      code: 'counter-terrorism',
      labelEn: 'Counter-terrorism',
      labelRu: 'Борьба с терроризмом',
      labelKk: 'Терроризмге қарсы күрес',
    },
    { code: 'death-penalty', labelEn: 'Death penalty', labelRu: 'Смертная казнь', labelKk: 'Өлім жазасы' },
    { code: 'detention', labelEn: 'Detention', labelRu: 'Содержание под стражей', labelKk: 'Қамауда ұстау' },
    { code: 'development', labelEn: 'Development', labelRu: 'Развитие', labelKk: 'Даму' },
    { code: 'disabilities', labelEn: 'Disabilities', labelRu: 'Инвалидность', labelKk: 'Мүгедектік' },
    {
      code: 'esc-rights-general',
      labelEn: 'ESC rights - general',
      labelRu: 'Экономические, социальные и культурные права – общие вопросы',
      labelKk: 'Экономикалық, әлеуметтік және мәдени құқықтар – жалпы мәселелер',
    },
    { code: 'elections', labelEn: 'Elections', labelRu: 'Выборы', labelKk: 'Сайлау' },
    {
      code: 'enforced-disappearances',
      labelEn: 'Enforced disappearances',
      labelRu: 'Насильственные исчезновения',
      labelKk: 'Күштеп жоғалту',
    },
    { code: 'environment', labelEn: 'Environment', labelRu: 'Окружающая среда', labelKk: 'Қоршаған орта' },
    {
      code: 'extrajudicial-executions',
      labelEn: 'Extrajudicial executions',
      labelRu: 'Внесудебные казни',
      labelKk: 'Соттан тыс жазалау',
    },
    {
      code: 'freedom-of-association-and-peaceful-assembly',
      labelEn: 'Freedom of association and peaceful assembly',
      labelRu: 'Свобода ассоциации и мирных собраний',
      labelKk: 'Бірлестіктер және бейбіт жиналыстар бостандығы',
    },
    {
      code: 'freedom-of-movement',
      labelEn: 'Freedom of movement',
      labelRu: 'Свобода передвижения',
      labelKk: 'Жүріп-тұру бостандығы',
    },
    {
      code: 'freedom-of-opinion-and-expression',
      labelEn: 'Freedom of opinion and expression',
      labelRu: 'Свобода мнений и их свободное выражение',
      labelKk: 'Пікір және оны еркін білдіру бостандығы',
    },
    {
      code: 'freedom-of-religion-and-belief',
      labelEn: 'Freedom of religion and belief',
      labelRu: 'Свобода религии и убеждений',
      labelKk: 'Дін және наным бостандығы',
    },
    {
      code: 'freedom-of-the-press',
      labelEn: 'Freedom of the press',
      labelRu: 'Свобода печати',
      labelKk: 'Баспасөз бостандығы',
    },
    { code: 'general', labelEn: 'General', labelRu: 'Общие вопросы', labelKk: 'Жалпы мәселелер' },
    { code: 'hiv-aids', labelEn: 'HIV - Aids', labelRu: 'ВИЧ/СПИД', labelKk: 'АИТВ/ЖИТС' },
    {
      code: 'human-rights-defenders',
      labelEn: 'Human rights defenders',
      labelRu: 'Правозащитники',
      labelKk: 'Құқық қорғаушылар',
    },
    {
      code: 'human-rights-education-and-training',
      labelEn: 'Human rights education and training',
      labelRu: 'Образование и подготовка в области прав человека',
      labelKk: 'Адам құқықтары саласындағы білім беру және оқыту',
    },
    {
      code: 'human-rights-violations-by-state-agents',
      labelEn: 'Human rights violations by state agents',
      labelRu: 'Нарушения прав человека представителями государства',
      labelKk: 'Мемлекет өкілдерінің адам құқықтарын бұзуы',
    },
    { code: 'impunity', labelEn: 'Impunity', labelRu: 'Безнаказанность', labelKk: 'Жазасыз қалу' },
    {
      code: 'indigenous-peoples',
      labelEn: 'Indigenous peoples',
      labelRu: 'Коренные народы',
      labelKk: 'Байырғы халықтар',
    },
    {
      code: 'internally-displaced-persons',
      labelEn: 'Internally displaced persons',
      labelRu: 'Внутренне перемещенные лица',
      labelKk: 'Ел ішінде қоныс аударған адамдар',
    },
    {
      code: 'international-humanitarian-law',
      labelEn: 'International humanitarian law',
      labelRu: 'Международное гуманитарное право',
      labelKk: 'Халықаралық гуманитарлық құқық',
    },
    {
      code: 'international-instruments',
      labelEn: 'International instruments',
      labelRu: 'Международные договоры',
      labelKk: 'Халықаралық шарттар',
    },
    { code: 'justice', labelEn: 'Justice', labelRu: 'Правосудие', labelKk: 'Сот төрелігі' },
    { code: 'labour', labelEn: 'Labour', labelRu: 'Трудовые права', labelKk: 'Еңбек құқықтары' },
    { code: 'migrants', labelEn: 'Migrants', labelRu: 'Мигранты', labelKk: 'Мигранттар' },
    { code: 'minorities', labelEn: 'Minorities', labelRu: 'Меньшинства', labelKk: 'Азшылықтар' },
    {
      code: 'nhri',
      labelEn: 'NHRI',
      labelRu: 'Национальные правозащитные учреждения',
      labelKk: 'Адам құқықтары жөніндегі ұлттық институттар',
    },
    {
      code: 'national-plan-of-action',
      labelEn: 'National plan of action',
      labelRu: 'Национальный план действий',
      labelKk: 'Ұлттық іс-қимыл жоспары',
    },
    { code: 'other', labelEn: 'Other', labelRu: 'Другое', labelKk: 'Басқа' },
    { code: 'poverty', labelEn: 'Poverty', labelRu: 'Нищета', labelKk: 'Кедейлік' },
    {
      code: 'public-security',
      labelEn: 'Public security',
      labelRu: 'Общественная безопасность',
      labelKk: 'Қоғамдық қауіпсіздік',
    },
    {
      code: 'racial-discrimination',
      labelEn: 'Racial discrimination',
      labelRu: 'Расовая дискриминация',
      labelKk: 'Нәсілдік кемсітушілік',
    },
    {
      code: 'right-to-education',
      labelEn: 'Right to education',
      labelRu: 'Право на образование',
      labelKk: 'Білім алуға құқық',
    },
    {
      code: 'right-to-food',
      labelEn: 'Right to food',
      labelRu: 'Право на питание',
      labelKk: 'Тамақтануға құқық',
    },
    {
      code: 'right-to-health',
      labelEn: 'Right to health',
      labelRu: 'Право на здоровье',
      labelKk: 'Денсаулықты сақтауға құқық',
    },
    {
      code: 'right-to-housing',
      labelEn: 'Right to housing',
      labelRu: 'Право на жилище',
      labelKk: 'Тұрғын үйге құқық',
    },
    { code: 'right-to-land', labelEn: 'Right to land', labelRu: 'Право на землю', labelKk: 'Жерге құқық' },
    { code: 'right-to-water', labelEn: 'Right to water', labelRu: 'Право на воду', labelKk: 'Суға құқық' },
    {
      code: 'rights-of-the-child',
      labelEn: 'Rights of the Child',
      labelRu: 'Права ребенка',
      labelKk: 'Бала құқықтары',
    },
    {
      code: 'sexual-orientation-and-gender-identity',
      labelEn: 'Sexual Orientation and Gender Identity',
      labelRu: 'Сексуальная ориентация и гендерная идентичность',
      labelKk: 'Жыныстық бағдар және гендерлік сәйкестік',
    },
    {
      code: 'special-procedures',
      labelEn: 'Special procedures',
      labelRu: 'Специальные процедуры',
      labelKk: 'Арнаулы рәсімдер',
    },
    {
      code: 'technical-assistance-and-cooperation',
      labelEn: 'Technical assistance and cooperation',
      labelRu: 'Техническая помощь и сотрудничество',
      labelKk: 'Техникалық көмек және ынтымақтастық',
    },
    {
      code: 'torture-and-other-cid-treatment',
      labelEn: 'Torture and other CID treatment',
      labelRu: 'Пытки и другие жестокие, бесчеловечные или унижающие достоинство виды обращения',
      labelKk:
        'Азаптау және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекет түрлері',
    },
    { code: 'trafficking', labelEn: 'Trafficking', labelRu: 'Торговля людьми', labelKk: 'Адам саудасы' },
    {
      code: 'treaty-bodies',
      labelEn: 'Treaty bodies',
      labelRu: 'Договорные органы',
      labelKk: 'Шарттық органдар',
    },
    { code: 'upr-process', labelEn: 'UPR process', labelRu: 'Процесс УПО', labelKk: 'ЖМШ процесі' },
    {
      code: 'womens-rights',
      labelEn: "Women's rights",
      labelRu: 'Права женщин',
      labelKk: 'Әйелдер құқықтары',
    },
  ],
};

/**
 * UHRI themes: legacy level-1 categories, the coded themes of the cycle 2-3 matrices (parent: nearest coded prefix),
 * then the renamed themes of the cycle 3-4 matrices ('T-' codes, parent chosen by us). A renamed label that keeps
 * the scope of a coded theme is an alias of it.
 */
const OHCHR_THEMES: SeedTaxonomy = {
  code: 'ohchr-theme',
  nameEn: 'Human rights themes (UHRI)',
  nameRu: 'Тематика прав человека (Универсальный индекс прав человека)',
  nameKk: 'Адам құқықтары тақырыптары (Адам құқықтарының әмбебап индексі)',
  multiple: true,
  terms: [
    {
      code: 'A',
      labelEn: 'General framework of implementation',
      labelRu: 'Общие рамки осуществления',
      labelKk: 'Іске асырудың жалпы негіздері',
    },
    {
      code: 'B',
      labelEn: 'Universal or cross-cutting issues',
      labelRu: 'Универсальные или сквозные вопросы',
      labelKk: 'Әмбебап немесе салааралық мәселелер',
    },
    {
      code: 'D',
      labelEn: 'Civil & political rights',
      labelRu: 'Гражданские и политические права',
      labelKk: 'Азаматтық және саяси құқықтар',
    },
    {
      code: 'E',
      labelEn: 'Economic, social and cultural rights',
      labelRu: 'Экономические, социальные и культурные права',
      labelKk: 'Экономикалық, әлеуметтік және мәдени құқықтар',
    },
    {
      code: 'F',
      labelEn: 'Specific persons or groups',
      labelRu: 'Отдельные лица или группы',
      labelKk: 'Жекелеген адамдар немесе топтар',
    },
    {
      code: 'G1',
      labelEn: 'Members of minorities',
      labelRu: 'Лица, принадлежащие к меньшинствам',
      labelKk: 'Азшылықтарға жататын адамдар',
    },
    {
      code: 'G2',
      labelEn: 'Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)',
      labelRu: 'Лесбиянки, геи, бисексуалы, трансгендеры и интерсекс-люди (ЛГБТИ)',
      labelKk: 'Лесбиянкалар, гейлер, бисексуалдар, трансгендерлер және интерсекс адамдар (ЛГБТИ)',
      aliases: ['Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)'],
    },
    { code: 'G3', labelEn: 'Indigenous peoples', labelRu: 'Коренные народы', labelKk: 'Байырғы халықтар' },
    { code: 'G4', labelEn: 'Migrants', labelRu: 'Мигранты', labelKk: 'Мигранттар' },
    {
      code: 'G5',
      labelEn: 'Refugees & asylum seekers',
      labelRu: 'Беженцы и просители убежища',
      labelKk: 'Босқындар мен баспана іздеушілер',
    },
    {
      code: 'G6',
      labelEn: 'Internally displaced persons',
      labelRu: 'Внутренне перемещенные лица',
      labelKk: 'Ел ішінде қоныс аударған адамдар',
    },
    {
      code: 'H1',
      labelEn: 'Human rights defenders',
      labelRu: 'Правозащитники',
      labelKk: 'Құқық қорғаушылар',
    },
    {
      code: 'A12',
      labelEn: 'Acceptance of international norms',
      labelRu: 'Принятие международных норм',
      labelKk: 'Халықаралық нормаларды қабылдау',
      parent: 'A',
      aliases: ['Ratification of & accession to international instruments'],
    },
    {
      code: 'A22',
      labelEn: 'Cooperation with treaty bodies',
      labelRu: 'Сотрудничество с договорными органами',
      labelKk: 'Шарттық органдармен ынтымақтастық',
      parent: 'A',
    },
    {
      code: 'A23',
      labelEn: 'Follow-up to treaty bodies',
      labelRu: 'Последующая деятельность в связи с договорными органами',
      labelKk: 'Шарттық органдардың ұсынымдары бойынша кейінгі іс-шаралар',
      parent: 'A',
    },
    {
      code: 'A24',
      labelEn: 'Cooperation with special procedures',
      labelRu: 'Сотрудничество со специальными процедурами',
      labelKk: 'Арнаулы рәсімдермен ынтымақтастық',
      parent: 'A',
    },
    {
      code: 'A27',
      labelEn: 'Follow-up to Universal Periodic Review (UPR)',
      labelRu: 'Последующая деятельность по итогам универсального периодического обзора (УПО)',
      labelKk: 'Жалпыға бірдей мерзімді шолудың (ЖМШ) қорытындылары бойынша кейінгі іс-шаралар',
      parent: 'A',
    },
    {
      code: 'A28',
      labelEn: 'Cooperation with other international mechanisms and institutions',
      labelRu: 'Сотрудничество с другими международными механизмами и учреждениями',
      labelKk: 'Басқа да халықаралық тетіктермен және институттармен ынтымақтастық',
      parent: 'A',
    },
    {
      code: 'A3',
      labelEn: 'Inter-State cooperation & development assistance',
      labelRu: 'Межгосударственное сотрудничество и помощь в целях развития',
      labelKk: 'Мемлекетаралық ынтымақтастық және дамуға көмек',
      parent: 'A',
      aliases: ['Inter-State cooperation & development or humanitarian assistance'],
    },
    {
      code: 'A41',
      labelEn: 'Constitutional and legislative framework',
      labelRu: 'Конституционная и законодательная база',
      labelKk: 'Конституциялық және заңнамалық негіз',
      parent: 'A',
    },
    {
      code: 'A42',
      labelEn: 'Institutions & policies - General',
      labelRu: 'Институты и политика – общие вопросы',
      labelKk: 'Институттар мен саясат – жалпы мәселелер',
      parent: 'A',
    },
    {
      code: 'A43',
      labelEn: 'Human rights policies',
      labelRu: 'Политика в области прав человека',
      labelKk: 'Адам құқықтары саласындағы саясат',
      parent: 'A',
    },
    {
      code: 'A44',
      labelEn: 'Structure of the national human rights machinery',
      labelRu: 'Структура национального правозащитного механизма',
      labelKk: 'Адам құқықтарын қорғаудың ұлттық жүйесінің құрылымы',
      parent: 'A',
    },
    {
      code: 'A45',
      labelEn: 'National Human Rights Institution (NHRI)',
      labelRu: 'Национальное правозащитное учреждение (НПУ)',
      labelKk: 'Адам құқықтары жөніндегі ұлттық институт',
      parent: 'A',
    },
    {
      code: 'A46',
      labelEn: 'National Plans of Action on Human Rights (or specific areas)',
      labelRu: 'Национальные планы действий в области прав человека (или в отдельных областях)',
      labelKk: 'Адам құқықтары саласындағы (немесе жекелеген салалардағы) ұлттық іс-қимыл жоспарлары',
      parent: 'A',
      aliases: ['National Human Rights Action Plans (or specific areas) / implementation plans'],
    },
    {
      code: 'A47',
      labelEn: 'Good governance',
      labelRu: 'Благое управление',
      labelKk: 'Тиімді басқару',
      parent: 'A',
      aliases: ['Good governance & corruption'],
    },
    {
      code: 'A5',
      labelEn: 'Human rights education, trainings and awareness raising',
      labelRu: 'Образование, подготовка и повышение осведомленности в области прав человека',
      labelKk: 'Адам құқықтары саласындағы білім беру, оқыту және хабардарлықты арттыру',
      parent: 'A',
    },
    {
      code: 'A51',
      labelEn: 'Human rights education - general',
      labelRu: 'Образование в области прав человека – общие вопросы',
      labelKk: 'Адам құқықтары саласындағы білім беру – жалпы мәселелер',
      parent: 'A5',
    },
    {
      code: 'A53',
      labelEn: 'Professional training in human rights',
      labelRu: 'Профессиональная подготовка в области прав человека',
      labelKk: 'Адам құқықтары саласындағы кәсіби даярлық',
      parent: 'A5',
    },
    {
      code: 'A54',
      labelEn: 'Awareness raising and dissemination',
      labelRu: 'Повышение осведомленности и распространение информации',
      labelKk: 'Хабардарлықты арттыру және ақпарат тарату',
      parent: 'A5',
    },
    {
      code: 'A6',
      labelEn: 'Context, statistics, budget, civil society',
      labelRu: 'Контекст, статистика, бюджет, гражданское общество',
      labelKk: 'Контекст, статистика, бюджет, азаматтық қоғам',
      parent: 'A',
    },
    {
      code: 'A61',
      labelEn: 'Cooperation with civil society',
      labelRu: 'Сотрудничество с гражданским обществом',
      labelKk: 'Азаматтық қоғаммен ынтымақтастық',
      parent: 'A6',
      aliases: [
        'Cooperation & consultation with civil society',
        'Cooperation and meaningful consultation with civil society & participation',
      ],
    },
    {
      code: 'A62',
      labelEn: 'Statistics and indicators',
      labelRu: 'Статистика и показатели',
      labelKk: 'Статистика және көрсеткіштер',
      parent: 'A6',
      aliases: ['Statistics, indicators & disaggregated data'],
    },
    {
      code: 'A63',
      labelEn: 'Budget and resources (for human rights implementation)',
      labelRu: 'Бюджет и ресурсы (для осуществления прав человека)',
      labelKk: 'Бюджет және ресурстар (адам құқықтарын іске асыру үшін)',
      parent: 'A6',
    },
    {
      code: 'B11',
      labelEn: 'International humanitarian law',
      labelRu: 'Международное гуманитарное право',
      labelKk: 'Халықаралық гуманитарлық құқық',
      parent: 'B',
      aliases: [
        'International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)',
      ],
    },
    {
      code: 'B31',
      labelEn: 'Equality & non-discrimination',
      labelRu: 'Равенство и недискриминация',
      labelKk: 'Теңдік және кемсітпеушілік',
      parent: 'B',
    },
    {
      code: 'B32',
      labelEn: 'Racial discrimination',
      labelRu: 'Расовая дискриминация',
      labelKk: 'Нәсілдік кемсітушілік',
      parent: 'B',
    },
    {
      code: 'B41',
      labelEn: 'Right to development',
      labelRu: 'Право на развитие',
      labelKk: 'Дамуға құқық',
      parent: 'B',
    },
    {
      code: 'B51',
      labelEn: 'Right to an effective remedy',
      labelRu: 'Право на эффективное средство правовой защиты',
      labelKk: 'Құқықты қорғаудың тиімді құралына құқық',
      parent: 'B',
      aliases: ['Right to effective remedy & reparations', 'Access to justice & remedy'],
    },
    {
      code: 'B52',
      labelEn: 'Impunity',
      labelRu: 'Безнаказанность',
      labelKk: 'Жазасыз қалу',
      parent: 'B',
      aliases: ['Impunity & transparency', 'Rule of law & impunity'],
    },
    {
      code: 'B53',
      labelEn: 'Support to victims and witnesses',
      labelRu: 'Поддержка жертв и свидетелей',
      labelKk: 'Жәбірленушілер мен куәларды қолдау',
      parent: 'B',
    },
    {
      code: 'B6',
      labelEn: 'Business & Human Rights',
      labelRu: 'Бизнес и права человека',
      labelKk: 'Бизнес және адам құқықтары',
      parent: 'B',
    },
    {
      code: 'B71',
      labelEn: 'Human rights and the environment',
      labelRu: 'Права человека и окружающая среда',
      labelKk: 'Адам құқықтары және қоршаған орта',
      parent: 'B',
    },
    {
      code: 'B73',
      labelEn: 'Human rights and climate change',
      labelRu: 'Права человека и изменение климата',
      labelKk: 'Адам құқықтары және климаттың өзгеруі',
      parent: 'B',
    },
    {
      code: 'B8',
      labelEn: 'Human rights & counter-terrorism',
      labelRu: 'Права человека и борьба с терроризмом',
      labelKk: 'Адам құқықтары және терроризмге қарсы күрес',
      parent: 'B',
    },
    {
      code: 'D1',
      labelEn: 'Civil & political rights - general measures of implementation',
      labelRu: 'Гражданские и политические права – общие меры по осуществлению',
      labelKk: 'Азаматтық және саяси құқықтар – іске асырудың жалпы шаралары',
      parent: 'D',
    },
    {
      code: 'D21',
      labelEn: 'Right to life',
      labelRu: 'Право на жизнь',
      labelKk: 'Өмір сүру құқығы',
      parent: 'D',
    },
    { code: 'D23', labelEn: 'Death penalty', labelRu: 'Смертная казнь', labelKk: 'Өлім жазасы', parent: 'D' },
    {
      code: 'D25',
      labelEn: 'Prohibition of torture and cruel, inhuman or degrading treatment',
      labelRu: 'Запрещение пыток и жестокого, бесчеловечного или унижающего достоинство обращения',
      labelKk:
        'Азаптауға және қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекетке тыйым салу',
      parent: 'D',
    },
    {
      code: 'D26',
      labelEn: 'Conditions of detention',
      labelRu: 'Условия содержания под стражей',
      labelKk: 'Қамауда ұстау жағдайлары',
      parent: 'D',
    },
    {
      code: 'D27',
      labelEn: 'Prohibition of slavery, trafficking',
      labelRu: 'Запрещение рабства, торговля людьми',
      labelKk: 'Құлдыққа тыйым салу, адам саудасы',
      parent: 'D',
      aliases: ['Human trafficking & contemporary forms of slavery'],
    },
    {
      code: 'D29',
      labelEn: 'Domestic violence',
      labelRu: 'Насилие в семье',
      labelKk: 'Тұрмыстық зорлық-зомбылық',
      parent: 'D',
    },
    {
      code: 'D31',
      labelEn: 'Liberty and security - general',
      labelRu: 'Свобода и личная неприкосновенность – общие вопросы',
      labelKk: 'Бостандық және жеке басқа қол сұғылмаушылық – жалпы мәселелер',
      parent: 'D',
      aliases: ['Liberty & security of the person'],
    },
    {
      code: 'D32',
      labelEn: 'Enforced disappearances',
      labelRu: 'Насильственные исчезновения',
      labelKk: 'Күштеп жоғалту',
      parent: 'D',
    },
    {
      code: 'D33',
      labelEn: 'Arbitrary arrest and detention',
      labelRu: 'Произвольные арест и задержание',
      labelKk: 'Негізсіз қамауға алу және ұстау',
      parent: 'D',
    },
    {
      code: 'D41',
      labelEn: 'Freedom of movement',
      labelRu: 'Свобода передвижения',
      labelKk: 'Жүріп-тұру бостандығы',
      parent: 'D',
    },
    {
      code: 'D42',
      labelEn: 'Freedom of thought, conscience and religion',
      labelRu: 'Свобода мысли, совести и религии',
      labelKk: 'Ой, ар-ождан және дін бостандығы',
      parent: 'D',
    },
    {
      code: 'D43',
      labelEn: 'Freedom of opinion and expression',
      labelRu: 'Свобода мнений и их свободное выражение',
      labelKk: 'Пікір және оны еркін білдіру бостандығы',
      parent: 'D',
      aliases: [
        'Freedom of opinion & expression & right to information',
        'Freedom of opinion and expression & access to information',
      ],
    },
    {
      code: 'D44',
      labelEn: 'Right to peaceful assembly',
      labelRu: 'Право на мирные собрания',
      labelKk: 'Бейбіт жиналыстар өткізу құқығы',
      parent: 'D',
    },
    {
      code: 'D45',
      labelEn: 'Freedom of association',
      labelRu: 'Свобода ассоциации',
      labelKk: 'Бірлестіктер бостандығы',
      parent: 'D',
    },
    {
      code: 'D46',
      labelEn: 'Right to private life, privacy',
      labelRu: 'Право на частную жизнь, неприкосновенность частной жизни',
      labelKk: 'Жеке өмірге құқық, жеке өмірге қол сұғылмаушылық',
      parent: 'D',
    },
    {
      code: 'D51',
      labelEn: 'Administration of justice & fair trial',
      labelRu: 'Отправление правосудия и справедливое судебное разбирательство',
      labelKk: 'Сот төрелігін іске асыру және әділ сот талқылауы',
      parent: 'D',
    },
    {
      code: 'D6',
      labelEn: 'Rights related to name, identity, nationality',
      labelRu: 'Права, связанные с именем, идентичностью, гражданством',
      labelKk: 'Есімге, сәйкестікке, азаматтыққа байланысты құқықтар',
      parent: 'D',
      aliases: ['Rights related to name, identity & nationality'],
    },
    {
      code: 'D7',
      labelEn: 'Right to participation in public affairs and right to vote',
      labelRu: 'Право на участие в ведении государственных дел и право голоса',
      labelKk: 'Мемлекет істерін басқаруға қатысу құқығы және дауыс беру құқығы',
      parent: 'D',
      aliases: ['Right to participate in public affairs & right to vote'],
    },
    {
      code: 'D8',
      labelEn: 'Rights related to marriage & family',
      labelRu: 'Права, связанные с браком и семьей',
      labelKk: 'Неке мен отбасына байланысты құқықтар',
      parent: 'D',
    },
    {
      code: 'E1',
      labelEn: 'Economic, social & cultural rights - general measures of implementation',
      labelRu: 'Экономические, социальные и культурные права – общие меры по осуществлению',
      labelKk: 'Экономикалық, әлеуметтік және мәдени құқықтар – іске асырудың жалпы шаралары',
      parent: 'E',
    },
    {
      code: 'E21',
      labelEn: 'Right to an adequate standard of living - general',
      labelRu: 'Право на достаточный жизненный уровень – общие вопросы',
      labelKk: 'Тиісті өмір сүру деңгейіне құқық – жалпы мәселелер',
      parent: 'E',
      aliases: ['Right to an adequate standard of living'],
    },
    {
      code: 'E22',
      labelEn: 'Right to food',
      labelRu: 'Право на питание',
      labelKk: 'Тамақтануға құқық',
      parent: 'E',
    },
    {
      code: 'E23',
      labelEn: 'Right to adequate housing',
      labelRu: 'Право на достаточное жилище',
      labelKk: 'Тиісті тұрғын үйге құқық',
      parent: 'E',
    },
    {
      code: 'E24',
      labelEn: 'Right to social security',
      labelRu: 'Право на социальное обеспечение',
      labelKk: 'Әлеуметтік қамсыздандыруға құқық',
      parent: 'E',
    },
    {
      code: 'E25',
      labelEn: 'Human rights & poverty',
      labelRu: 'Права человека и нищета',
      labelKk: 'Адам құқықтары және кедейлік',
      parent: 'E',
    },
    {
      code: 'E26',
      labelEn: 'Human Rights & drinking water and sanitation',
      labelRu: 'Права человека, питьевая вода и санитария',
      labelKk: 'Адам құқықтары, ауыз су және санитария',
      parent: 'E',
      aliases: ['Safe drinking water & sanitation'],
    },
    {
      code: 'E31',
      labelEn: 'Right to work',
      labelRu: 'Право на труд',
      labelKk: 'Еңбек ету құқығы',
      parent: 'E',
    },
    {
      code: 'E32',
      labelEn: 'Right to just and favourable conditions of work',
      labelRu: 'Право на справедливые и благоприятные условия труда',
      labelKk: 'Әділ және қолайлы еңбек жағдайларына құқық',
      parent: 'E',
    },
    {
      code: 'E33',
      labelEn: 'Trade union rights',
      labelRu: 'Профсоюзные права',
      labelKk: 'Кәсіподақ құқықтары',
      parent: 'E',
    },
    {
      code: 'E41',
      labelEn: 'Right to health - General',
      labelRu: 'Право на здоровье – общие вопросы',
      labelKk: 'Денсаулықты сақтауға құқық – жалпы мәселелер',
      parent: 'E',
      aliases: ['Right to health'],
    },
    {
      code: 'E44',
      labelEn: 'Health awareness raising, access to information',
      labelRu: 'Повышение осведомленности в вопросах здоровья, доступ к информации',
      labelKk: 'Денсаулық мәселелері бойынша хабардарлықты арттыру, ақпаратқа қол жеткізу',
      parent: 'E',
    },
    {
      code: 'E51',
      labelEn: 'Right to education - General',
      labelRu: 'Право на образование – общие вопросы',
      labelKk: 'Білім алуға құқық – жалпы мәселелер',
      parent: 'E',
      aliases: ['Right to education'],
    },
    {
      code: 'E54',
      labelEn: 'Technical and vocational education',
      labelRu: 'Техническое и профессиональное образование',
      labelKk: 'Техникалық және кәсіптік білім беру',
      parent: 'E',
    },
    {
      code: 'E7',
      labelEn: 'Cultural rights',
      labelRu: 'Культурные права',
      labelKk: 'Мәдени құқықтар',
      parent: 'E',
    },
    {
      code: 'F11',
      labelEn: 'Advancement of women',
      labelRu: 'Улучшение положения женщин',
      labelKk: 'Әйелдердің жағдайын жақсарту',
      parent: 'F',
    },
    {
      code: 'F12',
      labelEn: 'Discrimination against women',
      labelRu: 'Дискриминация в отношении женщин',
      labelKk: 'Әйелдерге қатысты кемсітушілік',
      parent: 'F',
    },
    {
      code: 'F13',
      labelEn: 'Violence against women',
      labelRu: 'Насилие в отношении женщин',
      labelKk: 'Әйелдерге қатысты зорлық-зомбылық',
      parent: 'F',
    },
    {
      code: 'F14',
      labelEn: 'Participation of women in political and public life',
      labelRu: 'Участие женщин в политической и общественной жизни',
      labelKk: 'Әйелдердің саяси және қоғамдық өмірге қатысуы',
      parent: 'F',
    },
    { code: 'F19', labelEn: 'Girls', labelRu: 'Девочки', labelKk: 'Қыз балалар', parent: 'F' },
    {
      code: 'F31',
      labelEn: 'Children: definition; general principles; protection',
      labelRu: 'Дети: определение; общие принципы; защита',
      labelKk: 'Балалар: анықтама; жалпы қағидаттар; қорғау',
      parent: 'F',
    },
    {
      code: 'F32',
      labelEn: 'Children: family environment and alternative care',
      labelRu: 'Дети: семейное окружение и альтернативный уход',
      labelKk: 'Балалар: отбасылық орта және баламалы күтім',
      parent: 'F',
    },
    {
      code: 'F33',
      labelEn: 'Children: protection against exploitation',
      labelRu: 'Дети: защита от эксплуатации',
      labelKk: 'Балалар: қанаудан қорғау',
      parent: 'F',
    },
    {
      code: 'F34',
      labelEn: 'Children: Juvenile justice',
      labelRu: 'Дети: правосудие в отношении несовершеннолетних',
      labelKk: 'Балалар: кәмелетке толмағандарға қатысты сот төрелігі',
      parent: 'F',
    },
    {
      code: 'F4',
      labelEn: 'Persons with disabilities',
      labelRu: 'Лица с инвалидностью',
      labelKk: 'Мүгедектігі бар адамдар',
      parent: 'F',
    },
    {
      code: 'F41',
      labelEn: 'Persons with disabilities: definition, general principles',
      labelRu: 'Лица с инвалидностью: определение, общие принципы',
      labelKk: 'Мүгедектігі бар адамдар: анықтама, жалпы қағидаттар',
      parent: 'F4',
    },
    {
      code: 'F42',
      labelEn: 'Persons with disabilities: accessibility, mobility',
      labelRu: 'Лица с инвалидностью: доступность, мобильность',
      labelKk: 'Мүгедектігі бар адамдар: қолжетімділік, жүріп-тұру мүмкіндігі',
      parent: 'F4',
    },
    {
      code: 'F44',
      labelEn: 'Persons with disabilities: protecting the integrity of the person',
      labelRu: 'Лица с инвалидностью: защита личной целостности',
      labelKk: 'Мүгедектігі бар адамдар: жеке басының тұтастығын қорғау',
      parent: 'F4',
    },
    {
      code: 'F45',
      labelEn: 'Persons with disabilities: independence, inclusion',
      labelRu: 'Лица с инвалидностью: самостоятельность, инклюзия',
      labelKk: 'Мүгедектігі бар адамдар: дербестік, инклюзия',
      parent: 'F4',
    },
    { code: 'G9', labelEn: 'Older persons', labelRu: 'Пожилые люди', labelKk: 'Егде жастағы адамдар' },
    {
      code: 'H3',
      labelEn: 'Persons living with HIV/AIDS',
      labelRu: 'Люди, живущие с ВИЧ/СПИДом',
      labelKk: 'АИТВ/ЖИТС-пен өмір сүретін адамдар',
    },
    {
      code: 'H4',
      labelEn: 'Persons living in rural areas',
      labelRu: 'Лица, проживающие в сельской местности',
      labelKk: 'Ауылдық жерлерде тұратын адамдар',
    },
    {
      code: 'T-2030-agenda-and-other-voluntary-commitments',
      labelEn: '2030 Agenda & other voluntary commitments',
      labelRu: 'Повестка дня на период до 2030 года и другие добровольные обязательства',
      labelKk: '2030 жылға дейінгі кезеңге арналған күн тәртібі және басқа да ерікті міндеттемелер',
      parent: 'A',
    },
    {
      code: 'T-scope-of-international-obligations',
      labelEn: 'Scope of international obligations',
      labelRu: 'Сфера охвата международных обязательств',
      labelKk: 'Халықаралық міндеттемелердің аясы',
      parent: 'A',
    },
    {
      code: 'T-cooperation-and-follow-up-with-treaty-bodies',
      labelEn: 'Cooperation & Follow up with Treaty Bodies',
      labelRu: 'Сотрудничество с договорными органами и последующая деятельность',
      labelKk: 'Шарттық органдармен ынтымақтастық және кейінгі іс-шаралар',
      parent: 'A',
    },
    {
      code: 'T-cooperation-with-human-rights-mechanisms-and-requests-for-technical-assistance',
      labelEn: 'Cooperation with human rights mechanisms & requests for technical assistance',
      labelRu: 'Сотрудничество с правозащитными механизмами и запросы о технической помощи',
      labelKk: 'Адам құқықтары жөніндегі тетіктермен ынтымақтастық және техникалық көмек сұрау',
      parent: 'A',
    },
    {
      code: 'T-legal-institutional-and-policy-framework',
      labelEn: 'Legal, institutional & policy framework',
      labelRu: 'Правовая, институциональная и политическая база',
      labelKk: 'Құқықтық, институционалдық және саяси негіз',
      parent: 'A',
    },
    {
      code: 'T-legal-and-institutional-reform',
      labelEn: 'Legal & institutional reform',
      labelRu: 'Правовая и институциональная реформа',
      labelKk: 'Құқықтық және институционалдық реформа',
      parent: 'A',
    },
    {
      code: 'T-national-mechanisms-for-implementation-reporting-and-follow-up-nmirf',
      labelEn: 'National Mechanisms for Implementation, Reporting and Follow-up (NMIRF)',
      labelRu: 'Национальные механизмы осуществления, представления докладов и последующей деятельности',
      labelKk: 'Іске асыру, есеп беру және кейінгі іс-шаралар жөніндегі ұлттық тетіктер',
      parent: 'A',
    },
    {
      code: 'T-data-collection-and-research',
      labelEn: 'Data collection & research',
      labelRu: 'Сбор данных и исследования',
      labelKk: 'Деректер жинау және зерттеу',
      parent: 'A6',
    },
    {
      code: 'T-right-to-self-determination',
      labelEn: 'Right to self-determination',
      labelRu: 'Право на самоопределение',
      labelKk: 'Өзін-өзі билеу құқығы',
      parent: 'B',
    },
    {
      code: 'T-unilateral-coercive-measures',
      labelEn: 'Unilateral coercive measures',
      labelRu: 'Односторонние принудительные меры',
      labelKk: 'Біржақты мәжбүрлеу шаралары',
      parent: 'B',
    },
    {
      code: 'T-right-to-physical-and-moral-integrity',
      labelEn: 'Right to physical & moral integrity',
      labelRu: 'Право на физическую и моральную неприкосновенность',
      labelKk: 'Дене және моральдық тұтастыққа құқық',
      parent: 'D',
    },
    {
      code: 'T-labour-rights-and-right-to-work',
      labelEn: 'Labour rights and right to work',
      labelRu: 'Трудовые права и право на труд',
      labelKk: 'Еңбек құқықтары және еңбек ету құқығы',
      parent: 'E',
      aliases: ['Right to work and to just & favorable conditions of work & labour rights'],
    },
    {
      code: 'T-sexual-and-reproductive-health-and-rights',
      labelEn: 'Sexual & reproductive health and rights',
      labelRu: 'Сексуальное и репродуктивное здоровье и права',
      labelKk: 'Жыныстық және репродуктивтік денсаулық және құқықтар',
      parent: 'E',
      aliases: ['Access to sexual & reproductive health & services'],
    },
    {
      code: 'T-sexual-and-gender-based-violence',
      labelEn: 'Sexual & gender-based violence',
      labelRu: 'Сексуальное и гендерное насилие',
      labelKk: 'Жыныстық және гендерлік зорлық-зомбылық',
      parent: 'F',
      aliases: ['Sexual & other forms of gender-based violence'],
    },
    {
      code: 'T-persons-with-disabilities-protection-against-exploitation-violence-and-abuse',
      labelEn: 'Persons with disabilities: protection against exploitation, violence & abuse',
      labelRu: 'Лица с инвалидностью: защита от эксплуатации, насилия и надругательства',
      labelKk: 'Мүгедектігі бар адамдар: қанаудан, зорлық-зомбылықтан және қиянаттан қорғау',
      parent: 'F4',
    },
    {
      code: 'T-persons-with-disabilities-protection-and-safety-in-situations-of-risk',
      labelEn: 'Persons with disabilities: protection and safety in situations of risk',
      labelRu: 'Лица с инвалидностью: защита и безопасность в ситуациях риска',
      labelKk: 'Мүгедектігі бар адамдар: қатерлі жағдайларда қорғау және қауіпсіздік',
      parent: 'F4',
    },
  ],
};

/** UHRI affected persons: the 36 legacy groups (IMPACT OSS seeds, MIT), then the groups renamed or added in later matrices. */
const AFFECTED_PERSONS: SeedTaxonomy = {
  code: 'affected-persons',
  nameEn: 'Affected persons / groups of persons',
  nameRu: 'Затрагиваемые лица / группы лиц',
  nameKk: 'Қатысты адамдар / адамдар топтары',
  multiple: true,
  terms: [
    { code: 'children', labelEn: 'Children', labelRu: 'Дети', labelKk: 'Балалар' },
    {
      code: 'children-in-street-situations',
      labelEn: 'Children in street situations',
      labelRu: 'Дети в уличной ситуации',
      labelKk: 'Көше жағдайындағы балалар',
    },
    {
      code: 'disappeared-persons',
      labelEn: 'Disappeared persons',
      labelRu: 'Исчезнувшие лица',
      labelKk: 'Хабар-ошарсыз жоғалған адамдар',
    },
    {
      code: 'educational-staff',
      labelEn: 'Educational staff',
      labelRu: 'Работники образования',
      labelKk: 'Білім беру қызметкерлері',
    },
    { code: 'general', labelEn: 'General', labelRu: 'Общие', labelKk: 'Жалпы' },
    { code: 'girls', labelEn: 'Girls', labelRu: 'Девочки', labelKk: 'Қыз балалар' },
    {
      code: 'human-rights-defenders',
      labelEn: 'Human rights defenders',
      labelRu: 'Правозащитники',
      labelKk: 'Құқық қорғаушылар',
    },
    {
      code: 'indigenous-peoples',
      labelEn: 'Indigenous peoples',
      labelRu: 'Коренные народы',
      labelKk: 'Байырғы халықтар',
    },
    {
      code: 'internally-displaced-persons',
      labelEn: 'Internally displaced persons',
      labelRu: 'Внутренне перемещенные лица',
      labelKk: 'Ел ішінде қоныс аударған адамдар',
    },
    {
      code: 'judges-lawyers-and-prosecutors',
      labelEn: 'Judges, lawyers and prosecutors',
      labelRu: 'Судьи, адвокаты и прокуроры',
      labelKk: 'Судьялар, адвокаттар және прокурорлар',
    },
    {
      code: 'law-enforcement-police-officials',
      labelEn: 'Law enforcement / police officials',
      labelRu: 'Сотрудники правоохранительных органов / полиции',
      labelKk: 'Құқық қорғау органдарының / полицияның қызметкерлері',
    },
    {
      code: 'lesbian-gay-bisexual-and-transgender-and-intersex-persons-lgbti',
      labelEn: 'Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)',
      labelRu: 'Лесбиянки, геи, бисексуалы, трансгендеры и интерсекс-люди (ЛГБТИ)',
      labelKk: 'Лесбиянкалар, гейлер, бисексуалдар, трансгендерлер және интерсекс адамдар (ЛГБТИ)',
      aliases: ['Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)'],
    },
    {
      code: 'media',
      labelEn: 'Media',
      labelRu: 'Средства массовой информации',
      labelKk: 'Бұқаралық ақпарат құралдары',
    },
    {
      code: 'medical-staff',
      labelEn: 'Medical staff',
      labelRu: 'Медицинский персонал',
      labelKk: 'Медицина қызметкерлері',
      aliases: ['Medical staff / health professionals'],
    },
    { code: 'mercenaries', labelEn: 'Mercenaries', labelRu: 'Наемники', labelKk: 'Жалдамалылар' },
    { code: 'migrants', labelEn: 'Migrants', labelRu: 'Мигранты', labelKk: 'Мигранттар' },
    {
      code: 'military-staff',
      labelEn: 'Military staff',
      labelRu: 'Военнослужащие',
      labelKk: 'Әскери қызметшілер',
    },
    {
      code: 'minorities-racial-ethnic-linguistic-religious-or-descent-based-groups',
      labelEn: 'Minorities / racial, ethnic, linguistic, religious or descent-based groups',
      labelRu:
        'Меньшинства / расовые, этнические, языковые, религиозные группы или группы по признаку происхождения',
      labelKk: 'Азшылықтар / нәсілдік, этникалық, тілдік, діни немесе шығу тегіне негізделген топтар',
    },
    { code: 'non-citizens', labelEn: 'Non-citizens', labelRu: 'Неграждане', labelKk: 'Азамат емес адамдар' },
    {
      code: 'older-persons',
      labelEn: 'Older persons',
      labelRu: 'Пожилые люди',
      labelKk: 'Егде жастағы адамдар',
    },
    {
      code: 'persons-affected-by-armed-conflict',
      labelEn: 'Persons affected by armed conflict',
      labelRu: 'Лица, затронутые вооруженным конфликтом',
      labelKk: 'Қарулы қақтығыстан зардап шеккен адамдар',
    },
    {
      code: 'persons-deprived-of-their-liberty',
      labelEn: 'Persons deprived of their liberty',
      labelRu: 'Лица, лишенные свободы',
      labelKk: 'Бас бостандығынан айырылған адамдар',
      aliases: ['Persons deprived of their liberty & detainees'],
    },
    {
      code: 'persons-living-in-poverty',
      labelEn: 'Persons living in poverty',
      labelRu: 'Лица, живущие в нищете',
      labelKk: 'Кедейлікте өмір сүретін адамдар',
    },
    {
      code: 'persons-living-in-rural-areas',
      labelEn: 'Persons living in rural areas',
      labelRu: 'Лица, проживающие в сельской местности',
      labelKk: 'Ауылдық жерлерде тұратын адамдар',
    },
    {
      code: 'persons-living-with-hiv-aids',
      labelEn: 'Persons living with HIV/AIDS',
      labelRu: 'Люди, живущие с ВИЧ/СПИДом',
      labelKk: 'АИТВ/ЖИТС-пен өмір сүретін адамдар',
    },
    {
      code: 'persons-with-disabilities',
      labelEn: 'Persons with disabilities',
      labelRu: 'Лица с инвалидностью',
      labelKk: 'Мүгедектігі бар адамдар',
    },
    {
      code: 'prison-officials',
      labelEn: 'Prison officials',
      labelRu: 'Сотрудники пенитенциарных учреждений',
      labelKk: 'Қылмыстық-атқару жүйесінің қызметкерлері',
    },
    {
      code: 'private-security',
      labelEn: 'Private security',
      labelRu: 'Частные охранные службы',
      labelKk: 'Жеке күзет қызметтері',
    },
    {
      code: 'public-officials',
      labelEn: 'Public officials',
      labelRu: 'Государственные должностные лица',
      labelKk: 'Мемлекеттік лауазымды адамдар',
    },
    {
      code: 'refugees-and-asylum-seekers',
      labelEn: 'Refugees & asylum seekers',
      labelRu: 'Беженцы и просители убежища',
      labelKk: 'Босқындар мен баспана іздеушілер',
    },
    { code: 'rural-women', labelEn: 'Rural women', labelRu: 'Сельские женщины', labelKk: 'Ауыл әйелдері' },
    {
      code: 'social-workers',
      labelEn: 'Social workers',
      labelRu: 'Социальные работники',
      labelKk: 'Әлеуметтік қызметкерлер',
    },
    {
      code: 'stateless-persons',
      labelEn: 'Stateless persons',
      labelRu: 'Лица без гражданства',
      labelKk: 'Азаматтығы жоқ адамдар',
    },
    {
      code: 'vulnerable-persons-groups',
      labelEn: 'Vulnerable persons/groups',
      labelRu: 'Уязвимые лица / группы',
      labelKk: 'Осал адамдар / топтар',
    },
    { code: 'women', labelEn: 'Women', labelRu: 'Женщины', labelKk: 'Әйелдер' },
    { code: 'youth', labelEn: 'Youth', labelRu: 'Молодежь', labelKk: 'Жастар' },
    {
      code: 'women-and-girls',
      labelEn: 'Women & girls',
      labelRu: 'Женщины и девочки',
      labelKk: 'Әйелдер мен қыз балалар',
    },
    {
      code: 'youth-and-juveniles',
      labelEn: 'Youth & juveniles',
      labelRu: 'Молодежь и несовершеннолетние',
      labelKk: 'Жастар және кәмелетке толмағандар',
    },
    {
      code: 'children-in-vulnerable-situations-abused-living-on-the-street-institutionalized-indigenous-migrant-children-etc',
      labelEn:
        'Children in vulnerable situations (abused, living on the street, institutionalized, indigenous, migrant children etc.)',
      labelRu:
        'Дети в уязвимом положении (пострадавшие от жестокого обращения, живущие на улице, находящиеся в учреждениях, дети коренных народов, дети-мигранты и т. д.)',
      labelKk:
        'Осал жағдайдағы балалар (қатыгездік көрген, көшеде тұратын, мекемелерде тәрбиеленетін балалар, байырғы халықтардың балалары, мигрант балалар және т.б.)',
    },
    {
      code: 'educational-staff-and-students',
      labelEn: 'Educational staff & students',
      labelRu: 'Работники образования и учащиеся',
      labelKk: 'Білім беру қызметкерлері және білім алушылар',
    },
    {
      code: 'law-enforcement-police-and-prison-officials',
      labelEn: 'Law enforcement / police & prison officials',
      labelRu: 'Сотрудники правоохранительных органов / полиции и пенитенциарных учреждений',
      labelKk: 'Құқық қорғау органдарының / полицияның және қылмыстық-атқару жүйесінің қызметкерлері',
    },
    {
      code: 'migrants-and-domestic-workers',
      labelEn: 'Migrants & domestic workers',
      labelRu: 'Мигранты и домашние работники',
      labelKk: 'Мигранттар және үй жұмыскерлері',
    },
    {
      code: 'roma-gypsies-sinti-and-travellers',
      labelEn: 'Roma, Gypsies, Sinti & Travellers',
      labelRu: 'Рома, цыгане, синти и тревеллеры',
      labelKk: 'Ромалар, сығандар, синтилер және тревеллерлер',
    },
    {
      code: 'civil-society',
      labelEn: 'Civil society',
      labelRu: 'Гражданское общество',
      labelKk: 'Азаматтық қоғам',
    },
  ],
};

// SDG labels: open-sdg/sdg-translations, MIT
/** Short goal names; aliases are the matrices' labels (`16 - PEACE, ...`, legacy UHRI `S16 SDG 16 - ...`). */
const SDG_GOALS: SeedTerm[] = [
  {
    code: '1',
    labelEn: 'No poverty',
    labelRu: 'Ликвидация нищеты',
    labelKk: 'Кедейлікті жою',
    aliases: ['1 - No poverty', 'SDG 1 - poverty'],
  },
  {
    code: '2',
    labelEn: 'Zero hunger',
    labelRu: 'Ликвидация голода',
    labelKk: 'Аштықты жою',
    aliases: ['2 - Zero hunger', 'SDG 2 - hunger and food security'],
  },
  {
    code: '3',
    labelEn: 'Good health and well-being',
    labelRu: 'Хорошее здоровье и благополучие',
    labelKk: 'Денсаулық пен амандық',
    aliases: ['3 - Good health and well-being', 'SDG 3 - health'],
  },
  {
    code: '4',
    labelEn: 'Quality education',
    labelRu: 'Качественное образование',
    labelKk: 'Сапалы білім беру',
    aliases: ['4 - Quality education', 'SDG 4 - education'],
  },
  {
    code: '5',
    labelEn: 'Gender equality',
    labelRu: 'Гендерное равенство',
    labelKk: 'Гендерлік теңдік',
    aliases: ['5 - Gender equality', "SDG 5 - gender equality and women's empowerment"],
  },
  {
    code: '6',
    labelEn: 'Clean water and sanitation',
    labelRu: 'Чистая вода и санитария',
    labelKk: 'Таза су мен санитария',
    aliases: ['6 - Clean water and sanitation', 'SDG 6 - water and sanitation'],
  },
  {
    code: '7',
    labelEn: 'Affordable and clean energy',
    labelRu: 'Недорогостоящая и чистая энергия',
    labelKk: 'Қолжетімді әрі таза энергия',
    aliases: ['7 - Affordable and clean energy'],
  },
  {
    code: '8',
    labelEn: 'Decent work and economic growth',
    labelRu: 'Достойная работа и экономический рост',
    labelKk: 'Лайықты жұмыс пен экономикалық өсу',
    aliases: ['8 - Decent work and economic growth', 'SDG 8 - economic growth, employment, decent work'],
  },
  {
    code: '9',
    labelEn: 'Industry, innovation and infrastructure',
    labelRu: 'Индустриализация, инновации и инфраструктура',
    labelKk: 'Индустриализация, инновациялар мен инфрақұрылым',
    aliases: ['9 - Industry, innovation and infrastructure'],
  },
  {
    code: '10',
    labelEn: 'Reduced inequalities',
    labelRu: 'Уменьшение неравенства',
    labelKk: 'Теңсіздікті қысқарту',
    aliases: ['10 - Reduced inequalities'],
  },
  {
    code: '11',
    labelEn: 'Sustainable cities and communities',
    labelRu: 'Устойчивые города и населенные пункты',
    labelKk: 'Тұрақты қалалар мен елді мекендер',
    aliases: ['11 - Sustainable cities and communities'],
  },
  {
    code: '12',
    labelEn: 'Responsible consumption and production',
    labelRu: 'Ответственное потребление и производство',
    labelKk: 'Жауапты тұтыну мен өндіру',
    aliases: ['12 - Responsible consumption and production'],
  },
  {
    code: '13',
    labelEn: 'Climate action',
    labelRu: 'Борьба с изменением климата',
    labelKk: 'Климаттың өзгеруіне қарсы күрес',
    aliases: ['13 - Climate action', 'SDG 13 - climate change'],
  },
  {
    code: '14',
    labelEn: 'Life below water',
    labelRu: 'Сохранение морских экосистем',
    labelKk: 'Мұхит экожүйелерін қорғау',
    aliases: ['14 - Life below water', 'SDG 14 - oceans'],
  },
  {
    code: '15',
    labelEn: 'Life on land',
    labelRu: 'Сохранение экосистем суши',
    labelKk: 'Құрлық экожүйелерін қорғау',
    aliases: ['15 - Life on land', 'SDG 15 - biodiversity, forests, desertification'],
  },
  {
    code: '16',
    labelEn: 'Peace, justice and strong institutions',
    labelRu: 'Мир, правосудие и эффективные институты',
    labelKk: 'Бейбітшілік, сот әділдігі мен мықты институттар',
    aliases: [
      '16 - Peace, justice and strong institutions',
      'SDG 16 - peace, justice and strong institutions',
    ],
  },
  {
    code: '17',
    labelEn: 'Partnerships for the goals',
    labelRu: 'Партнерство в интересах устойчивого развития',
    labelKk: 'Тұрақты даму мүдделеріндегі әріптестіктер',
    aliases: ['17 - Partnerships for the goals', 'SDG 17 - partnerships'],
  },
];

/** The 169 targets, full text. */
const SDG_TARGETS: SeedTerm[] = [
  {
    code: '1.1',
    labelEn:
      'By 2030, eradicate extreme poverty for all people everywhere, currently measured as people living on less than $1.25 a day',
    labelRu:
      'К 2030 году ликвидировать крайнюю нищету для всех людей во всем мире (в настоящее время крайняя нищета определяется как проживание на сумму менее чем 1,25 долл. США в день)',
    labelKk:
      '2030 жылға дейін бүкіл әлемдегі барша адамзат үшін кедейлікті жою (қазіргі таңда ақырғы кедейлік күніне 1.25 АҚШ долларымен күн көру ретінде анықталады)',
    parent: '1',
  },
  {
    code: '1.2',
    labelEn:
      'By 2030, reduce at least by half the proportion of men, women and children of all ages living in poverty in all its dimensions according to national definitions',
    labelRu:
      'К 2030 году сократить долю мужчин, женщин и детей всех возрастов, живущих в нищете во всех ее проявлениях, согласно национальным определениям, по крайней мере наполовину',
    labelKk:
      '2030 жылға дейін ұлттық анықтамаларға сәйкес кедейліктің барлық көріністерінде өмір сүріп жатқан еркектер, әйелдер және барлық жастағы балалардың үлесінің кем дегенде жартысын азайту',
    parent: '1',
  },
  {
    code: '1.3',
    labelEn:
      'Implement nationally appropriate social protection systems and measures for all, including floors, and by 2030 achieve substantial coverage of the poor and the vulnerable',
    labelRu:
      'Внедрить на национальном уровне надлежащие системы и меры социальной защиты для всех, включая установление минимальных уровней, и к 2030 году достичь существенного охвата бедных и уязвимых слоев населения',
    labelKk:
      'Барлығына арналған тиісті әлеуметтік қорғау жүйелері мен шараларын ең төменгі деңгейлерді белгілеуді қоса есептеп енгізу және 2030 жылға дейін халықтың кедей әрі осал жігін анағұрлым кең қамту',
    parent: '1',
  },
  {
    code: '1.4',
    labelEn:
      'By 2030, ensure that all men and women, in particular the poor and the vulnerable, have equal rights to economic resources, as well as access to basic services, ownership and control over land and other forms of property, inheritance, natural resources, appropriate new technology and financial services, including microfinance',
    labelRu:
      'К 2030 году обеспечить, чтобы все мужчины и женщины, особенно малоимущие и уязвимые, имели равные права на экономические ресурсы, а также доступ к базовым услугам, владению и распоряжению землей и другими формами собственности, наследуемому имуществу, природным ресурсам, соответствующим новым технологиям и финансовым услугам, включая микрофинансирование',
    labelKk:
      '2030 жылға дейін барлық еркектер мен әйелдерді, әсіресе табысы аз және осалдарын экономикалық ресурстарға бірдей құқықпен, сондай-ақ негізді қызметтерге, жерді және меншіктік басқа да нысандарын иеленуге және басқаруға, мұраға қалатын мүлікке, шағын қаржыландыруды қоса есептегенде жаңа технологиялар мен қаржы қызметтеріне сәйкес табиғи ресурстарға бірдей қолжетімділікпен қамту.',
    parent: '1',
  },
  {
    code: '1.5',
    labelEn:
      'By 2030, build the resilience of the poor and those in vulnerable situations and reduce their exposure and vulnerability to climate-related extreme events and other economic, social and environmental shocks and disasters',
    labelRu:
      'К 2030 году повысить жизнестойкость малоимущих и лиц, находящихся в уязвимом положении, и уменьшить их незащищенность и уязвимость перед вызванными изменением климата экстремальными явлениями и другими экономическими, социальными и экологическими потрясениями и бедствиями',
    labelKk:
      '2030 жылға дейін жағдайы осал тұлғалардың өмір сүру қабілеттіліктерін көтеру және олардың климат өзгерісі салдарынан болған төтенше құбылыстар және басқа да экономикалық, әлеуметтік және экологиялық күйзелістер мен апаттар алдындағы қорғансыздықтарын азайту.',
    parent: '1',
  },
  {
    code: '1.a',
    labelEn:
      'Ensure significant mobilization of resources from a variety of sources, including through enhanced development cooperation, in order to provide adequate and predictable means for developing countries, in particular least developed countries, to implement programmes and policies to end poverty in all its dimensions',
    labelRu:
      'Обеспечить мобилизацию значительных ресурсов из самых разных источников, в том числе на основе активизации сотрудничества в целях развития, с тем чтобы предоставить развивающимся странам, особенно наименее развитым странам, достаточные и предсказуемые средства для осуществления программ и стратегий по ликвидации нищеты во всех ее формах',
    labelKk:
      'Атап айтқанда даму мақсатында ынтымақтастықты іске қосу негізінде, дамушы елдерге, әсіресе ең аз дамыған елдерге барлық нысандардағы кедейлікті жою бойынша бағдарламалар мен стратегияларды жүзеге асыру үшін жеткілікті және болжалды құралдарды ұсыну үшін әртүрлі көздерден маңызды ресурстардың жұмылдырылуын қамтамасыз ету',
    parent: '1',
  },
  {
    code: '1.b',
    labelEn:
      'Create sound policy frameworks at the national, regional and international levels, based on pro-poor and gender-sensitive development strategies, to support accelerated investment in poverty eradication actions',
    labelRu:
      'Создать на национальном, региональном и международном уровнях надежные стратегические механизмы, в основе которых лежали бы стратегии развития, учитывающие интересы бедноты и гендерные аспекты, для содействия ускоренному инвестированию в мероприятия по ликвидации нищеты',
    labelKk:
      'Ұлттық, аумақтық және халықаралық деңгейлерде кедейлікті жою бойынша іс-шараларға қарқынды үлес қосуға көмектесу үшін, негізінде кедейлік мүдделерін және гендерлік аспектілерді ескеретін даму стратегиялары жатқан сенімді стратегиялық механизмдерді құру',
    parent: '1',
  },
  {
    code: '2.1',
    labelEn:
      'By 2030, end hunger and ensure access by all people, in particular the poor and people in vulnerable situations, including infants, to safe, nutritious and sufficient food all year round',
    labelRu:
      'К 2030 году покончить с голодом и обеспечить всем, особенно малоимущим и уязвимым группам населения, включая младенцев, круглогодичный доступ к безопасной, питательной и достаточной пище',
    labelKk:
      '2030 жылға дейін аштықты жою және бәрін, әсіресе нәрестелерді қосқанда халықтың табысы аз әрі осал топтарын қауіпсіз, құнарлы және жеткілікті тағамға жыл бойғы қолжетімділікпен қамтамасыз ету',
    parent: '2',
  },
  {
    code: '2.2',
    labelEn:
      'By 2030, end all forms of malnutrition, including achieving, by 2025, the internationally agreed targets on stunting and wasting in children under 5 years of age, and address the nutritional needs of adolescent girls, pregnant and lactating women and older persons',
    labelRu:
      'К 2030 году покончить со всеми формами недоедания, в том числе достичь к 2025 году согласованных на международном уровне целевых показателей, касающихся борьбы с задержкой роста и истощением у детей в возрасте до пяти лет, и удовлетворять потребности в питании девочек подросткового возраста, беременных и кормящих женщин и пожилых людей',
    labelKk:
      '2030 жылға дейін тағам жетіспеушілігінің барлық нысандарын жою, соның ішінде 2025 жылға дейін бес жасқа дейінгі балалар бойының өсуінің тоқтауымен және жүдеуімен күреске қатысты халықаралық деңгейде келісілген мақсаттық көрсеткіштерге жету және жасөспірім жастағы қыздардың, жүкті әйелдердің және қарт адамдардың тамақтануындағы қажеттіліктерді қанағаттандыру',
    parent: '2',
  },
  {
    code: '2.3',
    labelEn:
      'By 2030, double the agricultural productivity and incomes of small-scale food producers, in particular women, indigenous peoples, family farmers, pastoralists and fishers, including through secure and equal access to land, other productive resources and inputs, knowledge, financial services, markets and opportunities for value addition and non-farm employment',
    labelRu:
      'К 2030 году удвоить продуктивность сельского хозяйства и доходы мелких производителей продовольствия, в частности женщин, представителей коренных народов, фермерских семейных хозяйств, скотоводов и рыбаков, в том числе посредством обеспечения гарантированного и равного доступа к земле, другим производственным ресурсам и факторам сельскохозяйственного производства, знаниям, финансовым услугам, рынкам и возможностям для увеличения добавленной стоимости и занятости в несельскохозяйственных секторах',
    labelKk:
      '2030 жылға дейін ауыл шаруашылығының өнімділігін және азық-түліктің шағын өндірушілерінің, әсіресе әйелдердің, тұрғылықты халықтардың, фермерлік отбасылық шаруашылықтың, малшылар мен балықшылардың табысын соның ішінде жерге, ауыл шаруашылық өндірісінің өндірістік ресурстарына және факторларына, білімге, қаржылық қызметтерге, нарықтарға және ауыл шаруашылық емес секторлардағы қосылған құнды және жұмыспен қамтуды ұлғайту мүмкіндіктеріне деген кепілдендірілген және тең қолжетімділікті қамтамасыз ету арқылы екі есе арттыру',
    parent: '2',
  },
  {
    code: '2.4',
    labelEn:
      'By 2030, ensure sustainable food production systems and implement resilient agricultural practices that increase productivity and production, that help maintain ecosystems, that strengthen capacity for adaptation to climate change, extreme weather, drought, flooding and other disasters and that progressively improve land and soil quality',
    labelRu:
      'К 2030 году обеспечить создание устойчивых систем производства продуктов питания и внедрить методы ведения сельского хозяйства, которые позволяют повысить жизнестойкость и продуктивность и увеличить объемы производства, способствуют сохранению экосистем, укрепляют способность адаптироваться к изменению климата, экстремальным погодным явлениям, засухам, наводнениям и другим бедствиям и постепенно улучшают качество земель и почв',
    labelKk:
      '2030 жылға дейін тұрақты азық-түлік өндіріс жүйелерін құруды қамтамасыз ету және өміршеңдікті және өнімділікті арттыруға және өндіріс көлемін ұлғайтуға мүмкіндік беретін, экожүйелерді сақтауға септігін тигізетін, климаттың өзгеруіне, ауа райының төтенше құбылыстарына, құрғақшылықтарға, селдерге және басқа да апаттарға бейімделу қабілетін нығайтатын және біртіндеп жер мен топырақ сапасын жақсартатын ауыл шаруашылықпен айналысу тәсілдерін енгізу',
    parent: '2',
  },
  {
    code: '2.5',
    labelEn:
      'By 2020, maintain the genetic diversity of seeds, cultivated plants and farmed and domesticated animals and their related wild species, including through soundly managed and diversified seed and plant banks at the national, regional and international levels, and promote access to and fair and equitable sharing of benefits arising from the utilization of genetic resources and associated traditional knowledge, as internationally agreed',
    labelRu:
      'К 2020 году обеспечить сохранение генетического разнообразия семян и культивируемых растений, а также сельскохозяйственных и домашних животных и их соответствующих диких видов, в том числе посредством надлежащего содержания разнообразных банков семян и растений на национальном, региональном и международном уровнях, и содействовать расширению доступа к генетическим ресурсам и связанным с ними традиционным знаниям и совместному использованию на справедливой и равной основе выгод от их применения на согласованных на международном уровне условиях',
    labelKk:
      '2020 жылға дейін тұқымдардың және егілетін өсімдіктердің, сондай-ақ ауыл шаруашылық және үй жануарларының және сәйкесінше олардың жабайы түрлерінің генетикалық сан-алуандығын сақтауды атап айтқанда, түрлі тұқымдар мен өсімдіктердің қорларын ұлттық, аумақтық және халықаралық деңгейлерде тиісті түрде күту арқылы қамтамасыз ету, сонымен бірге генетикалық қорларға және олармен байланысты дәстүрлі білімге деген қолжетімділікті кеңейтуге және халықаралық деңгейде келісілген оларды пайдалану тиімділігінің әділетті әрі теңдей негізінде оларды бірлесіп қолдануға ықпал ету',
    parent: '2',
  },
  {
    code: '2.a',
    labelEn:
      'Increase investment, including through enhanced international cooperation, in rural infrastructure, agricultural research and extension services, technology development and plant and livestock gene banks in order to enhance agricultural productive capacity in developing countries, in particular least developed countries',
    labelRu:
      'Увеличить инвестирование, в том числе посредством активизации международного сотрудничества, в сельскую инфраструктуру, сельскохозяйственные исследования и агропропаганду, развитие технологий и создание генетических банков растений и животных в целях укрепления потенциала развивающихся стран, особенно наименее развитых стран, в области сельскохозяйственного производства',
    labelKk:
      'Ауыл шаруашылық инфрақұрылымына, ауыл шаруашылық зерттеулеріне және агрономиялық насихатқа, технологияларды дамытуға және өсімдіктер мен жануарлар генетикалық қорын жасауға инвестициялауды ауыл шаруашылық өндірісі саласында дамушы елдердің, әсіресе анағұрлым төмен дамыған елдердің әлеуетін күшейту мақсатында атап айтқанда, халықаралық ынтымақтастықты іске қосу арқылы ұлғайту',
    parent: '2',
  },
  {
    code: '2.b',
    labelEn:
      'Correct and prevent trade restrictions and distortions in world agricultural markets, including through the parallel elimination of all forms of agricultural export subsidies and all export measures with equivalent effect, in accordance with the mandate of the Doha Development Round',
    labelRu:
      'Устранять и пресекать введение торговых ограничений и возникновение искажений на мировых рынках сельскохозяйственной продукции, в том числе посредством параллельной ликвидации всех форм субсидирования экспорта сельскохозяйственной продукции и всех экспортных мер, имеющих аналогичные последствия, в соответствии с мандатом Дохинского раунда переговоров по вопросам развития',
    labelKk:
      'Ауыл шаруашылық өнімдерінің әлемдік нарықтарындағы сауда шектеулерінің енгізілуін және бұрмалаушылықтың пайда болуын даму мәселелері бойынша Дохалық келіссөздер кезеңінің мандатына сәйкес, атап айтқанда ауыл шаруашылық өнімдерінің экспортын субсидиялаудың барлық нысандарын және баламалы зардаптарға ие барлық экспорттық шараларды бір мезгілде жою арқылы жою және тоқтату',
    parent: '2',
  },
  {
    code: '2.c',
    labelEn:
      'Adopt measures to ensure the proper functioning of food commodity markets and their derivatives and facilitate timely access to market information, including on food reserves, in order to help limit extreme food price volatility',
    labelRu:
      'Принять меры для обеспечения надлежащего функционирования рынков продовольственных товаров и продукции их переработки и содействовать своевременному доступу к рыночной информации, в том числе о продовольственных резервах, с целью помочь ограничить чрезмерную волатильность цен на продовольствие',
    labelKk:
      'Азық-түлік тауарларының және оларды қайта өңдеу өнімдерінің нарығының тиісті түрде қызмет етуін қамтамасыз ету үшін шаралар қабылдау және азық-түлік бағасының шамадан тыс құбылмалылығын шектеуге көмектесу мақсатында нарықтық ақпаратқа деген, соның ішінде азық-түлік қорлары туралы ақпаратқа дер кезінде ие болуға жәрдемдесу',
    parent: '2',
  },
  {
    code: '3.1',
    labelEn: 'By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births',
    labelRu:
      'К 2030 году снизить глобальный коэффициент материнской смертности до менее 70 случаев на 100 000 живорождений',
    labelKk:
      '2030 жылға дейін ана өлімінің ғаламдық коэффициентін 100000 тірі туу бойынша кем дегенде 70 оқиға көрсеткішіне дейін төмендету',
    parent: '3',
  },
  {
    code: '3.2',
    labelEn:
      'By 2030, end preventable deaths of newborns and children under 5 years of age, with all countries aiming to reduce neonatal mortality to at least as low as 12 per 1,000 live births and under‐5 mortality to at least as low as 25 per 1,000 live births',
    labelRu:
      'К 2030 году положить конец предотвратимой смертности новорожденных и детей в возрасте до пяти лет, при этом все страны должны стремиться уменьшить неонатальную смертность до не более 12 случаев на 1000 живорождений, а смертность в возрасте до пяти лет до не более 25 случаев на 1000 живорождений',
    labelKk:
      '2030 жылға дейін нәрестелер мен бес жасқа дейінгі балалардың алдын алуға болатын өлімдерін тоқтату, бұл жағдайда елдер неонатальдық өлімді 1000 тірі туу бойынша 12 оқиғадан аспайтын көрсеткішке, ал бес жасқа дейінгі өлімді 1000 тірі туу бойынша 25 оқиғадан аспайтын көрсеткішке төмендетуге тырысуы тиіс',
    parent: '3',
  },
  {
    code: '3.3',
    labelEn:
      'By 2030, end the epidemics of AIDS, tuberculosis, malaria and neglected tropical diseases and combat hepatitis, water-borne diseases and other communicable diseases',
    labelRu:
      'К 2030 году положить конец эпидемиям СПИДа, туберкулеза, малярии и тропических болезней, которым не уделяется должного внимания, и обеспечить борьбу с гепатитом, заболеваниями, передаваемыми через воду, и другими инфекционными заболеваниями',
    labelKk:
      '2030 жылға дейін ЖИТС, туберкулез, безгек індеттерін және тиісті назар аударылмайтын тропикалық ауруларды жою және сары аурумен, су арқылы жұғатын және басқа да жұқпалы аурулармен күресті қамтамасыз ету',
    parent: '3',
  },
  {
    code: '3.4',
    labelEn:
      'By 2030, reduce by one third premature mortality from non-communicable diseases through prevention and treatment and promote mental health and well-being',
    labelRu:
      'К 2030 году уменьшить на треть преждевременную смертность от неинфекционных заболеваний посредством профилактики и лечения и поддержания психического здоровья и благополучия',
    labelKk:
      '2030 жылға дейін жұқпалы емес аурулардан болатын мезгілсіз қазаларды профилактика, емдеу және психикалық денсаулық пен саулықты қолдау арқылы үштен бірге кеміту',
    parent: '3',
  },
  {
    code: '3.5',
    labelEn:
      'Strengthen the prevention and treatment of substance abuse, including narcotic drug abuse and harmful use of alcohol',
    labelRu:
      'Улучшать профилактику и лечение зависимости от психоактивных веществ, в том числе злоупотребления наркотическими средствами и алкоголем',
    labelKk:
      'Психикалық белсенді заттарға, соның ішінде есірткі құралдары мен алкогольдік ішімдіктерге деген тәуелділіктен алдын ала емдеуді және емдеуді жақсарту',
    parent: '3',
  },
  {
    code: '3.6',
    labelEn: 'By 2020, halve the number of global deaths and injuries from road traffic accidents',
    labelRu:
      'К 2020 году вдвое сократить во всем мире число смертей и травм в результате дорожно-транспортных происшествий',
    labelKk:
      '2020 жылға дейін бүкіл әлем бойынша жол-көлік апатының салдарынан болған өлімдер мен жарақаттар санын екі есе азайту',
    parent: '3',
  },
  {
    code: '3.7',
    labelEn:
      'By 2030, ensure universal access to sexual and reproductive health-care services, including for family planning, information and education, and the integration of reproductive health into national strategies and programmes',
    labelRu:
      'К 2030 году обеспечить всеобщий доступ к услугам по охране сексуального и репродуктивного здоровья, включая услуги по планированию семьи, информирование и просвещение, и учет вопросов охраны репродуктивного здоровья в национальных стратегиях и программах',
    labelKk:
      '2030 жылға дейін отбасын құруды жоспарлау, ақпарат беру және білім беруді қоса алғанда сексуалды және өрбіту денсаулығын сақтау бойынша қызметтерге жалпыға ортақ қолжетімділікті және ұлттық стратегиялар мен бағдарламалардағы өрбіту денсаулығын сақтау мәселелерін ескеруді қамтамасыз ету',
    parent: '3',
  },
  {
    code: '3.8',
    labelEn:
      'Achieve universal health coverage, including financial risk protection, access to quality essential health-care services and access to safe, effective, quality and affordable essential medicines and vaccines for all',
    labelRu:
      'Обеспечить всеобщий охват услугами здравоохранения, в том числе защиту от финансовых рисков, доступ к качественным основным медико-санитарным услугам и доступ к безопасным, эффективным, качественным и недорогим основным лекарственным средствам и вакцинам для всех',
    labelKk:
      'Денсаулық сақтау қызметтерін жаппай қамтамасыз ету, соның ішінде қаржылық қауіптерден қорғанысты, негізгі медициналық-санитарлық қызметтерге деген қолжетімділікті және қауіпсіз, тиімді және барлығына арналған қымбат емес негізгі дәрілік заттар мен вакциналарды қамтамасыз ету',
    parent: '3',
  },
  {
    code: '3.9',
    labelEn:
      'By 2030, substantially reduce the number of deaths and illnesses from hazardous chemicals and air, water and soil pollution and contamination',
    labelRu:
      'К 2030 году существенно сократить количество случаев смерти и заболевания в результате воздействия опасных химических веществ и загрязнения и отравления воздуха, воды и почв',
    labelKk:
      '2030 жылға дейін қауіпті химиялық заттардың әсер етуі және ауа, су және топырақтың ластануы мен улануы нәтижесінде болатын өлімдер мен аурулардың мөлшерін айтарлықтай азайту',
    parent: '3',
  },
  {
    code: '3.a',
    labelEn:
      'Strengthen the implementation of the World Health Organization Framework Convention on Tobacco Control in all countries, as appropriate',
    labelRu:
      'Активизировать при необходимости осуществление Рамочной конвенции Всемирной организации здравоохранения по борьбе против табака во всех странах',
    labelKk:
      'Қажет жағдайда, Дүниежүзiлiк Денсаулық сақтау ұйымының темекiге қарсы күрес жөнiндегi негiздемелiк конвенциясын жүзеге асыруды іске қосу',
    parent: '3',
  },
  {
    code: '3.b',
    labelEn:
      'Support the research and development of vaccines and medicines for the communicable and non‐communicable diseases that primarily affect developing countries, provide access to affordable essential medicines and vaccines, in accordance with the Doha Declaration on the TRIPS Agreement and Public Health, which affirms the right of developing countries to use to the full the provisions in the Agreement on Trade-Related Aspects of Intellectual Property Rights regarding flexibilities to protect public health, and, in particular, provide access to medicines for all',
    labelRu:
      'Оказывать содействие исследованиям и разработкам вакцин и лекарственных препаратов для лечения инфекционных и неинфекционных болезней, которые в первую очередь затрагивают развивающиеся страны, обеспечивать доступность недорогих основных лекарственных средств и вакцин в соответствии с Дохинской декларацией «Соглашение по ТРИПС и общественное здравоохранение», в которой подтверждается право развивающихся стран в полном объеме использовать положения Соглашения по торговым аспектам прав интеллектуальной собственности в отношении проявления гибкости для целей охраны здоровья населения и, в частности, обеспечения доступа к лекарственным средствам для всех',
    labelKk:
      'Бірінші кезекте дамушы елдерге қатысты жұқпалы және жұқпалы емес ауруларды емдеуге арналған вакциналар мен дәрілік заттарды даярлау мен зерттеулерге жәрдемдесу, дамушы мемлекеттерге халықтың денсаулығын сақтау мақсаттары үшін және негізінен, барлығына бірдей дәрілік заттарға деген қолжетімділікті қамтамасыз ету үшін икемділікті ұстануға қатысты Келісімнің зияткерік меншік құқықтарының сауда аспектілері бойынша ережелерін толық көлемде пайдалануға рұқсат берілетін «ТРИПС бойынша келісім және әлеуметтік денсаулық сақтау» Дохалық мәлімдемесіне сәйкес қымбат емес негізгі дәрілік заттар мен вакциналарға деген қолжетімділікті қамтамасыз ету',
    parent: '3',
  },
  {
    code: '3.c',
    labelEn:
      'Substantially increase health financing and the recruitment, development, training and retention of the health workforce in developing countries, especially in least developed countries and small island developing States',
    labelRu:
      'Существенно увеличить финансирование здравоохранения и набор, развитие, профессиональную подготовку и удержание медицинских кадров в развивающихся странах, особенно в наименее развитых странах и малых островных развивающихся государствах',
    labelKk:
      'Ең нашар дамыған елдерде, әсіресе шағын аралдық дамушы елдерде денсаулық сақтауды қаржыландыруды және медицина қызметкерлерін жинау, дамыту, мамандыққа даярлау және қызметте ұстау көрсеткішін анағұрлым көбейту',
    parent: '3',
  },
  {
    code: '3.d',
    labelEn:
      'Strengthen the capacity of all countries, in particular developing countries, for early warning, risk reduction and management of national and global health risks',
    labelRu:
      'Наращивать потенциал всех стран, особенно развивающихся стран, в области раннего предупреждения, снижения рисков и регулирования национальных и глобальных рисков для здоровья',
    labelKk:
      'Алғашқы ескерту, қауіптерді төмендету және денсаулық үшін ұлттық және ғаламдық қауіптерді реттеу саласында барлық елдердің, әсіресе дамушы елдердің әлеуетін арттыру',
    parent: '3',
  },
  {
    code: '4.1',
    labelEn:
      'By 2030, ensure that all girls and boys complete free, equitable and quality primary and secondary education leading to relevant and effective learning outcomes',
    labelRu:
      'К 2030 году обеспечить, чтобы все девочки и мальчики завершали получение бесплатного, равноправного и качественного начального и среднего образования, позволяющего добиться востребованных и эффективных результатов обучения',
    labelKk:
      '2030 жылға дейін барлық қыздар мен ер балалардың талап етілетін және тиімді оқу нәтижелеріне жетуге мүмкіндік беретін ақысыз, сапалы және тең құқылы бастауыш және орта білімге ие болуын аяқтауды қамтамасыз ету',
    parent: '4',
  },
  {
    code: '4.2',
    labelEn:
      'By 2030, ensure that all girls and boys have access to quality early childhood development, care and pre‐primary education so that they are ready for primary education',
    labelRu:
      'К 2030 году обеспечить всем девочкам и мальчикам доступ к качественным системам развития, ухода и дошкольного обучения детей младшего возраста, с тем чтобы они были готовы к получению начального образования',
    labelKk:
      '2030 жылға дейін барлық қыздар мен ер балаларды бастауыш білім алуға дайын болатындай сапалы даму, күту жүйелерімен және мектеп жасына дейінгі балаларды мектепалды оқытуға қолжетімділікпен қамтамасыз ету',
    parent: '4',
  },
  {
    code: '4.3',
    labelEn:
      'By 2030, ensure equal access for all women and men to affordable and quality technical, vocational and tertiary education, including university',
    labelRu:
      'К 2030 году обеспечить для всех женщин и мужчин равный доступ к недорогому и качественному профессионально-техническому и высшему образованию, в том числе университетскому образованию',
    labelKk:
      '2030 жылға дейін барлық әйелдер мен еркектерді қымбат емес және сапалы кәсіптік-техникалық және жоғарғы біліммен, соның ішінде университеттік біліммен қамтамасыз ету',
    parent: '4',
  },
  {
    code: '4.4',
    labelEn:
      'By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship',
    labelRu:
      'К 2030 году существенно увеличить число молодых и взрослых людей, обладающих востребованными навыками, в том числе профессионально-техническими навыками, для трудоустройства, получения достойной работы и занятий предпринимательской деятельностью',
    labelKk:
      '2030 жылға дейін талап етілетін машыққа, атап айтқанда жұмысқа орналасу, лайықты жұмысқа ие болу және кәсіптік қызметпен айналысу үшін кәсіптік-техникалық машыққа ие жас және ересек адамдардың мөлшерін анағұрлым ұлғайту',
    parent: '4',
  },
  {
    code: '4.5',
    labelEn:
      'By 2030, eliminate gender disparities in education and ensure equal access to all levels of education and vocational training for the vulnerable, including persons with disabilities, indigenous peoples and children in vulnerable situations',
    labelRu:
      'К 2030 году ликвидировать гендерное неравенство в сфере образования и обеспечить равный доступ к образованию и профессионально-технической подготовке всех уровней для уязвимых групп населения, в том числе инвалидов, представителей коренных народов и детей, находящихся в уязвимом положении',
    labelKk:
      '2030 жылға дейін білім беру саласындағы гендерлік теңсіздікті жою және халықтың осал топтарын, атап айтқанда мүгедектерді, байырғы халық өкілдері мен осал жағдайдағы балаларды білімге және барлық деңгейдегі кәсіптік-техникалық даярлауға деген бірдей қолжетімділікпен қамтамасыз ету.',
    parent: '4',
  },
  {
    code: '4.6',
    labelEn:
      'By 2030, ensure that all youth and a substantial proportion of adults, both men and women, achieve literacy and numeracy',
    labelRu:
      'К 2030 году обеспечить, чтобы все молодые люди и значительная доля взрослого населения, как мужчин, так и женщин, умели читать, писать и считать',
    labelKk:
      '2030 жылға дейін барлық жас адамдар және еркектерді де, әйелдерді де қосқандағы ересек халықтың анағұрлым көп үлесі оқи алатындай, жаза алатындай, санай алатындай жасау',
    parent: '4',
  },
  {
    code: '4.7',
    labelEn:
      'By 2030, ensure that all learners acquire the knowledge and skills needed to promote sustainable development, including, among others, through education for sustainable development and sustainable lifestyles, human rights, gender equality, promotion of a culture of peace and non-violence, global citizenship and appreciation of cultural diversity and of culture’s contribution to sustainable development',
    labelRu:
      'К 2030 году обеспечить, чтобы все учащиеся приобретали знания и навыки, необходимые для содействия устойчивому развитию, в том числе посредством обучения по вопросам устойчивого развития и устойчивого образа жизни, прав человека, гендерного равенства, пропаганды культуры мира и ненасилия, гражданства мира и осознания ценности культурного разнообразия и вклада культуры в устойчивое развитие',
    labelKk:
      '2030 жылға дейін барлық білім алушылардың тұрақты даму үшін қажетті білім және машықтарға ие болуын, атап айтқанда тұрақты даму және тұрақты өмір салты, адам құқықтары, гендерлік теңдік, әлем мәдениеті мен зорлық көрсетпеу, әлемнің азаматтығын насихаттау және мәдени алуан-түрлілік құндылығы мен тұрақты дамудағы мәдениеттің үлесін мойындау мәселелері бойынша білім беру арқылы қамтамасыз ету.',
    parent: '4',
  },
  {
    code: '4.a',
    labelEn:
      'Build and upgrade education facilities that are child, disability and gender sensitive and provide safe, non-violent, inclusive and effective learning environments for all',
    labelRu:
      'Создавать и совершенствовать учебные заведения, учитывающие интересы детей, особые нужды инвалидов и гендерные аспекты, и обеспечить безопасную, свободную от насилия и социальных барьеров и эффективную среду обучения для всех',
    labelKk:
      'Балалардың мүдделерін, мүгедектердің ерекше қажеттіліктерін және гендерлік аспектілерді ескеретін білім ордаларын құру және жетілдіру және барлығына бірдей қауіпсіз, зорлықтан және әлеуметтік тосқауылдардан еркін және тиімді білім алу ортасын қамтамасыз ету',
    parent: '4',
  },
  {
    code: '4.b',
    labelEn:
      'By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries',
    labelRu:
      'К 2020 году значительно увеличить во всем мире количество стипендий, предоставляемых развивающимся странам, особенно наименее развитым странам, малым островным развивающимся государствам и африканским странам, для получения высшего образования, включая профессионально-техническое образование и обучение по вопросам информационно-коммуникационных технологий, технические, инженерные и научные программы, в развитых странах и других развивающихся странах',
    labelKk:
      '2020 жылға дейін дамыған және басқа да дамушы елдерде кәсіптік-техникалық білімді және ақпараттық-коммуникациялық технологиялар, техникалық, инженерлік және ғылыми бағдарламаларды есептегенде жоғары білім алу үшін дамушы, әсіресе ең нашар дамыған елдерге, шағын аралдық дамушы мемлекеттер және африка елдеріне ұсынылатын шәкіртақылар мөлшерін бүкіл әлем бойынша көбейту',
    parent: '4',
  },
  {
    code: '4.c',
    labelEn:
      'By 2030, substantially increase the supply of qualified teachers, including through international cooperation for teacher training in developing countries, especially least developed countries and small island developing States',
    labelRu:
      'К 2030 году значительно увеличить число квалифицированных учителей, в том числе посредством международного сотрудничества в подготовке учителей в развивающихся странах, особенно в наименее развитых странах и малых островных развивающихся государствах',
    labelKk:
      '2030 жылға дейін білікті мұғалімдер санын дамушы, әсіресе ең нашар дамыған елдер және шағын аралдық дамушы мемлекеттерде мұғалімдерді даярлау бойынша халықаралық ынтымақтастық арқылы көбейту',
    parent: '4',
  },
  {
    code: '5.1',
    labelEn: 'End all forms of discrimination against all women and girls everywhere',
    labelRu: 'Повсеместно ликвидировать все формы дискриминации в отношении всех женщин и девочек',
    labelKk: 'Әйелдер мен қыздарға қатысты кемсітушіліктің барлық нысандарын жаппай жою',
    parent: '5',
  },
  {
    code: '5.2',
    labelEn:
      'Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation',
    labelRu:
      'Ликвидировать все формы насилия в отношении всех женщин и девочек в публичной и частной сферах, включая торговлю людьми и сексуальную и иные формы эксплуатации',
    labelKk:
      'Әйелдер мен қыздарға қатысты зорлықты қоғамдық және жеке салаларда, атап айтқанда адам саудасы мен сексуалды және басқа да пайдаланудың барлық нысандарында жою',
    parent: '5',
  },
  {
    code: '5.3',
    labelEn:
      'Eliminate all harmful practices, such as child, early and forced marriage and female genital mutilation',
    labelRu:
      'Ликвидировать все вредные виды практики, такие как детские, ранние и принудительные браки и калечащие операции на женских половых органах',
    labelKk:
      'Балалық, ерте және мәжбүрлі некелесу және аналық жыныс мүшелеріне жарымжан ететін оталар жасау секілді барлық зақым келтіретін тәжірибе түрлерін жою',
    parent: '5',
  },
  {
    code: '5.4',
    labelEn:
      'Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate',
    labelRu:
      'Признавать и ценить неоплачиваемый труд по уходу и работу по ведению домашнего хозяйства, предоставляя коммунальные услуги, инфраструктуру и системы социальной защиты и поощряя принцип общей ответственности в ведении хозяйства и в семье, с учетом национальных условий',
    labelKk:
      'Коммуналдық қызметтерді, инфрақұрылымды және әлеуметтік қорғау жүйелерін ұсынумен және ұлттық жағдайларды ескере отырып, шаруашылықты жүгізудегі және отбасындағы жалпы жауапкершілік қағидасын мадақтаумен үй шаруасын жүргізу және күту бойынша төленбейтін еңбекті мойындау әрі бағалау',
    parent: '5',
  },
  {
    code: '5.5',
    labelEn:
      'Ensure women’s full and effective participation and equal opportunities for leadership at all levels of decision-making in political, economic and public life',
    labelRu:
      'Обеспечить всестороннее и реальное участие женщин и равные для них возможности для лидерства на всех уровнях принятия решений в политической, экономической и общественной жизни',
    labelKk:
      'Әйелдердің жан жақты және шынайы қатысуын және олар үшін саяси, экономикалық және қоғамдық өмірдегі шешім қабылдаудың барлық деңгейіндегі көшбасшылық үшін бірдей мүмкіндікке ие болуын қамтамасыз ету',
    parent: '5',
  },
  {
    code: '5.6',
    labelEn:
      'Ensure universal access to sexual and reproductive health and reproductive rights as agreed in accordance with the Programme of Action of the International Conference on Population and Development and the Beijing Platform for Action and the outcome documents of their review conferences',
    labelRu:
      'Обеспечить всеобщий доступ к услугам в области охраны сексуального и репродуктивного здоровья и к реализации репродуктивных прав в соответствии с Программой действий Международной конференции по народонаселению и развитию, Пекинской платформой действий и итоговыми документами конференций по рассмотрению хода их выполнения',
    labelKk:
      'Сексуалды және өрбіту денсаулығын сақтау саласында және Халықаралық конференцияның Тұрғын халық пен даму бойынша іс-әрекеттер бағдарламасына, Әрекеттердің Пекиндік платформасына және оларды орындау барысын қарастыру бойынша конференцияның қорытынды құжаттарына сәйкес өрбіту құқықтарын іске асыруға жалпыға ортақ қолжетімділікпен қамтамасыз ету',
    parent: '5',
  },
  {
    code: '5.a',
    labelEn:
      'Undertake reforms to give women equal rights to economic resources, as well as access to ownership and control over land and other forms of property, financial services, inheritance and natural resources, in accordance with national laws',
    labelRu:
      'Провести реформы в целях предоставления женщинам равных прав на экономические ресурсы, а также доступа к владению и распоряжению землей и другими формами собственности, финансовым услугам, наследуемому имуществу и природным ресурсам в соответствии с национальными законами',
    labelKk:
      'Әйелдерге экономикалық ресурстарға тең құқықтарды, сондай-ақ жерді және басқа да меншік түрлерін иеленуге және басқаруға, қаржылық қызметтерге, мұраға қалдырылған мүлікке және ұлттық заңдарға сәйкес табиғи ресурстарға деген қолжетімділікті ұсыну мақсатында реформалар жасау',
    parent: '5',
  },
  {
    code: '5.b',
    labelEn:
      'Enhance the use of enabling technology, in particular information and communications technology, to promote the empowerment of women',
    labelRu:
      'Активнее использовать высокоэффективные технологии, в частности информационно-коммуникационные технологии, для содействия расширению прав и возможностей женщин',
    labelKk:
      'Тиімділігі жоғары технологияларды, негізінен ақпараттық-коммункациялық технологияларды әйелдердің құқықтарын және мүмкіндіктерін кеңейтуге жәрдемдесу үшін белсендірек пайдалану',
    parent: '5',
  },
  {
    code: '5.c',
    labelEn:
      'Adopt and strengthen sound policies and enforceable legislation for the promotion of gender equality and the empowerment of all women and girls at all levels',
    labelRu:
      'Принимать и совершенствовать разумные стратегии и исполнимые законы в целях поощрения гендерного равенства и расширения прав и возможностей всех женщин и девочек на всех уровнях',
    labelKk:
      'Гендерлік теңдікті мадақтау және барлық әйелдер мен қыздардың құқықтары мен мүмкіндіктерін бүкіл деңгейлерде кеңейту мақсатында парасатты стратегиялар мен міндетті түрде сақталуы тиіс заңдарды қабылдау және жетілдіру',
    parent: '5',
  },
  {
    code: '6.1',
    labelEn: 'By 2030, achieve universal and equitable access to safe and affordable drinking water for all',
    labelRu:
      'К 2030 году обеспечить всеобщий и равноправный доступ к безопасной и недорогой питьевой воде для всех',
    labelKk:
      '2030 жылға дейін барлығы үшін ауыз суға деген қауіпсіз әрі қымбат емес жалпыға ортақ және тең құқылы қолжетімділікті қамтамасыз ету',
    parent: '6',
  },
  {
    code: '6.2',
    labelEn:
      'By 2030, achieve access to adequate and equitable sanitation and hygiene for all and end open defecation, paying special attention to the needs of women and girls and those in vulnerable situations',
    labelRu:
      'К 2030 году обеспечить всеобщий и равноправный доступ к надлежащим санитарно-гигиеническим средствам и положить конец открытой дефекации, уделяя особое внимание потребностям женщин и девочек и лиц, находящихся в уязвимом положении',
    labelKk:
      '2030 жылға дейін тиісті санитарлық-гигиеналық құралдарға жалпыға ортақ және тең құқылы қолжетімділікті қамтамасыз ету және әйелдер мен қыздардың және осал жағдайдағы тұлғалардың қажеттіліктеріне баса назар аудара отырып, ашық дефекацияны тоқтату',
    parent: '6',
  },
  {
    code: '6.3',
    labelEn:
      'By 2030, improve water quality by reducing pollution, eliminating dumping and minimizing release of hazardous chemicals and materials, halving the proportion of untreated wastewater and substantially increasing recycling and safe reuse globally',
    labelRu:
      'К 2030 году повысить качество воды посредством уменьшения загрязнения, ликвидации сброса отходов и сведения к минимуму выбросов опасных химических веществ и материалов, сокращения вдвое доли неочищенных сточных вод и значительного увеличения масштабов рециркуляции и безопасного повторного использования сточных вод во всем мире',
    labelKk:
      '2030 жылға дейін ластануды азайту, қалдықтарды тастауды жою және қауіпті химиялық заттар мен материалдарды мейлінше қысқарту, тазартылмаған ақпасу үлестерін екі есе қысқарту және бүкіл әлем бойынша ақпасудың қайта айналу ауқымдарын анағұрлым кеңейту мен қауіпсіз қайта пайдалану арқылы су сапасын жоғарылату',
    parent: '6',
  },
  {
    code: '6.4',
    labelEn:
      'By 2030, substantially increase water-use efficiency across all sectors and ensure sustainable withdrawals and supply of freshwater to address water scarcity and substantially reduce the number of people suffering from water scarcity',
    labelRu:
      'К 2030 году существенно повысить эффективность водопользования во всех секторах и обеспечить устойчивый забор и подачу пресной воды для решения проблемы нехватки воды и значительного сокращения числа людей, страдающих от нехватки воды',
    labelKk:
      '2030 жылға дейін барлық салалардағы су пайдалану тиімділігін едәуір арттыру және су жетіспеушілігі мәселесін шешу үшін және су жетіспеушілігінен зардап шегетін адамдардың санын қысқарту мақсатында тұщы суды тұрақты алу және тапсыруды қамтамасыз ету',
    parent: '6',
  },
  {
    code: '6.5',
    labelEn:
      'By 2030, implement integrated water resources management at all levels, including through transboundary cooperation as appropriate',
    labelRu:
      'К 2030 году обеспечить комплексное управление водными ресурсами на всех уровнях, в том числе, при необходимости, на основе трансграничного сотрудничества',
    labelKk:
      '2030 жылға дейін су қорларын барлық деңгейде, соның ішінде қажет болған жағдайда трансшекаралық ынтымақтастық деңгейінде де кешендік басқаруды қамтамасыз ету',
    parent: '6',
  },
  {
    code: '6.6',
    labelEn:
      'By 2020, protect and restore water-related ecosystems, including mountains, forests, wetlands, rivers, aquifers and lakes',
    labelRu:
      'К 2020 году обеспечить охрану и восстановление связанных с водой экосистем, в том числе гор, лесов, водно-болотных угодий, рек, водоносных слоев и озер',
    labelKk:
      '2020 жылға дейін сумен байланысты экожүйелердің, соның ішінде таулардың, ормандардың, сулы-батпақты алқаптың, өзендердің, суландырғыш қабаттардың және көлдердің қорғалуын және қалыпқа келтірілуін қамтамасыз ету',
    parent: '6',
  },
  {
    code: '6.a',
    labelEn:
      'By 2030, expand international cooperation and capacity-building support to developing countries in water- and sanitation-related activities and programmes, including water harvesting, desalination, water efficiency, wastewater treatment, recycling and reuse technologies',
    labelRu:
      'К 2030 году расширить международное сотрудничество и поддержку в деле укрепления потенциала развивающихся стран в осуществлении деятельности и программ в области водоснабжения и санитарии, включая сбор поверхностного стока, опреснение воды, повышение эффективности водопользования, очистку сточных вод и применение технологий рециркуляции и повторного использования',
    labelKk:
      '2030 жылға дейін дамушы елдердің сумен қамтамасыз ету және тазалық сақтау саласындағы қызметті және бағдарламаларды, соның ішінде беттік ағымды жинау, суды пайдалану тиімділігін арттыру, ақпасуларды тазарту және қайта айналу және қайта пайдалану технологияларын қолдануды жүзеге асырудағы әлеуетін күшейту ісі бойынша, халықаралық ынтымақтастық пен қолдауды кеңейту',
    parent: '6',
  },
  {
    code: '6.b',
    labelEn:
      'Support and strengthen the participation of local communities in improving water and sanitation management',
    labelRu: 'Поддерживать и укреплять участие местных общин в улучшении водного хозяйства и санитарии',
    labelKk:
      'Жергілікті қауымдардың су шаруашылығы мен тазалық сақтауды жақсартуға қатысуын қолдау және нығайту',
    parent: '6',
  },
  {
    code: '7.1',
    labelEn: 'By 2030, ensure universal access to affordable, reliable and modern energy services',
    labelRu: 'К 2030 году обеспечить всеобщий доступ к недорогому, надежному и современному энергоснабжению',
    labelKk: '2030 жылға дейін жалпыға ортақ қымбат емес, сенімді және уақытылы энергиямен қамтамасыз ету',
    parent: '7',
  },
  {
    code: '7.2',
    labelEn: 'By 2030, increase substantially the share of renewable energy in the global energy mix',
    labelRu:
      'К 2030 году значительно увеличить долю энергии из возобновляемых источников в мировом энергетическом балансе',
    labelKk:
      '2030 жылға дейін әлемдік энергетикалық теңгерімдегі жаңартылатын қорлардан энергия үлесін едәуір арттыру',
    parent: '7',
  },
  {
    code: '7.3',
    labelEn: 'By 2030, double the global rate of improvement in energy efficiency',
    labelRu: 'К 2030 году удвоить глобальный показатель повышения энергоэффективности',
    labelKk: '2030 жылға дейін энергиялық тиімділіктің ғаламдық көрсеткішін екі есеге арттыру',
    parent: '7',
  },
  {
    code: '7.a',
    labelEn:
      'By 2030, enhance international cooperation to facilitate access to clean energy research and technology, including renewable energy, energy efficiency and advanced and cleaner fossil-fuel technology, and promote investment in energy infrastructure and clean energy technology',
    labelRu:
      'К 2030 году активизировать международное сотрудничество в целях облегчения доступа к исследованиям и технологиям в области экологически чистой энергетики, включая возобновляемую энергетику, повышение энергоэффективности и передовые и более чистые технологии использования ископаемого топлива, и поощрять инвестиции в энергетическую инфраструктуру и технологии экологически чистой энергетики',
    labelKk:
      '2030 жылға дейін экологиялық таза энергетика саласындағы жаңартылатын энергетиканы, энергиялық тиімділікті арттыру және қазбалы отындарды пайдаланудың анағұрлым таза технологияларын қоса алғандағы зерттеулер мен технологияларға қолжетімділікті жеңілдету мақсатында халықаралық ынтымақтастықты іске қосу және энергетикалық инфрақұрылымға және экологиялық таза энергетикаға салынатын инвестицияларды мадақтау',
    parent: '7',
  },
  {
    code: '7.b',
    labelEn:
      'By 2030, expand infrastructure and upgrade technology for supplying modern and sustainable energy services for all in developing countries, in particular least developed countries, small island developing States and landlocked developing countries, in accordance with their respective programmes of support',
    labelRu:
      'К 2030 году расширить инфраструктуру и модернизировать технологии для современного и устойчивого энергоснабжения всех в развивающихся странах, в частности в наименее развитых странах, малых островных развивающихся государствах и развивающихся странах, не имеющих выхода к морю, с учетом их соответствующих программ поддержки',
    labelKk:
      '2030 жылға дейін дамушы елдерде, негізінен, ең нашар дамыған елдерде, шағын аралдық дамушы мемлекеттерде және теңізге шықпайтын дамушы елдерде, олардың сәйкес қолдау бағдарламаларын ескере отырып, барлығын заманауи және тұрақты энергиямен қамтамасыз ету үшін инфрақұрылымды кеңейту және технологияларды жетілдіру',
    parent: '7',
  },
  {
    code: '8.1',
    labelEn:
      'Sustain per capita economic growth in accordance with national circumstances and, in particular, at least 7 per cent gross domestic product growth per annum in the least developed countries',
    labelRu:
      'Поддерживать экономический рост на душу населения в соответствии с национальными условиями и, в частности, рост валового внутреннего продукта на уровне не менее 7 процентов в год в наименее развитых странах',
    labelKk:
      'Бір адамға шаққандағы экономикалық өсімді ұлттық жағдайларға сәйкес қолдау және негізінен, ең нашар дамыған елдерде жалпы ішкі өнімнің өсімін жылына кем дегенде 7 пайыз деңгейінде қолдау',
    parent: '8',
  },
  {
    code: '8.2',
    labelEn:
      'Achieve higher levels of economic productivity through diversification, technological upgrading and innovation, including through a focus on high-value added and labour-intensive sectors',
    labelRu:
      'Добиться повышения производительности в экономике посредством диверсификации, технической модернизации и инновационной деятельности, в том числе путем уделения особого внимания секторам с высокой добавленной стоимостью и трудоемким секторам',
    labelKk:
      'Әртараптандыру, техникалық жетілдіру және инновациялық қызмет ету арқылы, соның ішінде жоғары қосылған құны бар бөлімдерге және еңбекті көп қажетсінетін бөлімдерге айрықша назар аудару арқылы экономика өнімділігінің жоғарылауына жету',
    parent: '8',
  },
  {
    code: '8.3',
    labelEn:
      'Promote development-oriented policies that support productive activities, decent job creation, entrepreneurship, creativity and innovation, and encourage the formalization and growth of micro-, small- and medium-sized enterprises, including through access to financial services',
    labelRu:
      'Содействовать проведению ориентированной на развитие политики, которая способствует производительной деятельности, созданию достойных рабочих мест, предпринимательству, творчеству и инновационной деятельности, и поощрять официальное признание и развитие микро-, малых и средних предприятий, в том числе посредством предоставления им доступа к финансовым услугам',
    labelKk:
      'Өндірістік қызметке, лайықты жұмыс орындарын құруға, кәсіпкерлікке, шығармашылыққа және инновациялық қызметке мүмкіндік беретін дамуға бейімделген саясатты жүргізуге жәрдемдесу және қаржылық қызметтерге қолжетімділікті ұсыну арқылы микро, шағын және орташа кәсіпорындардың ресми мойындалуы мен дамуын мадақтау',
    parent: '8',
  },
  {
    code: '8.4',
    labelEn:
      'Improve progressively, through 2030, global resource efficiency in consumption and production and endeavour to decouple economic growth from environmental degradation, in accordance with the 10‐Year Framework of Programmes on Sustainable Consumption and Production, with developed countries taking the lead',
    labelRu:
      'На протяжении всего срока до конца 2030 года постепенно повышать глобальную эффективность использования ресурсов в системах потребления и производства и стремиться к тому, чтобы экономический рост не сопровождался ухудшением состояния окружающей среды, как это предусматривается Десятилетней стратегией действий по переходу к использованию рациональных моделей потребления и производства, причем первыми этим должны заняться развитые страны',
    labelKk:
      '2030 жылдың аяғына дейінгі бүкіл мерзім барысында қорларды тұтыну және өндіріс жүйелерінде ғаламдық пайдалану тиімділігін біртіндеп арттыру және Тұтыныс пен өндірістің тиімді үлгілерін пайдалануға көшу бойынша он жылдық стратегиясында қарастырылатындай, экономикалық өсім қоршаған орта жағдайының нашарлауымен тұспа-тұс келмеуіне ұмтылу керек, осы тұста мұны ең бірінші дамыған елдер қолға алуы тиіс',
    parent: '8',
  },
  {
    code: '8.5',
    labelEn:
      'By 2030, achieve full and productive employment and decent work for all women and men, including for young people and persons with disabilities, and equal pay for work of equal value',
    labelRu:
      'К 2030 году обеспечить полную и производительную занятость и достойную работу для всех женщин и мужчин, в том числе молодых людей и инвалидов, и равную оплату за труд равной ценности',
    labelKk:
      '2030 жылға дейін тұтас және өндірістік қызметті және әйелдер мен еркектерді, соның ішінде жастар мен мүгедектерді де лайықты жұмыспен және теңдей бағалы еңбек үшін тең жалақымен қамтамасыз ету',
    parent: '8',
  },
  {
    code: '8.6',
    labelEn: 'By 2020, substantially reduce the proportion of youth not in employment, education or training',
    labelRu:
      'К 2020 году существенно сократить долю молодежи, которая не работает, не учится и не приобретает профессиональных навыков',
    labelKk:
      '2020 жылға дейін жұмыс істемейтін, білім алмайтын және кәсіби машыққа үйренбейтін жастардың үлесін едәуір қысқарту',
    parent: '8',
  },
  {
    code: '8.7',
    labelEn:
      'Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms',
    labelRu:
      'Принять срочные и эффективные меры для того, чтобы искоренить принудительный труд, покончить с современным рабством и торговлей людьми и обеспечить запрет и ликвидацию наихудших форм детского труда, включая вербовку и использование детей-солдат, а к 2025 году покончить с детским трудом во всех его формах',
    labelKk:
      'Мәжбүрлеп еңбек еткізуді, заманауи құлдықты және адам саудасын тамырымен жою үшін шұғыл әрі тиімді шаралар қолдану және жалдау және әскер балаларды пайдалануды қоса алғандағы балалар еңбегінің ең нашар нысандарына тыйым салу және жою, ал 2025 жылға таман балалар еңбегінің барлық нысандарын жою',
    parent: '8',
  },
  {
    code: '8.8',
    labelEn:
      'Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment',
    labelRu:
      'Защищать трудовые права и содействовать обеспечению надежных и безопасных условий работы для всех трудящихся, включая трудящихся-мигрантов, особенно женщин-мигрантов, и лиц, не имеющих стабильной занятости',
    labelKk:
      'Еңбек құқықтарын қорғау және еңбекші-мигранттарды, әсіресе әйел-мигранттарды және тұрақты қызметі жоқ тұлғаларды қосқандағы барлық еңбекшілер үшін сенімді әрі қауіпсіз жұмыс жағдайын қамтамасыз ету',
    parent: '8',
  },
  {
    code: '8.9',
    labelEn:
      'By 2030, devise and implement policies to promote sustainable tourism that creates jobs and promotes local culture and products',
    labelRu:
      'К 2030 году обеспечить разработку и осуществление стратегий поощрения устойчивого туризма, который способствует созданию рабочих мест, развитию местной культуры и производству местной продукции',
    labelKk:
      '2030 жылға дейін жұмыс орындарын құруға, жергілікті мәдениеттің дамуына және жергілікті өнімдерді шығаруға септігін тигізетін тұрақты туризмді мадақтау стратегияларын даярлауды және жүзеге асыруды қамтамасыз ету',
    parent: '8',
  },
  {
    code: '8.10',
    labelEn:
      'Strengthen the capacity of domestic financial institutions to encourage and expand access to banking, insurance and financial services for all',
    labelRu:
      'Укреплять способность национальных финансовых учреждений поощрять и расширять доступ к банковским, страховым и финансовым услугам для всех',
    labelKk:
      'Ұлттық қаржылық мекемелердің қабілеттілігін күшейту және барлығына бірдей банктік, сақтандыру және қаржылық қызметтерге қолжетімділікті мадақтау және кеңейту',
    parent: '8',
  },
  {
    code: '8.a',
    labelEn:
      'Increase Aid for Trade support for developing countries, in particular least developed countries, including through the Enhanced Integrated Framework for Trade-related Technical Assistance to Least Developed Countries',
    labelRu:
      'Увеличить оказываемую в рамках инициативы «Помощь в торговле» поддержку развивающихся стран, особенно наименее развитых стран, в том числе по линии Расширенной комплексной рамочной программы для оказания технической помощи в области торговли наименее развитым странам',
    labelKk:
      '«Саудадағы көмек» бастамасының аясында көрсетілетін дамушы елдерге, әсіресе ең нашар дамыған елдерге қолдау көрсетуді, соның ішінде Сауда саласында ең нашар дамыған елдерге техникалық көмек көрсету үшін кеңейтілген кешенді негіздемелік бағдарлама бағыты бойынша қолдау көрсетуді ұлғайту',
    parent: '8',
  },
  {
    code: '8.b',
    labelEn:
      'By 2020, develop and operationalize a global strategy for youth employment and implement the Global Jobs Pact of the International Labour Organization',
    labelRu:
      'К 2020 году разработать и ввести в действие глобальную стратегию обеспечения занятости молодежи и осуществить Глобальный пакт о рабочих местах Международной организации труда',
    labelKk:
      '2020 жылға дейін жастарды жұмыспен қамту ғаламдық стратегиясын даярлау және қолданысқа енгізу және Халықаралық еңбек ұйымының жұмыс орындары туралы Ғаламдық келісімді жүзеге асыру',
    parent: '8',
  },
  {
    code: '9.1',
    labelEn:
      'Develop quality, reliable, sustainable and resilient infrastructure, including regional and transborder infrastructure, to support economic development and human well-being, with a focus on affordable and equitable access for all',
    labelRu:
      'Развивать качественную, надежную, устойчивую и стойкую инфраструктуру, включая региональную и трансграничную инфраструктуру, в целях поддержки экономического развития и благополучия людей, уделяя особое внимание обеспечению недорогого и равноправного доступа для всех',
    labelKk:
      'Экономикалық дамуды және адамдардың саулығын қолдау мақсатында барлығына бірдей қымбат емес және тең құқылы қолжетімділікті қамтамасыз етуге айрықша назар аудара отырып, аумақтық және трансшекаралық инфрақұрылыммен бірге сапалы, сенімді, тұрақты әрі берік инфрақұрылымды дамыту',
    parent: '9',
  },
  {
    code: '9.2',
    labelEn:
      'Promote inclusive and sustainable industrialization and, by 2030, significantly raise industry’s share of employment and gross domestic product, in line with national circumstances, and double its share in least developed countries',
    labelRu:
      'Содействовать всеохватной и устойчивой индустриализации и к 2030 году существенно повысить уровень занятости в промышленности и долю промышленного производства в валовом внутреннем продукте в соответствии с национальными условиями и удвоить соответствующие показатели в наименее развитых странах',
    labelKk:
      'Жалпыны қамтитын және тұрақты индустрияландыруға ықпал ету және 2030 жылға дейін өндірістегі жұмыспен қамту деңгейін және ұлттық талаптарға сәйкес жалпы ішкі өнімдегі өнеркәсіптік өндіріс үлесін едәуір көтеру және ең нашар дамыған елдердегі сәйкес көрсеткіштерді екі есеге арттыру',
    parent: '9',
  },
  {
    code: '9.3',
    labelEn:
      'Increase the access of small-scale industrial and other enterprises, in particular in developing countries, to financial services, including affordable credit, and their integration into value chains and markets',
    labelRu:
      'Расширить доступ мелких промышленных и прочих предприятий, особенно в развивающихся странах, к финансовым услугам, в том числе к недорогим кредитам, и усилить их интеграцию в производственно-сбытовые цепочки и рынки',
    labelKk:
      'Әсіресе дамушы елдерде ұсақ өнеркәсіптік және басқа кәсіпорындардың қаржылық қызметтерге, соның ішінде қымбат емес несиелерге қолжетімділігін арттыру және олардың өндіру-өткізу тізбектері мен нарықтарға бірігуін күшейту',
    parent: '9',
  },
  {
    code: '9.4',
    labelEn:
      'By 2030, upgrade infrastructure and retrofit industries to make them sustainable, with increased resource-use efficiency and greater adoption of clean and environmentally sound technologies and industrial processes, with all countries taking action in accordance with their respective capabilities',
    labelRu:
      'К 2030 году модернизировать инфраструктуру и переоборудовать промышленные предприятия, сделав их устойчивыми за счет повышения эффективности использования ресурсов и более широкого применения чистых и экологически безопасных технологий и промышленных процессов, с участием всех стран в соответствии с их индивидуальными возможностями',
    labelKk:
      '2030 жылға дейін жеке мүмкіндіктеріне орай барлық мемлекеттердің қатысуымен инфрақұрылымды жетілдіру және қорларды пайдалану тиімділігін арттыру мен таза және экологиялық қауіпсіз технологиялар мен өнеркәсіптік үдерістерді анағұрлым кең пайдалану есебінен кәсіпорындарды тұрақты етіп қайта жабдықтау',
    parent: '9',
  },
  {
    code: '9.5',
    labelEn:
      'Enhance scientific research, upgrade the technological capabilities of industrial sectors in all countries, in particular developing countries, including, by 2030, encouraging innovation and substantially increasing the number of research and development workers per 1 million people and public and private research and development spending',
    labelRu:
      'Активизировать научные исследования, наращивать технологический потенциал промышленных секторов во всех странах, особенно развивающихся странах, в том числе путем стимулирования к 2030 году инновационной деятельности и значительного увеличения числа работников в сфере научно-исследовательских и опытно-конструкторских работ (НИОКР) в расчете на 1 миллион человек, а также государственных и частных расходов на НИОКР',
    labelKk:
      'Барлық елдерде, әсіресе дамушы елдерде ғылыми зерттеулерді іске қосу, өнеркәсіптік бөлімдердің технологиялық әлеуетін өсіру, атап айтқанда 2030 жылға дейін инновациялық қызметті ынталандыру және ғылыми-зерттеу және тәжірибелік-құрастырымдық жұмыстар саласында (ҒЗТҚЖ) 1 миллион адам есебінен жұмысшылар санын, сондай-ақ ҒЗТҚЖ бойынша мемлекеттік және жеке шығындарды көбейту арқылы',
    parent: '9',
  },
  {
    code: '9.a',
    labelEn:
      'Facilitate sustainable and resilient infrastructure development in developing countries through enhanced financial, technological and technical support to African countries, least developed countries, landlocked developing countries and small island developing States',
    labelRu:
      'Содействовать развитию экологически устойчивой и стойкой инфраструктуры в развивающихся странах за счет увеличения финансовой, технологической и технической поддержки африканских стран, наименее развитых стран, развивающихся стран, не имеющих выхода к морю, и малых островных развивающихся государств',
    labelKk:
      'Африка елдерін, ең төмен дамыған елдерді, дамушы елдерді, теңізге шықпайтын елдерді және шағын аралдық дамушы мемлекеттерді қаржылық, технологиялық және техникалық қолдау есебінен экологиялық тұрақты және берік инфрақұрылымның дамуына ықпал ету',
    parent: '9',
  },
  {
    code: '9.b',
    labelEn:
      'Support domestic technology development, research and innovation in developing countries, including by ensuring a conducive policy environment for, inter alia, industrial diversification and value addition to commodities',
    labelRu:
      'Поддерживать разработки, исследования и инновации в сфере отечественных технологий в развивающихся странах, в том числе путем создания политического климата, благоприятствующего, в частности, диверсификации промышленности и увеличению добавленной стоимости в сырьевых отраслях',
    labelKk:
      'Дамушы елдердегі отандық технологиялар саласындағы талдамаларды, зерттеулерді және инновацияларды қолдау, соның ішінде негізінен, өнеркәсіпті әртараптандыруға және шикізат салаларында қосылған құнды ұлғайтуға қолайлы жағдай туғызатын, саяси климатты жасау арқылы',
    parent: '9',
  },
  {
    code: '9.c',
    labelEn:
      'Significantly increase access to information and communications technology and strive to provide universal and affordable access to the Internet in least developed countries by 2020',
    labelRu:
      'Существенно расширить доступ к информационно-коммуникационным технологиям и стремиться к обеспечению всеобщего и недорогого доступа к Интернету в наименее развитых странах к 2020 году',
    labelKk:
      'Ақпараттық-коммуникациялық технологияларға қолжетімділікті едәуір кеңейту және ең төмен дамыған елдерде Ғаламторға деген жалпыға ортақ және қымбат емес қолжетімділікті 2020 жылға дейін қамтамасыз етуге ұмтылу',
    parent: '9',
  },
  {
    code: '10.1',
    labelEn:
      'By 2030, progressively achieve and sustain income growth of the bottom 40 per cent of the population at a rate higher than the national average',
    labelRu:
      'К 2030 году постепенно достичь и поддерживать рост доходов наименее обеспеченных 40 процентов населения на уровне, превышающем средний по стране',
    labelKk:
      '2030 жылға дейін халықтың ең нашар қамсыздандырылған 40 пайызының табыс өсімін біртіндеп ел бойынша орташадан жоғары деңгейге жеткізу және сақтап тұру',
    parent: '10',
  },
  {
    code: '10.2',
    labelEn:
      'By 2030, empower and promote the social, economic and political inclusion of all, irrespective of age, sex, disability, race, ethnicity, origin, religion or economic or other status',
    labelRu:
      'К 2030 году поддержать законодательным путем и поощрять активное участие всех людей в социальной, экономической и политической жизни независимо от их возраста, пола, инвалидности, расы, этнической принадлежности, происхождения, религии и экономического или иного статуса',
    labelKk:
      '2030 жылға дейін жасына, жынысына, мүгедектігіне, ұлтына, этникалық шығу тегіне, шығу тегіне, дініне және экономикалық немесе басқа мәртебесіне тәуелсіз түрде барлық адамдардың әлеуметтік, экономикалық және саяси өмірге белсенді түрде араласуын заңнамалық түрде қолдау және мадақтау',
    parent: '10',
  },
  {
    code: '10.3',
    labelEn:
      'Ensure equal opportunity and reduce inequalities of outcome, including by eliminating discriminatory laws, policies and practices and promoting appropriate legislation, policies and action in this regard',
    labelRu:
      'Обеспечить равенство возможностей и уменьшить неравенство результатов, в том числе путем отмены дискриминационных законов, политики и практики и содействия принятию соответствующего законодательства, политики и мер в этом направлении',
    labelKk:
      'Мүмкіндіктер теңдігін қамтамасыз ету және нәтижелер теңсіздігін азайту, соның ішінде кемсіту заңдарын, саясатын және тәжірибесін болдырмау және осы бағыттағы сәйкес заңнама, саясат және шараларды қабылдауға жәрдемдесу арқылы',
    parent: '10',
  },
  {
    code: '10.4',
    labelEn:
      'Adopt policies, especially fiscal, wage and social protection policies, and progressively achieve greater equality',
    labelRu:
      'Принять соответствующую политику, особенно бюджетно-налоговую политику и политику в вопросах заработной платы и социальной защиты, и постепенно добиваться обеспечения большего равенства',
    labelKk:
      'Сәйкес саясатты, әсіресе бюджеттік-салықтық саясатты және еңбекақы мен әлеуметтік қорғау мәселелеріндегі саясатты қабылдау және біртіндеп көбірек теңдікті қамтамасыз етуге ұмтылу',
    parent: '10',
  },
  {
    code: '10.5',
    labelEn:
      'Improve the regulation and monitoring of global financial markets and institutions and strengthen the implementation of such regulations',
    labelRu:
      'Совершенствовать методы регулирования и мониторинга глобальных финансовых рынков и учреждений и более последовательно применять такие методы',
    labelKk:
      'Ғаламдық қаржылық нарықтарды және мекемелерді реттеу және сараптау әдістерін жетілдіру және мұндай әдістерді жүйелі қолдану',
    parent: '10',
  },
  {
    code: '10.6',
    labelEn:
      'Ensure enhanced representation and voice for developing countries in decision-making in global international economic and financial institutions in order to deliver more effective, credible, accountable and legitimate institutions',
    labelRu:
      'Обеспечить большую представленность и большее право голоса развивающихся стран в процессах принятия решений в глобальных международных экономических и финансовых учреждениях, с тем чтобы сделать эти учреждения более эффективными, авторитетными, подотчетными и легитимными',
    labelKk:
      'Ғаламдық халықаралық экономикалық және қаржылық мекемелерді анағұрлым тиімді, беделді, есепті және заңды ету мақсатында олардағы шешім қабылдау үдерістеріндегі дамушы елдердің басым өкілділігін және басым дауыс беру құқығын қамтамасыз ету',
    parent: '10',
  },
  {
    code: '10.7',
    labelEn:
      'Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies',
    labelRu:
      'Содействовать упорядоченной, безопасной, законной и ответственной миграции и мобильности людей, в том числе с помощью проведения спланированной и хорошо продуманной миграционной политики',
    labelKk:
      'Адамдардың көші-қоны және жұмылғыштығы атап айтқанда жоспарланған және ақылға салынған көші-қон саясатын жүргізу көмегімен ретке келтірілген, қауіпсіз, заңды және жауапты болуына жәрдемдесу',
    parent: '10',
  },
  {
    code: '10.a',
    labelEn:
      'Implement the principle of special and differential treatment for developing countries, in particular least developed countries, in accordance with World Trade Organization agreements',
    labelRu:
      'Проводить в жизнь принцип особого и дифференцированного режима для развивающихся стран, особенно наименее развитых стран, в соответствии с соглашениями Всемирной торговой организации',
    labelKk:
      'Дүниежүзілік сауда ұйымының келісімдеріне сәйкес дамушы, әсіресе ең нашар дамыған елдер үшін арнайы және сараланған тәртіп қағидасын жүзеге асыру',
    parent: '10',
  },
  {
    code: '10.b',
    labelEn:
      'Encourage official development assistance and financial flows, including foreign direct investment, to States where the need is greatest, in particular least developed countries, African countries, small island developing States and landlocked developing countries, in accordance with their national plans and programmes',
    labelRu:
      'Поощрять выделение официальной помощи в целях развития и финансовые потоки, в том числе прямые иностранные инвестиции, в наиболее нуждающиеся государства, особенно в наименее развитые страны, африканские страны, малые островные развивающиеся государства и развивающиеся страны, не имеющие выхода к морю, в соответствии с их национальными планами и программами',
    labelKk:
      'Дамыту мақсатында ресми көмекті және қаржы ағынын, соның ішінде тура шетел инвестицияларын ең мұқтаж мемлекеттерге, әсіресе ең нашар дамыған елдерге, африка елдеріне, шағын аралдық дамушы елдерге және олардың ұлттық жоспарлары мен бағдарламаларына сәйкес теңізге шықпайтын дамушы елдерге бөлуді мадақтау',
    parent: '10',
  },
  {
    code: '10.c',
    labelEn:
      'By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and eliminate remittance corridors with costs higher than 5 per cent',
    labelRu:
      'К 2030 году сократить операционные затраты, связанные с переводом мигрантами денежных средств, до менее 3 процентов от суммы перевода и ликвидировать каналы денежных переводов, у которых эти затраты превышают 5 процентов',
    labelKk:
      '2030 жылға дейін мигранттардың ақшалай қаражаттарды аударуымен байланысты операциялық шығындарын аудару сомасынан кем дегенде 3 пайызға дейін қысқарту және бұл шығындар 5 пайыздан асатын ақша аудару арналарын жою',
    parent: '10',
  },
  {
    code: '11.1',
    labelEn:
      'By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums',
    labelRu:
      'К 2030 году обеспечить всеобщий доступ к достаточному, безопасному и недорогому жилью и основным услугам и благоустроить трущобы',
    labelKk:
      '2030 жылға дейін жеткілікті, қауіпсіз және қымбат емес тұрғын үйге және жаңа қызметтерге жалпыға ортақ қолжетімділікті қамтамасыз ету және қалың тоғайларды абаттандыру',
    parent: '11',
  },
  {
    code: '11.2',
    labelEn:
      'By 2030, provide access to safe, affordable, accessible and sustainable transport systems for all, improving road safety, notably by expanding public transport, with special attention to the needs of those in vulnerable situations, women, children, persons with disabilities and older persons',
    labelRu:
      'К 2030 году обеспечить, чтобы все могли пользоваться безопасными, недорогими, доступными и экологически устойчивыми транспортными системами, на основе повышения безопасности дорожного движения, в частности расширения использования общественного транспорта, уделяя особое внимание нуждам тех, кто находится в уязвимом положении, женщин, детей, инвалидов и пожилых лиц',
    labelKk:
      '2030 жылға дейін осал жағдайдағы тұлғалардың, әйелдердің, балалардың, мүгедектердің және қарт адамдардың қажеттіліктеріне баса назар аудара отырып, жол қозғалысының қауіпсіздігін негізінен, қоғамдық көлікті пайдалануды кеңейту негізінде барлығын қауіпсіз, қымбат емес, қолжетімді және экологиялық тұрақты көлік құралдарымен пайдаланумен қамтамасыз ету',
    parent: '11',
  },
  {
    code: '11.3',
    labelEn:
      'By 2030, enhance inclusive and sustainable urbanization and capacity for participatory, integrated and sustainable human settlement planning and management in all countries',
    labelRu:
      'К 2030 году расширить масштабы открытой для всех и экологически устойчивой урбанизации и возможности для комплексного и устойчивого планирования населенных пунктов и управления ими на основе широкого участия во всех странах',
    labelKk:
      '2030 жылға дейін барлығына ашық және экологиялық тұрақты қалаланудың және елді мекендерді кешенді және тұрақты жоспарлау және оларды барлық елдерде қатысу негізінде басқару мүмкіндіктерінің ауқымын кеңейту',
    parent: '11',
  },
  {
    code: '11.4',
    labelEn: 'Strengthen efforts to protect and safeguard the world’s cultural and natural heritage',
    labelRu: 'Активизировать усилия по защите и сохранению всемирного культурного и природного наследия',
    labelKk: 'Дүниежүзілік мәдени және табиғи мұраны қорғау және сақтау бойынша жұмылуды іске қосу',
    parent: '11',
  },
  {
    code: '11.5',
    labelEn:
      'By 2030, significantly reduce the number of deaths and the number of people affected and substantially decrease the direct economic losses relative to global gross domestic product caused by disasters, including water-related disasters, with a focus on protecting the poor and people in vulnerable situations',
    labelRu:
      'К 2030 году существенно сократить число погибших и пострадавших и значительно уменьшить прямой экономический ущерб в виде потерь мирового валового внутреннего продукта в результате бедствий, в том числе связанных с водой, уделяя особое внимание защите малоимущих и уязвимых групп населения',
    labelKk:
      '2030 жылға дейін қаза болғандардың және жарақат алғандардың санын анағұрлым азайту және халықтың табысы аз және осал топтарына ерекше назар аудара отырып, апаттан, атап айтқанда сумен байланысты апаттардан болған әлемдік жалпы ішкі өнім шығысы түріндегі тікелей экономикалық зиянды айтарлықтай азайту',
    parent: '11',
  },
  {
    code: '11.6',
    labelEn:
      'By 2030, reduce the adverse per capita environmental impact of cities, including by paying special attention to air quality and municipal and other waste management',
    labelRu:
      'К 2030 году уменьшить негативное экологическое воздействие городов в пересчете на душу населения, в том числе посредством уделения особого внимания качеству воздуха и удалению городских и других отходов',
    labelKk:
      '2030 жылға дейін ауа сапасына және қалалық және басқа да қалдықтарды жоюға ерекше назар аудару арқылы бір адамға қайта есептегендегі қалалардың жағымсыз экологиялық әсерін азайту',
    parent: '11',
  },
  {
    code: '11.7',
    labelEn:
      'By 2030, provide universal access to safe, inclusive and accessible, green and public spaces, in particular for women and children, older persons and persons with disabilities',
    labelRu:
      'К 2030 году обеспечить всеобщий доступ к безопасным, доступным и открытым для всех зеленым зонам и общественным местам, особенно для женщин и детей, пожилых людей и инвалидов',
    labelKk:
      '2030 жылға дейін қауіпсіз, қолжетімді және барлығына арналған ашық жасыл аймақтар мен қоғамдық орындарға, әсіресе әйелдер мен балалар, қарт адамдар мен мүгедектер үшін жалпыға ортақ қолжетімділікті қамтамасыз ету',
    parent: '11',
  },
  {
    code: '11.a',
    labelEn:
      'Support positive economic, social and environmental links between urban, peri-urban and rural areas by strengthening national and regional development planning',
    labelRu:
      'Поддерживать позитивные экономические, социальные и экологические связи между городскими, пригородными и сельскими районами на основе повышения качества планирования национального и регионального развития',
    labelKk:
      'Ұлттық және аумақтық дамытуды жоспарлау сапасын көтеру негізінде қалалық, қала маңындағы және ауылдық аудандар арасындағы жағымды экономикалық, әлеуметтік және экологиялық байланыстарды қолдау',
    parent: '11',
  },
  {
    code: '11.b',
    labelEn:
      'By 2020, substantially increase the number of cities and human settlements adopting and implementing integrated policies and plans towards inclusion, resource efficiency, mitigation and adaptation to climate change, resilience to disasters, and develop and implement, in line with the Sendai Framework for Disaster Risk Reduction 2015–2030, holistic disaster risk management at all levels',
    labelRu:
      'К 2020 году значительно увеличить число городов и населенных пунктов, принявших и осуществляющих комплексные стратегии и планы, направленные на устранение социальных барьеров, повышение эффективности использования ресурсов, смягчение последствий изменения климата, адаптацию к его изменению и способность противостоять стихийным бедствиям, и разработать и внедрить в соответствии с Сендайской рамочной программой по снижению риска бедствий на 2015–2030 годы меры по комплексному управлению связанными с бедствиями рисками на всех уровнях',
    labelKk:
      '2020 жылға дейін әлеуметтік кедергілерді жоюға, қорларды пайдалану тиімділігін көтеруге, климаттың өзгеру нәтижелерін жұмсартуға, оның өзгерісіне бейімделуге және табиғи апаттарға қарсы тұру қабілеттілігіне бағытталған, кешенді стратегиялар мен жоспарларды қабылдаған және жүзеге асыратын қалалар мен елді мекендердің сандарын едәуір ұлғайту және 2015-2030 жылдар бойынша апаттардың пайда болу қаупін төмендету бойынша Сендай негіздемелік бағдарламасына сәйкес барлық деңгейдегі апаттармен байланысты туындайтын қауіптерді кешенді басқару бойынша шараларды даярлау және енгізу.',
    parent: '11',
  },
  {
    code: '11.c',
    labelEn:
      'Support least developed countries, including through financial and technical assistance, in building sustainable and resilient buildings utilizing local materials',
    labelRu:
      'Оказывать наименее развитым странам содействие, в том числе посредством финансовой и технической помощи, в строительстве экологически устойчивых и прочных зданий с использованием местных материалов',
    labelKk:
      'Ең нашар дамыған елдерге, атап айтқанда қаржылық және техникалық көмек арқылы жергілікті материалдарды пайдаланумен экологиялық тұрақты және берік ғимараттар құрылысына жәрдемдесу',
    parent: '11',
  },
  {
    code: '12.1',
    labelEn:
      'Implement the 10‐Year Framework of Programmes on Sustainable Consumption and Production Patterns, all countries taking action, with developed countries taking the lead, taking into account the development and capabilities of developing countries',
    labelRu:
      'Осуществлять Десятилетнюю стратегию действий по переходу к использованию рациональных моделей потребления и производства с участием всех стран, причем первыми к ней должны приступить развитые страны, и с учетом развития и потенциала развивающихся стран',
    labelKk:
      'Барлық елдердің қатысуымен тұтыныс пен өндірістің тиімді үлгілерін пайдалануға көшу бойынша Он жылдық стратегияны жүзеге асыру, осы тұста оны ең алдымен дамушы елдердің дамуы мен әлеуетін ескере отырып, дамыған елдер алғашқы болып кірісуі тиіс',
    parent: '12',
  },
  {
    code: '12.2',
    labelEn: 'By 2030, achieve the sustainable management and efficient use of natural resources',
    labelRu: 'К 2030 году добиться рационального освоения и эффективного использования природных ресурсов',
    labelKk: '2030 жылға дейін табиғи қорларды оңтайлы игеру мен тиімді пайдалануға жету',
    parent: '12',
  },
  {
    code: '12.3',
    labelEn:
      'By 2030, halve per capita global food waste at the retail and consumer levels and reduce food losses along production and supply chains, including post-harvest losses',
    labelRu:
      'К 2030 году сократить вдвое в пересчете на душу населения общемировое количество пищевых отходов на розничном и потребительском уровнях и уменьшить потери продовольствия в производственно-сбытовых цепочках, в том числе послеуборочные потери',
    labelKk:
      '2030 жылға дейін дара және тұтынушылық деңгейдегі тамақ қалдықтарының бүкіләлемдік мөлшерін бір адамға шағып қайта есептегенде екі есеге қысқарту және өндіру-өткізу тізбектеріндегі шығындарды, соның ішінде орақтан кейінгі шығындарды азайту',
    parent: '12',
  },
  {
    code: '12.4',
    labelEn:
      'By 2020, achieve the environmentally sound management of chemicals and all wastes throughout their life cycle, in accordance with agreed international frameworks, and significantly reduce their release to air, water and soil in order to minimize their adverse impacts on human health and the environment',
    labelRu:
      'К 2020 году добиться экологически рационального использования химических веществ и всех отходов на протяжении всего их жизненного цикла в соответствии с согласованными международными принципами и существенно сократить их попадание в воздух, воду и почву, чтобы свести к минимуму их негативное воздействие на здоровье людей и окружающую среду',
    labelKk:
      '2020 жылға дейін халықаралық келісілген қағидаларға сәйкес химиялық заттар мен барлық қалдықтарды олардың тіршілік кезеңінің барысында экологиялық оңтайлы пайдалану және олардың адамдардың денсаулығы мен қоршаған ортаға деген жағымсыз әсерін мейлінше қысқарту үшін олардың ауаға, суға және топыраққа кіруін барынша қысқарту',
    parent: '12',
  },
  {
    code: '12.5',
    labelEn:
      'By 2030, substantially reduce waste generation through prevention, reduction, recycling and reuse',
    labelRu:
      'К 2030 году существенно уменьшить объем отходов путем принятия мер по предотвращению их образования, их сокращению, переработке и повторному использованию',
    labelKk:
      '2030 жылға дейін қалдықтардың пайда болуының алдын алу, оларды қысқарту, қайта өңдеу және қайта пайдалану бойынша шаралар қолдану арқылы қалдықтар көлемін едәуір қысқарту',
    parent: '12',
  },
  {
    code: '12.6',
    labelEn:
      'Encourage companies, especially large and transnational companies, to adopt sustainable practices and to integrate sustainability information into their reporting cycle',
    labelRu:
      'Рекомендовать компаниям, особенно крупным и транснациональным компаниям, применять устойчивые методы производства и отражать информацию о рациональном использовании ресурсов в своих отчетах',
    labelKk:
      'Компанияларға, әсіресе ірі әрі трансұлттық компанияларға өндірістің тұрақты әдістерін қолдануды және өз есептерінде қорларды оңтайлы пайдалану туралы ақпаратты көрсетуді ұсыну',
    parent: '12',
  },
  {
    code: '12.7',
    labelEn:
      'Promote public procurement practices that are sustainable, in accordance with national policies and priorities',
    labelRu:
      'Содействовать обеспечению экологичной практики государственных закупок в соответствии с национальными стратегиями и приоритетами',
    labelKk:
      'Ұлттық стратегиялар мен басымдылықтарға сәйкес мемлекеттік сатып алулардың тұрақты тәжірибесін қамтамасыз етуге жәрдемдесу',
    parent: '12',
  },
  {
    code: '12.8',
    labelEn:
      'By 2030, ensure that people everywhere have the relevant information and awareness for sustainable development and lifestyles in harmony with nature',
    labelRu:
      'К 2030 году обеспечить, чтобы люди во всем мире располагали соответствующей информацией и сведениями об устойчивом развитии и образе жизни в гармонии с природой',
    labelKk:
      '2030 жылға дейін бүкіл әлемдегі адамдар тұрақты даму және табиғатпен үйлесімде өмір сүру салты туралы сәйкес ақпарат пен мәліметтерге ие болуын қамтамасыз ету',
    parent: '12',
  },
  {
    code: '12.a',
    labelEn:
      'Support developing countries to strengthen their scientific and technological capacity to move towards more sustainable patterns of consumption and production',
    labelRu:
      'Оказывать развивающимся странам помощь в наращивании их научно-технического потенциала для перехода к более рациональным моделям потребления и производства',
    labelKk:
      'Тұтыныс пен өндірістің анағұрлым оңтайлы үлгілеріне көшу үшін дамушы елдерге олардың ғылыми-техникалық әлеуетін өсіруде көмек көрсету',
    parent: '12',
  },
  {
    code: '12.b',
    labelEn:
      'Develop and implement tools to monitor sustainable development impacts for sustainable tourism that creates jobs and promotes local culture and products',
    labelRu:
      'Разрабатывать и внедрять инструменты мониторинга влияния, оказываемого на устойчивое развитие устойчивым туризмом, который способствует созданию рабочих мест, развитию местной культуры и производству местной продукции',
    labelKk:
      'Жұмыс орындарының пайда болуына, жергілікті мәдениеттің дамуына және жергілікті өнімдердің өндірісіне ықпал ететін тұрақты туризм арқылы тұрақты дамуға деген әсерді сараптау құралдарын даярлау және енгізу',
    parent: '12',
  },
  {
    code: '12.c',
    labelEn:
      'Rationalize inefficient fossil-fuel subsidies that encourage wasteful consumption by removing market distortions, in accordance with national circumstances, including by restructuring taxation and phasing out those harmful subsidies, where they exist, to reflect their environmental impacts, taking fully into account the specific needs and conditions of developing countries and minimizing the possible adverse impacts on their development in a manner that protects the poor and the affected communities',
    labelRu:
      'Рационализировать отличающееся неэффективностью субсидирование использования ископаемого топлива, ведущее к его расточительному потреблению, посредством устранения рыночных диспропорций с учетом национальных условий, в том числе путем реорганизации налогообложения и постепенного отказа от вредных субсидий там, где они существуют, для учета их экологических последствий, в полной мере принимая во внимание особые потребности и условия развивающихся стран и сводя к минимуму возможные негативные последствия для их развития таким образом, чтобы защитить интересы нуждающихся и уязвимых групп населения',
    labelKk:
      'Ұлттық талаптарды ескере отырып, нарықтық диспорцияларды жою арқылы, соның ішінде салық салуды қайта ұйымдастыру және зиянды субсидиялар қолданылатын жерден олардың экологиялық салдарын есепке алу үшін олардан бас тарту арқылы, халықтың мұқтаж және осал топтарының мүдделерін қорғайтындай, дамушы елдердің айрықша қажеттіліктері мен жағдайларын толығымен назарға ала отырып және олардың дамуы үшін ықтимал жағымсыз нәтижелерді мейлінше қысқарта отырып, тиімсіздігімен ерекшеленетін қазбалы отынды оның бейберекет тұтынылуына алып келетін пайдалану субсидиясын оңтайландыру.',
    parent: '12',
  },
  {
    code: '13.1',
    labelEn:
      'Strengthen resilience and adaptive capacity to climate-related hazards and natural disasters in all countries',
    labelRu:
      'Повысить сопротивляемость и способность адаптироваться к опасным климатическим явлениям и стихийным бедствиям во всех странах',
    labelKk: 'Барлық елдерде қауіпті климат құбылыстарына төзімділікті және бейімделу қабілетін көтеру',
    parent: '13',
  },
  {
    code: '13.2',
    labelEn: 'Integrate climate change measures into national policies, strategies and planning',
    labelRu:
      'Включить меры реагирования на изменение климата в политику, стратегии и планирование на национальном уровне',
    labelKk:
      'Климаттың өзгеруіне деген жауап қату шараларын саясатқа, стратегияларға және ұлттық деңгейдегі жоспарлауға енгізу',
    parent: '13',
  },
  {
    code: '13.3',
    labelEn:
      'Improve education, awareness-raising and human and institutional capacity on climate change mitigation, adaptation, impact reduction and early warning',
    labelRu:
      'Улучшить просвещение, распространение информации и возможности людей и учреждений по смягчению остроты и ослаблению последствий изменения климата, адаптации к ним и раннему предупреждению',
    labelKk:
      'Ағарту, ақпаратты тарату және адамдар мен мекемелердің климат өзгерісінің қауіптілігін жеңілдету және салдарын әлсірету, оларға бейімделу және алдын ала ескерту бойынша мүмкіндіктерін жақсарту',
    parent: '13',
  },
  {
    code: '13.a',
    labelEn:
      'Implement the commitment undertaken by developed-country parties to the United Nations Framework Convention on Climate Change to a goal of mobilizing jointly $100 billion annually by 2020 from all sources to address the needs of developing countries in the context of meaningful mitigation actions and transparency on implementation and fully operationalize the Green Climate Fund through its capitalization as soon as possible',
    labelRu:
      'Выполнить взятое на себя развитыми странами, являющимися участниками Рамочной конвенции Организации Объединенных Наций об изменении климата, обязательство достичь цели ежегодной мобилизации к 2020 году общими усилиями 100 млрд. долл. США из всех источников для удовлетворения потребностей развивающихся стран в контексте принятия конструктивных мер по смягчению остроты последствий изменения климата и обеспечения прозрачности их осуществления, а также обеспечить полномасштабное функционирование Зеленого климатического фонда путем его капитализации в кратчайшие возможные сроки',
    labelKk:
      'Климаттың өзгеруі жөніндегі Біріккен Ұлттар Ұйымының негіздемелік Конвенциясының қатысушылары болып табылатын дамыған елдердің климаттың өзгеру салдарын жеңілдету бойынша сындарлы шараларды қабылдау мәнмәтініндегі дамушы елдердің қажеттіліктерін өтеу үшін және олардың жүзеге асырылуының айқындығын қамтамасыз ету үшін 2020 жылға дейін бірігіп ат салысу арқылы барлық көздерден 100 млрд. АҚШ долл. жыл сайынғы жұмылдыру мақсатына жету туралы жүктелген міндетін орындау, сондай-ақ Жасыл климаттық қорды мүмкіндігінше ең қысқа мерзім ішінде капиталдандыру арқылы оның толық ауқымды қызмет етуін қамтамасыз ету.',
    parent: '13',
  },
  {
    code: '13.b',
    labelEn:
      'Promote mechanisms for raising capacity for effective climate change-related planning and management in least developed countries and small island developing States, including focusing on women, youth and local and marginalized communities',
    labelRu:
      'Содействовать созданию механизмов по укреплению возможностей планирования и управления, связанных с изменением климата, в наименее развитых странах и малых островных развивающихся государствах, уделяя при этом повышенное внимание женщинам, молодежи, а также местным и маргинализированным общинам',
    labelKk:
      'Ең нашар дамыған елдерде және шағын аралдық дамушы мемлекеттерде климаттың өзгеруімен байланысты жоспарлау және бақылау мүмкіндіктерін күшейту механизмдерін құруға жәрдемдесу, аталған жағдайда әйелдерге, жастарға және жергілікті және маргиналданған қауымдарға баса назар аудару',
    parent: '13',
  },
  {
    code: '14.1',
    labelEn:
      'By 2025, prevent and significantly reduce marine pollution of all kinds, in particular from land-based activities, including marine debris and nutrient pollution',
    labelRu:
      'К 2025 году обеспечить предотвращение и существенное сокращение любого загрязнения морской среды, в особенности вследствие деятельности на суше, включая загрязнение морским мусором и питательными веществами',
    labelKk:
      '2025 жылға дейін теңіз қоқысымен және қоректік заттарды қоса есептегенде құрлықта әрекет ету салдарынан теңіз ортасының кез келген ластануының алдын алу және едәуір қысқарту',
    parent: '14',
  },
  {
    code: '14.2',
    labelEn:
      'By 2020, sustainably manage and protect marine and coastal ecosystems to avoid significant adverse impacts, including by strengthening their resilience, and take action for their restoration in order to achieve healthy and productive oceans',
    labelRu:
      'К 2020 году обеспечить рациональное использование и защиту морских и прибрежных экосистем с целью предотвратить значительное отрицательное воздействие, в том числе путем повышения стойкости этих экосистем, и принять меры по их восстановлению для обеспечения хорошего экологического состояния и продуктивности океанов',
    labelKk:
      '2020 жылға дейін елеулі жағымсыз әсер етудің алдын алу мақсатында теңіз және жағалау экожүйелерінің тиімді пайдаланылуын және қорғанысын атап айтқанда, осы экожүйелердің беріктігін арттыру арқылы қамтамасыз ету және мұхиттардың жақсы экологиялық жағдайы мен өнімділігін қамтамасыз ету мақсатында оларды қалпына келтіру шараларын қабылдау.',
    parent: '14',
  },
  {
    code: '14.3',
    labelEn:
      'Minimize and address the impacts of ocean acidification, including through enhanced scientific cooperation at all levels',
    labelRu:
      'Минимизировать и ликвидировать последствия закисления океана, в том числе благодаря развитию научного сотрудничества на всех уровнях',
    labelKk:
      'Барлық деңгейде ғылыми ынтымақтастықтың дамуына орай теңіздің қышқылдану салдарын барынша азайту және жою',
    parent: '14',
  },
  {
    code: '14.4',
    labelEn:
      'By 2020, effectively regulate harvesting and end overfishing, illegal, unreported and unregulated fishing and destructive fishing practices and implement science-based management plans, in order to restore fish stocks in the shortest time feasible, at least to levels that can produce maximum sustainable yield as determined by their biological characteristics',
    labelRu:
      'К 2020 году обеспечить эффективное регулирование добычи и положить конец перелову, незаконному, несообщаемому и нерегулируемому рыбному промыслу и губительной рыбопромысловой практике, а также выполнить научно обоснованные планы хозяйственной деятельности, для того чтобы восстановить рыбные запасы в кратчайшие возможные сроки, доведя их по крайней мере до таких уровней, которые способны обеспечивать максимальный экологически рациональный улов с учетом биологических характеристик этих запасов',
    labelKk:
      '2020 жылға дейін олжаны тиімді реттеуді қамтамасыз ету және аулап бітіруге, заңсыз, хабарланбайтын және реттелмейтін балық аулауға және жойғыш балық аулау тәжірибесіне нүкте қою, сондай-ақ балық қорын кем дегенде осы қорлардың биологиялық сипаттамаларын ескере отырып, экологиялық оңтайлы аулауды қамтамасыз етуге қабілетті шама көрсеткішіне дейін ең қысқа мерзім ішінде қалпына келтіру үшін ғылыми негізделген шаруашылық қызметінің жоспарларын орындау.',
    parent: '14',
  },
  {
    code: '14.5',
    labelEn:
      'By 2020, conserve at least 10 per cent of coastal and marine areas, consistent with national and international law and based on the best available scientific information',
    labelRu:
      'К 2020 году охватить природоохранными мерами по крайней мере 10 процентов прибрежных и морских районов в соответствии с национальным законодательством и международным правом и на основе наилучшей имеющейся научной информации',
    labelKk:
      '2020 жылға дейін табиғатты қорғау шараларымен ұлттық заңнамаға және халықаралық құқықа сәйкес кем дегенде 10 жағалау және теңіз ауданын ең жақсы қолданыстағы ғылыми ақпарат негізінде қамту',
    parent: '14',
  },
  {
    code: '14.6',
    labelEn:
      'By 2020, prohibit certain forms of fisheries subsidies which contribute to overcapacity and overfishing, eliminate subsidies that contribute to illegal, unreported and unregulated fishing and refrain from introducing new such subsidies, recognizing that appropriate and effective special and differential treatment for developing and least developed countries should be an integral part of the World Trade Organization fisheries subsidies negotiation',
    labelRu:
      'К 2020 году запретить некоторые формы субсидий для рыбного промысла, содействующие созданию чрезмерных мощностей и перелову, отменить субсидии, содействующие незаконному, несообщаемому и нерегулируемому рыбному промыслу, и воздерживаться от введения новых таких субсидий, признавая, что надлежащее и эффективное применение особого и дифференцированного режима в отношении развивающихся и наименее развитых стран должно быть неотъемлемой частью переговоров по вопросу о субсидировании рыбного промысла, которые ведутся в рамках Всемирной торговой организации',
    labelKk:
      '2020 жылға дейін шамадан тыс қуаттылық пен аулап бітірудің пайда болуына алып келетін балық аулау субсидияларының кейбір нысандарына тыйым салу, заңсыз, хабарланбайтын және реттелмейтін балық аулауға септігін тигізетін субсидияларды алып тастау және дамушы және ең нашар дамыған елдерге қатысты ерекше және сараланған тәртіпті тиісті түрде және тиімді пайдалану Дүниежүзілік сауда ұйымының аясында өтіп жатқан балық аулауды субсидиялау туралы келіссөздердің ажырамас бөлігі болып табылуы тиіс екенін мойындай отырып, осындай жаңа субсидияларды енгізуден бас тарту.',
    parent: '14',
  },
  {
    code: '14.7',
    labelEn:
      'By 2030, increase the economic benefits to small island developing States and least developed countries from the sustainable use of marine resources, including through sustainable management of fisheries, aquaculture and tourism',
    labelRu:
      'К 2030 году повысить экономические выгоды, получаемые малыми островными развивающимися государствами и наименее развитыми странами от экологически рационального использования морских ресурсов, в том числе благодаря экологически рациональной организации рыбного хозяйства, аквакультуры и туризма',
    labelKk:
      '2030 жылға дейін шағын аралдық дамушы мемлекеттер және ең нашар дамыған елдер теңіз қорларын оңтайлы пайдаланудан алатын, атап айтқанда балық шаруашылығын, аквамәдениетті және туризмді эколоогиялық оңтайлы ұйымдастыру нәтижесіндегі экономикалық тиімділікті көтеру',
    parent: '14',
  },
  {
    code: '14.a',
    labelEn:
      'Increase scientific knowledge, develop research capacity and transfer marine technology, taking into account the Intergovernmental Oceanographic Commission Criteria and Guidelines on the Transfer of Marine Technology, in order to improve ocean health and to enhance the contribution of marine biodiversity to the development of developing countries, in particular small island developing States and least developed countries',
    labelRu:
      'Увеличить объем научных знаний, расширить научные исследования и обеспечить передачу морских технологий, принимая во внимание Критерии и руководящие принципы в отношении передачи морских технологий, разработанные Межправительственной океанографической комиссией, с тем чтобы улучшить экологическое состояние океанской среды и повысить вклад морского биоразнообразия в развитие развивающихся стран, особенно малых островных развивающихся государств и наименее развитых стран',
    labelKk:
      'Мұхит ортасының экологиялық жағдайын жақсарту үшін және теңіздік биологиялық алуан түрліліктің дамушы елдердің, әсіресе шағын аралдық дамушы мемлекеттердің және ең нашар дамыған мемлекеттердің дамуына қосатын үлесін арттыру мақсатында ғылыми білімдердің көлемін ұлғайту, ғылыми зерттеулерді кеңейту және теңіз технологияларын тапсыруға қатысты Үкіметаралық мұхиттану комиссиясы әзірлеген Өлшемшарттар мен жетекші қағидаларды назарға ала отырып, теңіз технологияларын тапсыруды қамтамасыз ету.',
    parent: '14',
  },
  {
    code: '14.b',
    labelEn: 'Provide access for small-scale artisanal fishers to marine resources and markets',
    labelRu:
      'Обеспечить доступ мелких хозяйств, занимающихся кустарным рыбным промыслом, к морским ресурсам и рынкам',
    labelKk:
      'Майдагерлік балық кәсіпшілігімен айналысатын ұсақ шаруашылықтардың теңіз қорлары мен нарықтарға қолжетімділігін қамтамасыз ету',
    parent: '14',
  },
  {
    code: '14.c',
    labelEn:
      'Enhance the conservation and sustainable use of oceans and their resources by implementing international law as reflected in the United Nations Convention on the Law of the Sea, which provides the legal framework for the conservation and sustainable use of oceans and their resources, as recalled in paragraph 158 of “The future we want”',
    labelRu:
      'Улучшить работу по сохранению и рациональному использованию океанов и их ресурсов путем соблюдения норм международного права, закрепленных в Конвенции Организации Объединенных Наций по морскому праву, которая, как отмечено в пункте 158 документа «Будущее, которого мы хотим», закладывает юридическую базу для сохранения и рационального использования Мирового океана и его ресурсов',
    labelKk:
      '«Біз қалайтын болашақ» құжатының 158 тармағында көрсетілгендей Әлемдік мұхитты және оның қорларын сақтау және тиімді пайдалану үшін заңды негізді қалайтын Біріккен Ұлттар Ұйымының теңіз құқығы жөніндегі конвенциясында бекітілген халықаралық құқық нормаларын сақтау арқылы мұхиттар мен олардың қорларын сақтау және тиімді пайдалану бойынша жұмысты жақсарту',
    parent: '14',
  },
  {
    code: '15.1',
    labelEn:
      'By 2020, ensure the conservation, restoration and sustainable use of terrestrial and inland freshwater ecosystems and their services, in particular forests, wetlands, mountains and drylands, in line with obligations under international agreements',
    labelRu:
      'К 2020 году обеспечить сохранение, восстановление и рациональное использование наземных и внутренних пресноводных экосистем и их услуг, в том числе лесов, водно-болотных угодий, гор и засушливых земель, в соответствии с обязательствами, вытекающими из международных соглашений',
    labelKk:
      '2020 жылға дейін халықаралық келісімдерде белгіленген міндеттемелерге сәйкес жер үсті және ішкі тұщысу экожүйелерін және олардың қызметтерін, атап айтқанда ормандардың, сулы-батпақты алқаптардың, таулардың және шөлейт жерлердің сақталуын, қалпына келтірілуін және оңтайлы қолданылуын қамтамасыз ету',
    parent: '15',
  },
  {
    code: '15.2',
    labelEn:
      'By 2020, promote the implementation of sustainable management of all types of forests, halt deforestation, restore degraded forests and substantially increase afforestation and reforestation globally',
    labelRu:
      'К 2020 году содействовать внедрению методов рационального использования всех типов лесов, остановить обезлесение, восстановить деградировавшие леса и значительно расширить масштабы лесонасаждения и лесовосстановления во всем мире',
    labelKk:
      '2020 жылға дейін ормандардың барлық түрлерін оңтайлы пайдалану әдістерін енгізуге жәрдемдесу, ормансыздануды тоқтату, тозған ормандарды қалпына келтіру және бүкіл әлемдегі орман өсіру және орманды қалпына келтіру ауқымдарын кеңейту',
    parent: '15',
  },
  {
    code: '15.3',
    labelEn:
      'By 2030, combat desertification, restore degraded land and soil, including land affected by desertification, drought and floods, and strive to achieve a land degradation-neutral world',
    labelRu:
      'К 2030 году вести борьбу с опустыниванием, восстановить деградировавшие земли и почвы, включая земли, затронутые опустыниванием, засухами и наводнениями, и стремиться к тому, чтобы во всем мире не ухудшалось состояние земель',
    labelKk:
      '2030 жылға дейін шөлге айналумен күресу, шөлге айналған, құрғақшылыққа ұшыраған және су басқан жерлерді қосқанда, тозған жерлер мен топырақтарды қалпына келтіру және бүкіл әлемдегі жердің жағдайын нашарлатпауға ұмтылу',
    parent: '15',
  },
  {
    code: '15.4',
    labelEn:
      'By 2030, ensure the conservation of mountain ecosystems, including their biodiversity, in order to enhance their capacity to provide benefits that are essential for sustainable development',
    labelRu:
      'К 2030 году обеспечить сохранение горных экосистем, в том числе их биоразнообразия, для того чтобы повысить их способность давать блага, необходимые для устойчивого развития',
    labelKk:
      '2030 жылға дейін тау экожүйелерінің, соның ішінде олардың биологиялық алуан түрлілігінің олардың тұрақты дамуға деген игілік беру мүмкіндіктерін арттыру үшін сақталуын қамтамасыз ету',
    parent: '15',
  },
  {
    code: '15.5',
    labelEn:
      'Take urgent and significant action to reduce the degradation of natural habitats, halt the loss of biodiversity and, by 2020, protect and prevent the extinction of threatened species',
    labelRu:
      'Незамедлительно принять значимые меры по сдерживанию деградации природных сред обитания, остановить утрату биологического разнообразия и к 2020 году обеспечить сохранение и предотвращение исчезновения видов, находящихся под угрозой вымирания',
    labelKk:
      'Табиғи тіршілік ету орталарының тозуын тоқтату бойынша елеулі шараларды шұғыл түрде қолдану, биологиялық алуан түрлілікті жоғалтуды тоқтату және 2020 жылға дейін қырылу қаупіндегі түрлерді сақтау және олардың жоғалуының алдын алу',
    parent: '15',
  },
  {
    code: '15.6',
    labelEn:
      'Promote fair and equitable sharing of the benefits arising from the utilization of genetic resources and promote appropriate access to such resources, as internationally agreed',
    labelRu:
      'Содействовать справедливому распределению благ от использования генетических ресурсов и способствовать обеспечению надлежащего доступа к таким ресурсам на согласованных на международном уровне условиях',
    labelKk:
      'Генетикалық қорларды пайдалану игіліктерін әділетті үлестіруге жәрдемдесу және халықаралық деңгейде келісілген шарттарда осындай қорларға тиісті қолжетімділікті қамтамасыз етуге ықпал ету',
    parent: '15',
  },
  {
    code: '15.7',
    labelEn:
      'Take urgent action to end poaching and trafficking of protected species of flora and fauna and address both demand and supply of illegal wildlife products',
    labelRu:
      'Незамедлительно принять меры для того, чтобы положить конец браконьерству и контрабандной торговле охраняемыми видами флоры и фауны и решить проблемы, касающиеся как спроса на незаконные продукты живой природы, так и их предложения',
    labelKk:
      'Браконьерлік және флора және фаунаның қорғалатын түрлерінің контрабандалық саудасына нүкте қою үшін шұғыл түрде шаралар қолдану және тірі табиғаттың заңсыз өнімдеріне деген сұранысқа және олардың ұсынылуына қатысты мәселелерді шешу',
    parent: '15',
  },
  {
    code: '15.8',
    labelEn:
      'By 2020, introduce measures to prevent the introduction and significantly reduce the impact of invasive alien species on land and water ecosystems and control or eradicate the priority species',
    labelRu:
      'К 2020 году принять меры по предотвращению проникновения чужеродных инвазивных видов и по значительному уменьшению их воздействия на наземные и водные экосистемы, а также принять меры по предотвращению ограничения численности или уничтожения приоритетных видов',
    labelKk:
      '2020 жылға дейін бөтен инвазивті түрлердің енуінің алдын алу бойынша және олардың жер үсті және су экожүйелеріне деген әсерін едәуір азайту бойынша шаралар қолдану, сондай-ақ сандарының шектелуінің немесе басым түрлерінің жойылуының алдын алу бойынша шаралар қолдану',
    parent: '15',
  },
  {
    code: '15.9',
    labelEn:
      'By 2020, integrate ecosystem and biodiversity values into national and local planning, development processes, poverty reduction strategies and accounts',
    labelRu:
      'К 2020 году обеспечить учет ценности экосистем и биологического разнообразия в ходе общенационального и местного планирования и процессов развития, а также при разработке стратегий и планов сокращения масштабов бедности',
    labelKk:
      '2020 жылға дейін жалпы ұлттық және жергілікті жоспарлау және даму үдерістерінің барысында, сондай-ақ кедейлік ауқымдарын қысқарту стратегиялары мн жоспарларын дайындау жағдайында экожүйелер мен биологиялық алуан түрлілік құндылықтың есепке алынуын қамтамасыз ету',
    parent: '15',
  },
  {
    code: '15.a',
    labelEn:
      'Mobilize and significantly increase financial resources from all sources to conserve and sustainably use biodiversity and ecosystems',
    labelRu:
      'Мобилизовать и значительно увеличить финансовые ресурсы из всех источников в целях сохранения и рационального использования биологического разнообразия и экосистем',
    labelKk:
      'Биологиялық алуан түрлілік пен экожүйелерді сақтау және тиімді пайдалану мақсатында барлық көздерден қаржылық қорларды жұмылдыру және айтарлықтай ұлғайту',
    parent: '15',
  },
  {
    code: '15.b',
    labelEn:
      'Mobilize significant resources from all sources and at all levels to finance sustainable forest management and provide adequate incentives to developing countries to advance such management, including for conservation and reforestation',
    labelRu:
      'Мобилизовать значительные ресурсы из всех источников и на всех уровнях для финансирования рационального лесопользования и дать развивающимся странам адекватные стимулы для применения таких методов управления, в том числе в целях сохранения и восстановления лесов',
    labelKk:
      'Орманды тиімді пайдалануды қаржыландыру үшін барлық көздерден және барлық деңгейде елеулі қорларды жұмылдыру және осындай басқару әдістерін пайдалану, соның ішінде ормандарды сақтау және қалпына келтіру үшін дамушы елдерге адекватты ынта беру',
    parent: '15',
  },
  {
    code: '15.c',
    labelEn:
      'Enhance global support for efforts to combat poaching and trafficking of protected species, including by increasing the capacity of local communities to pursue sustainable livelihood opportunities',
    labelRu:
      'Активизировать глобальные усилия по борьбе с браконьерством и контрабандной торговлей охраняемыми видами, в том числе путем расширения имеющихся у местного населения возможностей получать средства к существованию экологически безопасным образом',
    labelKk:
      'Браконьерлік және қорғалатын түрлердің контрабандалық саудасымен күрес бойынша ғаламдық күш жұмылдыруды іске қосу, соның ішінде жергілікті халықтың тіршілік ету үшін экологиялық қауіпсіз түрде қаражат алу мүмкіндіктерін кеңейту арқылы',
    parent: '15',
  },
  {
    code: '16.1',
    labelEn: 'Significantly reduce all forms of violence and related death rates everywhere',
    labelRu:
      'Значительно сократить распространенность всех форм насилия и уменьшить показатели смертности от этого явления во всем мире',
    labelKk:
      'Зорлықтың барлық нысанының таралуын айтарлықтай азайту және осыдан пайда болатын өлімнің бүкіл әлемдегі көрсеткіштерін төмендету',
    parent: '16',
  },
  {
    code: '16.2',
    labelEn: 'End abuse, exploitation, trafficking and all forms of violence against and torture of children',
    labelRu:
      'Положить конец надругательствам, эксплуатации, торговле и всем формам насилия и пыток в отношении детей',
    labelKk:
      'Балаларға қатысты қорлық көрсетуге, оларды пайдалануға, саудаға салуға және зорлау мен аазаптаудың барлық түрлеріне нүкте қою',
    parent: '16',
  },
  {
    code: '16.3',
    labelEn:
      'Promote the rule of law at the national and international levels and ensure equal access to justice for all',
    labelRu:
      'Содействовать верховенству права на национальном и международном уровнях и обеспечить всем равный доступ к правосудию',
    labelKk:
      'Ұлттық және халықаралық деңгейлерде құқық үстемдігіне жәрдемдесу және барлығын әділ сотқа тең қолжетімділікпен қамтамасыз ету',
    parent: '16',
  },
  {
    code: '16.4',
    labelEn:
      'By 2030, significantly reduce illicit financial and arms flows, strengthen the recovery and return of stolen assets and combat all forms of organized crime',
    labelRu:
      'К 2030 году значительно уменьшить незаконные финансовые потоки и потоки оружия, активизировать деятельность по обнаружению и возвращению похищенных активов и вести борьбу со всеми формами организованной преступности',
    labelKk:
      '2030 жылға дейін заңсыз қаржылық ағындар мен қару-жарақ ағындарын едәуір азайту, ұрланған активтерді табу және қайтару бойынша қызметті жандандыру және ұйымдасқан қылмыстың барлық түрлерімен күрес жүргізу',
    parent: '16',
  },
  {
    code: '16.5',
    labelEn: 'Substantially reduce corruption and bribery in all their forms',
    labelRu: 'Значительно сократить масштабы коррупции и взяточничества во всех их формах',
    labelKk: 'Жемқорлық және парақорлықтың барлық нысандарының ауқымын айтарлықтай азайту',
    parent: '16',
  },
  {
    code: '16.6',
    labelEn: 'Develop effective, accountable and transparent institutions at all levels',
    labelRu: 'Создать эффективные, подотчетные и прозрачные учреждения на всех уровнях',
    labelKk: 'Барлық деңгейде тиімді, есеп беретін және таза мекемелерді құру',
    parent: '16',
  },
  {
    code: '16.7',
    labelEn: 'Ensure responsive, inclusive, participatory and representative decision-making at all levels',
    labelRu:
      'Обеспечить ответственное принятие решений репрезентативными органами на всех уровнях с участием всех слоев общества',
    labelKk:
      'Барлық деңгейде қоғамның бүкіл қабаттарының қатысуымен репрезентативті органдардың жауапты шешім қабылдауын қамтамасыз ету',
    parent: '16',
  },
  {
    code: '16.8',
    labelEn:
      'Broaden and strengthen the participation of developing countries in the institutions of global governance',
    labelRu:
      'Расширить и активизировать участие развивающихся стран в деятельности органов глобального регулирования',
    labelKk: 'Ғаламдық реттеу органдарының қызметіне дамушы елдердің қатысуын кеңейту және жандандыру',
    parent: '16',
  },
  {
    code: '16.9',
    labelEn: 'By 2030, provide legal identity for all, including birth registration',
    labelRu:
      'К 2030 году обеспечить наличие у всех людей законных удостоверений личности, включая свидетельства о рождении',
    labelKk:
      '2030 жылға дейін барлық адамдарда туу туралы куәлікті қосқанда заңды жеке куәліктің болуын қамтамасыз ету',
    parent: '16',
  },
  {
    code: '16.10',
    labelEn:
      'Ensure public access to information and protect fundamental freedoms, in accordance with national legislation and international agreements',
    labelRu:
      'Обеспечить доступ общественности к информации и защитить основные свободы в соответствии с национальным законодательством и международными соглашениями',
    labelKk:
      'Ұлттық заңнамаға және халықаралық келісімдерге сәйкес ақпаратқа деген қоғамның қолжетімділігін қорғау және негізгі бостандықтарды қорғау',
    parent: '16',
  },
  {
    code: '16.a',
    labelEn:
      'Strengthen relevant national institutions, including through international cooperation, for building capacity at all levels, in particular in developing countries, to prevent violence and combat terrorism and crime',
    labelRu:
      'Укрепить соответствующие национальные учреждения, в том числе благодаря международному сотрудничеству, в целях наращивания на всех уровнях — в частности в развивающихся странах — потенциала в деле предотвращения насилия и борьбы с терроризмом и преступностью',
    labelKk:
      'Зорлықты тоқтату және лаңкестік пен қылмыспен күресу ісіндегі – негізінен, дамушы елдердің әлеуетін барлық деңгейлерде өсіру мақсатында ұлттық сәйкес мекемелерді халықаралық ынтымақтастық көмегімен күшейту',
    parent: '16',
  },
  {
    code: '16.b',
    labelEn: 'Promote and enforce non-discriminatory laws and policies for sustainable development',
    labelRu:
      'Поощрять и проводить в жизнь недискриминационные законы и политику в интересах устойчивого развития',
    labelKk: 'Тұрақты даму мүддесіндегі кемсітпейтін заңдар мен саясатты мадақтау және жүзеге асыру',
    parent: '16',
  },
  {
    code: '17.1',
    labelEn:
      'Strengthen domestic resource mobilization, including through international support to developing countries, to improve domestic capacity for tax and other revenue collection',
    labelRu:
      'Усилить мобилизацию ресурсов из внутренних источников, в том числе благодаря международной поддержке развивающихся стран, с тем чтобы повысить национальные возможности по сбору налогов и других доходов',
    labelKk:
      'Салық жинау және басқа табыстар бойынша ұлттық мүмкіндіктерді көтеру үшін ішкі көздерден қорларды жұмылдыруды күшейту, соның ішінде дамушы елдердің қолдауы нәтижесінде',
    parent: '17',
  },
  {
    code: '17.2',
    labelEn:
      'Developed countries to implement fully their official development assistance commitments, including the commitment by many developed countries to achieve the target of 0.7 per cent of gross national income for official development assistance (ODA/GNI) to developing countries and 0.15 to 0.20 per cent of ODA/GNI to least developed countries; ODA providers are encouraged to consider setting a target to provide at least 0.20 per cent of ODA/GNI to least developed countries',
    labelRu:
      'Обеспечить, чтобы развитые страны полностью выполнили свои обязательства по оказанию официальной помощи в целях развития (ОПР), в том числе взятое многими развитыми странами обязательство достичь целевого показателя выделения средств по линии ОПР развивающимся странам на уровне 0,7 процента своего валового национального дохода (ВНД) и выделения ОПР наименее развитым странам на уровне 0,15–0,20 процента своего ВНД; государствам, предоставляющим ОПР, предлагается рассмотреть вопрос о том, чтобы поставить перед собой цель выделять не менее 0,20 процента своего ВНД по линии ОПР наименее развитым странам',
    labelKk:
      'Дамыған елдердің даму мақсаттарында ресми көмек көрсету (ДРК) бойынша өз міндеттемелерін, соның ішінде көптеген дамыған елдер өздеріне алған дамушы елдерге өзінің жалпы ұлттық кірісінің (ЖҰК) 0,7 пайызы деңгейінде ДРК бағыты бойынша қаражат бөлінуінің және ең нашар дамыған елдерге өзінің ЖҰК 0,15-0,20 пайызы деңгейінде ДРК бөлінуінің мақсаттық көрсеткішіне жету міндеттемесін толығымен орындауын қаматамасыз ету; ДРК ұсынатын мемлекеттерге ең нашар дамыған елдерге ДРК бағыты бойынша кем дегенде өзінің ЖҰК 0,20 пайызын бөлу мақсатын алдына қою туралы мәселені қарастыру ұсынылады',
    parent: '17',
  },
  {
    code: '17.3',
    labelEn: 'Mobilize additional financial resources for developing countries from multiple sources',
    labelRu:
      'Мобилизовать дополнительные финансовые ресурсы из самых разных источников для развивающихся стран',
    labelKk: 'Дамушы елдер үшін әр түрлі көздерден қосымша қаржылық қорларды жұмылдыру',
    parent: '17',
  },
  {
    code: '17.4',
    labelEn:
      'Assist developing countries in attaining long-term debt sustainability through coordinated policies aimed at fostering debt financing, debt relief and debt restructuring, as appropriate, and address the external debt of highly indebted poor countries to reduce debt distress',
    labelRu:
      'Оказывать развивающимся странам помощь в целях обеспечения долгосрочной приемлемости уровня их задолженности благодаря проведению скоординированной политики, направленной на поощрение, в зависимости от обстоятельств, финансирования за счет заемных средств, облегчения долгового бремени и реструктуризации задолженности, и решить проблему внешней задолженности бедных стран с крупной задолженностью, с тем чтобы облегчить их долговое бремя',
    labelKk:
      'Жағдайларға, қарызға алынған қаражат есебінен қаржыландыруға, борыштық ауыртпалықты жеңілдетуге және берешекті қайта құрылымдауға байланысты мадақтауға бағытталған үйлестірілген саясатты жүргізу нәтижесінде дамушы елдердің берешегінің деңгейінің ұзақ мерзімді жарамдылығын қамтамасыз ету мақсатында көмек көрсету және борыштық ауртпалықтарын жеңілдету мақсатында үлкен берешегі бар кедей елдердің сыртқы берешек мәселесін шешу',
    parent: '17',
  },
  {
    code: '17.5',
    labelEn: 'Adopt and implement investment promotion regimes for least developed countries',
    labelRu: 'Принять и применять режимы поощрения инвестиций в интересах наименее развитых стран',
    labelKk:
      'Ең нашар дамыған елдердің мүдделерінде инвестицияларды мадақтау тәртіптерін қабылдау және пайдлану',
    parent: '17',
  },
  {
    code: '17.6',
    labelEn:
      'Enhance North-South, South-South and triangular regional and international cooperation on and access to science, technology and innovation and enhance knowledge-sharing on mutually agreed terms, including through improved coordination among existing mechanisms, in particular at the United Nations level, and through a global technology facilitation mechanism',
    labelRu:
      'Расширять сотрудничество по линии Север — Юг и Юг — Юг, а также трехстороннее региональное и международное сотрудничество в областях науки, техники и инноваций и доступ к соответствующим достижениям; активизировать обмен знаниями на взаимно согласованных условиях, в том числе благодаря улучшению координации между существующими механизмами, в частности на уровне Организации Объединенных Наций, а также с помощью глобального механизма содействия передаче технологий',
    labelKk:
      'Солтүстік-Оңтүстік, Оңтүстік-Оңтүстік бағытындағы ынтымақтастықты, сондай-ақ ғылым, техника және инновациялар салаларында үш жақты аумақтық және халықаралық ынтымақтастықты және сәйкес жетістіктерге қолжетімділікті кеңейту; өзара келісілген талаптарда, соның ішінде қолданыстағы механизмдер арасындағы үйлесімнің жақсаруының нәтижесінде, атап айтқанда Біріккен Ұлттар Ұйымының деңгейінде, сондай-ақ технологияларды тапсырудың ғаламдық механизмі көмегімен білім алмасуды жандандыру',
    parent: '17',
  },
  {
    code: '17.7',
    labelEn:
      'Promote the development, transfer, dissemination and diffusion of environmentally sound technologies to developing countries on favourable terms, including on concessional and preferential terms, as mutually agreed',
    labelRu:
      'Содействовать разработке, передаче, распространению и освоению экологически безопасных технологий, так чтобы их получали развивающиеся страны на взаимно согласованных благоприятных условиях, в том числе на льготных и преференциальных условиях',
    labelKk:
      'Экологиялық қауіпсіз технологияларды дамушы елдер өзара келісілген қолайлы шарттарда, соның ішінде жеңілдікті және артықшылықты шарттарда қабылдайтындай экологиялық қауіпсіз технологияларды даярлау, тапсыру, тарату және игеруге жәрдемдесу',
    parent: '17',
  },
  {
    code: '17.8',
    labelEn:
      'Fully operationalize the technology bank and science, technology and innovation capacity-building mechanism for least developed countries by 2017 and enhance the use of enabling technology, in particular information and communications technology',
    labelRu:
      'Обеспечить к 2017 году полномасштабное функционирование банка технологий и механизма развития науки, технологий и инноваций в интересах наименее развитых стран и расширить использование высокоэффективных технологий, в частности информационно-коммуникационных технологий',
    labelKk:
      '2017 жылға дейін ең нашар дамыған елдердің мүддесінде технологиялар банкі, ғылым, технология және инновация механизмінің толық ауқымды қызмет етуін қамтамасыз ету және тиімділігі жоғары технологиялардың, атап айтқанда ақпараттық-коммуникациялық технологиялардың қолданысын кеңейту',
    parent: '17',
  },
  {
    code: '17.9',
    labelEn:
      'Enhance international support for implementing effective and targeted capacity-building in developing countries to support national plans to implement all the Sustainable Development Goals, including through North-South, South-South and triangular cooperation',
    labelRu:
      'Усилить международную поддержку эффективного и целенаправленного наращивания потенциала развивающихся стран для содействия реализации национальных планов достижения всех целей в области устойчивого развития, в том числе благодаря сотрудничеству по линии Север — Юг и Юг — Юг и трехстороннему сотрудничеству',
    labelKk:
      'Атап айтқанда Солтүстік-Оңтүстік және Оңтүстік-Оңтүстік бағыты бойынша ынтымақтастық және үш жақты ынтымақтастық арқасында тұрақты даму саласында барлық мақсаттарға жету ұлттық жоспарларын іске асыруға жәрдемдесу үшін дамушы елдердің әлеуетінің тиімді және мақсаттық өсімін халықаралық қолдауды күшейту',
    parent: '17',
  },
  {
    code: '17.10',
    labelEn:
      'Promote a universal, rules-based, open, non‐discriminatory and equitable multilateral trading system under the World Trade Organization, including through the conclusion of negotiations under its Doha Development Agenda',
    labelRu:
      'Поощрять универсальную, основанную на правилах, открытую, недискриминационную и справедливую многостороннюю торговую систему в рамках Всемирной торговой организации, в том числе благодаря завершению переговоров по ее Дохинской повестке дня в области развития',
    labelKk:
      'Дүниежүзілік сауда ұйымының аясында әмбебап, ережелерге негізделген, ашық, кемсітпейтін және әділетті көп жақты сауда жүйесін мадақтау, соның ішінде оның даму саласы бойынша Дохалық күн тәртібі бойынша келіссөздердің аяқталуының нәтижесінде',
    parent: '17',
  },
  {
    code: '17.11',
    labelEn:
      'Significantly increase the exports of developing countries, in particular with a view to doubling the least developed countries’ share of global exports by 2020',
    labelRu:
      'Значительно увеличить экспорт развивающихся стран, в частности в целях удвоения доли наименее развитых стран в мировом экспорте к 2020 году',
    labelKk:
      'Негізінен әлемдік экспорттағы ең нашар дамыған елдердің үлестерін 2020 жылға дейін екі есе көбейту мақсатында дамушы елдердің экспортын айтарлықтай көбейту',
    parent: '17',
  },
  {
    code: '17.12',
    labelEn:
      'Realize timely implementation of duty-free and quota-free market access on a lasting basis for all least developed countries, consistent with World Trade Organization decisions, including by ensuring that preferential rules of origin applicable to imports from least developed countries are transparent and simple, and contribute to facilitating market access',
    labelRu:
      'Обеспечить своевременное предоставление всем наименее развитым странам на долгосрочной основе беспошлинного и неквотируемого доступа на рынки в соответствии с решениями Всемирной торговой организации, в том числе путем обеспечения того, чтобы преференциальные правила происхождения, применяемые в отношении товаров, импортируемых из наименее развитых стран, были прозрачными и простыми и содействовали облегчению доступа на рынки',
    labelKk:
      'Дүниежүзілік сауда ұйымының шешімдеріне сәйкес барлық ең нашар дамыған елдерді нарықтарға ұзақ мерзімді негізде бажсыз және бағасы белгіленбейтін қолжетімділікпен, соның ішінде ең нашар дамыған елдерден импортталатын тауарларға қатысты қолданылатын шығу тегінің артықшылықты ережелері таза әрі қарапайым болуын және нарықтарға деген қолжетімділікті жеңілдетуге жәрдемдесуін қамсыздандыру арқылы қамтамасыз ету',
    parent: '17',
  },
  {
    code: '17.13',
    labelEn:
      'Enhance global macroeconomic stability, including through policy coordination and policy coherence',
    labelRu:
      'Повысить глобальную макроэкономическую стабильность, в том числе посредством координации политики и обеспечения последовательности политики',
    labelKk:
      'Атап айтқанда саясатты үйлестіру және саясаттың жүйелілігін қамтамасыз ету арқылы ғаламдық макроэкономикалық тұрақтылықты көтеру',
    parent: '17',
  },
  {
    code: '17.14',
    labelEn: 'Enhance policy coherence for sustainable development',
    labelRu: 'Сделать более последовательной политику по обеспечению устойчивого развития',
    labelKk: 'Тұрақты дамуды қамтамасыз ету бойынша саясатты анағұрлым жүйелі ету',
    parent: '17',
  },
  {
    code: '17.15',
    labelEn:
      'Respect each country’s policy space and leadership to establish and implement policies for poverty eradication and sustainable development',
    labelRu:
      'Уважать имеющееся у каждой страны пространство для стратегического маневра и ее ведущую роль в разработке и проведении в жизнь политики ликвидации нищеты и политики в области устойчивого развития',
    labelKk:
      'Стратегиялық орағытуға арналған әрбір елде бар кеңістікті және оның кедейлікті жою саясаты мен тұрақты даму саласындағы саясатты даярлаудағы және жүзеге асырудағы маңызды рөлін сыйлау',
    parent: '17',
  },
  {
    code: '17.16',
    labelEn:
      'Enhance the Global Partnership for Sustainable Development, complemented by multi-stakeholder partnerships that mobilize and share knowledge, expertise, technology and financial resources, to support the achievement of the Sustainable Development Goals in all countries, in particular developing countries',
    labelRu:
      'Укреплять Глобальное партнерство в интересах устойчивого развития, дополняемое партнерствами с участием многих заинтересованных сторон, которые мобилизуют и распространяют знания, опыт, технологии и финансовые ресурсы, с тем чтобы поддерживать достижение целей в области устойчивого развития во всех странах, особенно в развивающихся странах',
    labelKk:
      'Барлық елдерге, әсіресе дамушы елдерде тұрақты даму саласындағы мақсаттарға жетуді қолдау үшін білім, тәжірибе, технологиялар мен қаржылық қорларды жұмылдыратын және тарататын көптеген мүдделі тараптардың қатысуымен толықтырылатын тұрақты даму мүддесіндегі Ғаламдық серіктестікті нығайту.',
    parent: '17',
  },
  {
    code: '17.17',
    labelEn:
      'Encourage and promote effective public, public-private and civil society partnerships, building on the experience and resourcing strategies of partnerships',
    labelRu:
      'Стимулировать и поощрять эффективное партнерство между государственными организациями, между государственным и частным секторами и между организациями гражданского общества, опираясь на опыт и стратегии использования ресурсов партнеров',
    labelKk:
      'Серіктестердің қорларын пайдалану тәжірибесіне және стратегияларына сүйене отырып, мемлекеттік ұйымдар арасындағы, мемлекеттік және жеке секторлар арасындағы және азаматтық қоғам ұйымдары арасындағы тиімді серіктестікті ынталандыру және мадақтау',
    parent: '17',
  },
  {
    code: '17.18',
    labelEn:
      'By 2020, enhance capacity-building support to developing countries, including for least developed countries and small island developing States, to increase significantly the availability of high-quality, timely and reliable data disaggregated by income, gender, age, race, ethnicity, migratory status, disability, geographic location and other characteristics relevant in national contexts',
    labelRu:
      'К 2020 году усилить поддержку в целях наращивания потенциала развивающихся стран, в том числе наименее развитых стран и малых островных развивающихся государств, с тем чтобы значительно повысить доступность высококачественных, актуальных и достоверных данных, дезагрегированных по уровню доходов, гендерной принадлежности, возрасту, расе, национальности, миграционному статусу, инвалидности, географическому местонахождению и другим характеристикам, значимым с учетом национальных условий',
    labelKk:
      '2020 жылға дейін табыс деңгейі, гендерлік тиістілігі, жасы, нәсілі, ұлты, көші-қон мәртебесі, мүгедектігі, географиялық орналасуы және ұлттық шарттарды ескерумен басқа да сипаттамалары бойынша бөлшектелген жоғары сапалы, өзекті және анық мәліметтерге деген қолжетімділікті едәуір көтеру үшін дамушы елдердің, соның қатарында ең нашар дамыған елдердің және шағын аралдық дамушы мемлекеттердің әлеуетін өсіру мақсатында қолдауды күшейту',
    parent: '17',
  },
  {
    code: '17.19',
    labelEn:
      'By 2030, build on existing initiatives to develop measurements of progress on sustainable development that complement gross domestic product, and support statistical capacity-building in developing countries',
    labelRu:
      'К 2030 году, опираясь на нынешние инициативы, разработать, в дополнение к показателю валового внутреннего продукта, и другие показатели измерения прогресса в деле обеспечения устойчивого развития и содействовать наращиванию потенциала развивающихся стран в области статистики',
    labelKk:
      '2030 жылға дейін қазіргі бастамаларға сүйене отырып, тұрақты дамуды қамтамасыз ету ісінде жалпы ішкі өнімнің көрсеткішіне қосымша ілгерілеуді басқа да өлшеу көрсеткіштерін даярлау және дамушы елдердің статистика саласындағы әлеуетін өсіруге жәрдемдесу',
    parent: '17',
  },
];

const SDGS: SeedTaxonomy = {
  code: 'sdg',
  nameEn: 'Sustainable Development Goals',
  nameRu: 'Цели в области устойчивого развития',
  nameKk: 'Тұрақты даму мақсаттары',
  multiple: true,
  terms: [...SDG_GOALS, ...SDG_TARGETS],
};

export const SEED_TAXONOMIES: SeedTaxonomy[] = [UPR_INFO_ISSUES, SDGS, OHCHR_THEMES, AFFECTED_PERSONS];
