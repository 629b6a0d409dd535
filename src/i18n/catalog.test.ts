/** The catalog is complete: every key in every language, with the plural forms each language needs. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, type Catalog, LANGUAGES, pickLanguage } from './index.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const flat = Object.fromEntries(LANGUAGES.map((l) => [l, flatten(CATALOGS[l])])) as Record<
  string,
  Map<string, string>
>;
const bases = (l: string) => new Set([...(flat[l]?.keys() ?? [])].map((k) => k.replace(PLURAL, '')));
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();

describe('the interface catalog', () => {
  it.each(LANGUAGES)('%s has every key the others have', (language) => {
    const mine = bases(language);
    const missing = LANGUAGES.flatMap((other) => [...bases(other)].filter((k) => !mine.has(k)));
    expect([...new Set(missing)]).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s has every plural form its grammar uses (Russian: one, few, many, other)',
    (language) => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plurals = new Set(
        [...(flat[language]?.keys() ?? [])].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
      );
      const all = new Set(
        LANGUAGES.flatMap((l) =>
          [...(flat[l]?.keys() ?? [])].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
        ),
      );
      expect([...all].filter((k) => !plurals.has(k))).toEqual([]);
      const missing = [...plurals].flatMap((base) =>
        categories.filter((c) => !flat[language]?.has(`${base}_${c}`)).map((c) => `${base}_${c}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it('uses the same interpolation variables in every language', () => {
    const mismatched: string[] = [];
    for (const [key, text] of flat.en ?? []) {
      const base = key.replace(PLURAL, '');
      for (const language of LANGUAGES) {
        const other = flat[language]?.get(key) ?? flat[language]?.get(`${base}_other`);
        if (other !== undefined && variables(other).join() !== variables(text).join())
          mismatched.push(`${language}:${key}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('has every literal key the web app asks for', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name))
          for (const m of readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g))
            used.add(m[1] as string);
      }
    };
    walk(join(process.cwd(), 'web', 'src'));
    expect(used.size).toBeGreaterThan(50);
    for (const language of LANGUAGES)
      expect(
        [...used].filter((k) => !bases(language).has(k)),
        language,
      ).toEqual([]);
  });

  it('picks the first supported language a browser accepts', () => {
    expect(pickLanguage('kk-KZ,ru;q=0.8,en;q=0.5')).toBe('kk');
    expect(pickLanguage('de-DE,ru;q=0.7')).toBe('ru');
    expect(pickLanguage(['fr'])).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });
});
