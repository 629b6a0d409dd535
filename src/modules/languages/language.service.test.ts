/**
 * Language detection on real texts: the Russian seed news item, Kazakh and Russian SDG targets, the Kazakh
 * catalog, Spanish NGO recommendations; stored on import, shown as mismatches, backfilled for old databases.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, sharedData, type TestDatabase, testDialects } from '../../test/databases.ts';
import { ImportService } from '../imports/import.service.ts';
import { languageDetector } from './language.detector.ts';
import { LanguageService } from './language.service.ts';

const SEED_NEWS = join(process.cwd(), '..', 'shared', 'seed', '000_fcf85f89e00f894b.txt');
const SDG_TARGETS = sharedData('reference', 'sdg-en-ru-kk', 'sdg_targets.csv');
const COSTA_RICA = sharedData('upr', 'upr-matcher-fmsi', 'costa_rica_2024_source_recommendations.jsonl');

const sdgTargets = parse(readFileSync(SDG_TARGETS), { columns: true }) as Record<string, string>[];
const russianParagraphs = readFileSync(SEED_NEWS, 'utf8')
  .split('\n')
  .filter((line) => line.length >= 80);
const costaRica = readFileSync(COSTA_RICA, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { source_recommendation_es: string; source_recommendation_en: string });
const kazakhCatalog = (() => {
  const strings: string[] = [];
  const walk = (o: unknown) => {
    for (const v of Object.values(o as Record<string, unknown>))
      typeof v === 'string' ? strings.push(v) : walk(v);
  };
  const dir = join(process.cwd(), 'src', 'i18n');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('kk.json')))
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  // Sentences, not labels: a short label without a letter Russian lacks ("Орындалу барысы туралы есеп
  // жазу") reads as Kyrgyz, and a placeholder is mostly an address ("Мысалы, UPR Tracker <no-reply@…>").
  // Interpolations ("{{measure}} — {{indicator}}") are no words.
  const words = (s: string) => s.replace(/\{\{[^}]*\}\}/g, '').match(/[\p{Script=Cyrillic}]{2,}/gu) ?? [];
  return strings.filter((s) => words(s).join(' ').length >= 40);
})();

const langs = async (texts: string[]) => {
  const detector = await languageDetector();
  const counts: Record<string, number> = {};
  for (const text of texts) {
    const lang = detector.detect(text)?.lang ?? 'none';
    counts[lang] = (counts[lang] ?? 0) + 1;
  }
  return counts;
};

describe('the language detector', () => {
  it('tells Russian from Kazakh and both from English on the SDG targets in the three languages', async () => {
    expect(sdgTargets.length).toBe(169);
    expect(await langs(sdgTargets.map((t) => t.title_ru as string))).toEqual({ ru: 169 });
    expect(await langs(sdgTargets.map((t) => t.title_kk as string))).toEqual({ kk: 169 });
    expect(await langs(sdgTargets.map((t) => t.title_en as string))).toEqual({ en: 169 });
  });

  it('reads the seed news item as Russian and the Kazakh catalog as Kazakh', async () => {
    expect(russianParagraphs.length).toBeGreaterThan(5);
    expect(await langs(russianParagraphs)).toEqual({ ru: russianParagraphs.length });
    expect(kazakhCatalog.length).toBeGreaterThan(20);
    expect(await langs(kazakhCatalog)).toEqual({ kk: kazakhCatalog.length });
  });

  it("reads an NGO's Spanish recommendations as Spanish and their English version as English", async () => {
    expect(await langs(costaRica.map((r) => r.source_recommendation_es))).toEqual({ es: costaRica.length });
    expect(await langs(costaRica.map((r) => r.source_recommendation_en))).toEqual({ en: costaRica.length });
  });

  it('takes obvious English without the model, and the model where a text is not obviously English', async () => {
    const detector = await languageDetector();
    // The model alone reads this UPR Info text as French.
    expect(detector.detect('Invite the Special Rapporteur on torture to visit the country')).toEqual({
      lang: 'en',
      confidence: 1,
    });
    expect(detector.detect('Accede to CAT')?.confidence).toBeLessThan(0.9);
  });

  it('gives no language to a text without letters', async () => {
    expect((await languageDetector()).detect('124.1 — 2030')).toBeNull();
  });
});

describe.each(testDialects())('detected languages in the database on %s', (dialect) => {
  let database: TestDatabase;
  const scratch = mkdtempSync(join(tmpdir(), 'upr-languages-'));
  const russian = russianParagraphs[1] as string;
  const kazakh = sdgTargets[3]?.title_kk as string;
  const english = sdgTargets[3]?.title_en as string;

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const csv = stringify(
      [
        [
          'key',
          'state_under_review',
          'cycle',
          'paragraph',
          'text',
          'text_lang',
          'translation_en',
          'translation_kk',
        ],
        ['', 'KAZ', '4', '1.1', russian, 'ru', english, kazakh],
        // Declared Russian, written in Kazakh: a mismatch to show.
        ['', 'KAZ', '4', '1.2', kazakh, 'ru', '', ''],
        ['', 'KAZ', '4', '1.3', english, 'en', '', ''],
      ],
      {},
    );
    const path = join(scratch, 'kaz.csv');
    writeFileSync(path, csv);
    const report = await new ImportService(database.db).importFile(path, { format: 'csv' });
    expect(report.ok, report.error).toBe(true);
    expect(report.added).toBe(3);
  });
  afterAll(() => database.cleanup());

  const stored = async () => {
    const own = await database.db
      .selectFrom('recommendations')
      .select(['paragraph', 'text_lang', 'detected_lang', 'detected_lang_confidence'])
      .orderBy('paragraph')
      .execute();
    const translated = await database.db
      .selectFrom('recommendation_translations')
      .select(['lang', 'detected_lang'])
      .orderBy('lang')
      .execute();
    return { own, translated };
  };

  it('stores the language of every text and translation on import, beside the declared one', async () => {
    const { own, translated } = await stored();
    expect(own.map((r) => [r.paragraph, r.text_lang, r.detected_lang])).toEqual([
      ['1.1', 'ru', 'ru'],
      ['1.2', 'ru', 'kk'],
      ['1.3', 'en', 'en'],
    ]);
    for (const row of own) expect(row.detected_lang_confidence).toBeGreaterThan(0.9);
    expect(translated).toEqual([
      { lang: 'en', detected_lang: 'en' },
      { lang: 'kk', detected_lang: 'kk' },
    ]);
    expect(await new LanguageService(database.db).mismatches()).toEqual([
      { declared: 'ru', detected: 'kk', n: 1 },
    ]);
  });

  it('detects again, with a count of what it did, every text a database holds without a language', async () => {
    await database.db
      .updateTable('recommendations')
      .set({ detected_lang: null, detected_lang_confidence: null })
      .execute();
    await database.db.updateTable('recommendation_translations').set({ detected_lang: null }).execute();
    const before = await stored();
    const progress: [number, number][] = [];
    const detected = await new LanguageService(database.db).detectPending({
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(detected).toBe(5);
    expect(progress.at(-1)).toEqual([5, 5]);
    const after = await stored();
    expect(before.own.map((r) => r.detected_lang)).toEqual([null, null, null]);
    expect(after.own.map((r) => r.detected_lang)).toEqual(['ru', 'kk', 'en']);
    expect(after.translated.map((r) => r.detected_lang)).toEqual(['en', 'kk']);
    expect(await new LanguageService(database.db).detectPending()).toBe(0);
  });
});
