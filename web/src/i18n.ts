/** i18next over the shared catalog (`src/i18n`); the language follows the browser until the user picks one. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGS, LANGUAGES, type Language, pickLanguage } from '../../src/i18n/index.ts';
import { api } from './api.ts';

const KEY = 'upr.language';
const userKey = (userId: number) => `upr.language.user.${userId}`;
/** A choice made while signed in that the account has not confirmed yet (the page may reload first). */
const pendingKey = (userId: number) => `upr.language.pending.${userId}`;

function stored(key: string): Language | undefined {
  try {
    const value = localStorage.getItem(key);
    return LANGUAGES.includes(value as Language) ? (value as Language) : undefined;
  } catch {
    return undefined;
  }
}

function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

export function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(fromUrl as Language)) return fromUrl as Language;
  return (
    stored(KEY) ?? pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])
  );
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: CATALOGS[l] }])),
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Switches the language and remembers it for this browser and, when signed in, for this user. */
export function chooseLanguage(language: Language, userId?: number): void {
  remember(KEY, language);
  if (userId !== undefined) remember(userKey(userId), language);
  void i18n.changeLanguage(language);
}

/**
 * Signed in: the account remembers the choice, on every device. Until the server has confirmed it, the
 * choice is kept as pending here, so that a page reloaded before the answer keeps it (and sends it again)
 * instead of bringing back the account's old language.
 */
export function saveAccountLanguage(userId: number, language: Language): void {
  remember(pendingKey(userId), language);
  void api('/api/auth/me', { method: 'PATCH', body: { locale: language } })
    .then(() => {
      if (stored(pendingKey(userId)) === language) remember(pendingKey(userId), null);
    })
    .catch(() => {});
}

/** After sign-in: the language this user chose before (kept by the account, else by this browser). */
export function restoreUserLanguage(userId: number, accountLocale?: string): void {
  const pending = stored(pendingKey(userId));
  if (pending && pending !== accountLocale) saveAccountLanguage(userId, pending);
  else if (pending) remember(pendingKey(userId), null);
  const mine =
    pending ??
    (LANGUAGES.includes(accountLocale as Language) ? (accountLocale as Language) : stored(userKey(userId)));
  if (mine && mine !== i18n.language) void i18n.changeLanguage(mine);
}

export function currentLanguage(): Language {
  return (LANGUAGES.includes(i18n.language as Language) ? i18n.language : 'en') as Language;
}
