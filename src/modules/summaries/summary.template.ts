/**
 * Server-side use of the shared catalog for news items: `{{name}}` interpolation and the plural form
 * `Intl.PluralRules` picks for `count` (`_one`, `_few`, `_many`, `_other`), as i18next does on the client.
 *
 * @example
 *   translate('ru', 'dialogue.summary.remaining', { count: 5, coalition: 'Коалиция НПО РК' })
 *   // 'Для обсуждения остаются 5 альтернативных докладов организации «Коалиция НПО РК».'
 */
import { CATALOGS, type Catalog, type Language } from '../../i18n/index.ts';

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translate(lang: Language, key: string, vars: Record<string, string | number> = {}): string {
  const catalog = CATALOGS[lang];
  const count = vars.count;
  const text =
    (typeof count === 'number'
      ? lookup(catalog, `${key}_${new Intl.PluralRules(lang).select(count)}`)
      : undefined) ??
    (typeof count === 'number' ? lookup(catalog, `${key}_other`) : undefined) ??
    lookup(catalog, key);
  if (text === undefined) throw new Error(`no catalog entry ${key} in ${lang}`);
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A calendar date (the date part of an ISO string, as written there) in the language's long form. */
export function formatDate(lang: Language, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** "A, B and C" in the language. */
export function listOf(lang: Language, items: string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}
