/**
 * The one interface catalog, shared by the server and the web app: `ru.json`, `kk.json` and `en.json`
 * with the same stable keys (`recommendation.position.supported`). Plural keys carry the suffixes of
 * `Intl.PluralRules` (`_one`, `_few`, `_many`, `_other`), as i18next reads them.
 */
import en from './en.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalog = { [key: string]: string | Catalog };
export const CATALOGS: Record<Language, Catalog> = { ru, kk, en };

/** The first supported language of an `Accept-Language` header (or `navigator.languages`), else `en`. */
export function pickLanguage(accepted: readonly string[] | string | undefined): Language {
  const list =
    typeof accepted === 'string'
      ? accepted
          .split(',')
          .map((part) => part.split(';')[0]?.trim() ?? '')
          .filter(Boolean)
      : (accepted ?? []);
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0] as Language;
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}
