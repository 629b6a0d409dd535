import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../src/i18n/index.ts';
import { chooseLanguage, currentLanguage, saveAccountLanguage } from '../i18n.ts';
import { useSession } from '../session.tsx';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { session } = useSession();
  return (
    <label className="lang">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={currentLanguage()}
        onChange={(e) => {
          const language = e.target.value as Language;
          chooseLanguage(language, session?.user.id);
          if (session) saveAccountLanguage(session.user.id, language);
        }}
        data-testid="language"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`, { lng: l })}
          </option>
        ))}
      </select>
    </label>
  );
}
