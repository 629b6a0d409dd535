/**
 * The one interface catalog, shared by the server and the web app: `ru.json`, `kk.json` and `en.json`
 * with the same stable keys (`recommendation.position.supported`), plus one file per language for each
 * larger area (`implementation.ru.json`), merged here into one catalog per language. Plural keys carry
 * the suffixes of `Intl.PluralRules` (`_one`, `_few`, `_many`, `_other`), as i18next reads them.
 */
import classifyEn from './classify.en.json' with { type: 'json' };
import classifyKk from './classify.kk.json' with { type: 'json' };
import classifyRu from './classify.ru.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import implementationEn from './implementation.en.json' with { type: 'json' };
import implementationKk from './implementation.kk.json' with { type: 'json' };
import implementationRu from './implementation.ru.json' with { type: 'json' };
import kk from './kk.json' with { type: 'json' };
import reportsEn from './reports.en.json' with { type: 'json' };
import reportsKk from './reports.kk.json' with { type: 'json' };
import reportsRu from './reports.ru.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import similarEn from './similar.en.json' with { type: 'json' };
import similarKk from './similar.kk.json' with { type: 'json' };
import similarRu from './similar.ru.json' with { type: 'json' };

export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalog = { [key: string]: string | Catalog };
/** Merges area catalogs into the main one; an area adds top-level sections, never overrides a key. */
function merge(...parts: Catalog[]): Catalog {
  const out: Catalog = {};
  for (const part of parts)
    for (const [key, value] of Object.entries(part)) {
      const existing = out[key];
      if (existing !== undefined && (typeof existing === 'string' || typeof value === 'string'))
        throw new Error(`i18n: the key "${key}" is defined twice`);
      out[key] = existing === undefined ? value : merge(existing as Catalog, value as Catalog);
    }
  return out;
}

export const CATALOGS: Record<Language, Catalog> = {
  ru: merge(ru, implementationRu, classifyRu, similarRu, reportsRu),
  kk: merge(kk, implementationKk, classifyKk, similarKk, reportsKk),
  en: merge(en, implementationEn, classifyEn, similarEn, reportsEn),
};

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
