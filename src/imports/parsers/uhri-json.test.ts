import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeUhriExport } from '../../../bench/fixtures/uhri-generate.ts';
import type { ParsedRecommendation } from './types.ts';
import { looksLikeUhriJson, parseUhriJson, parseUhriJsonFile, type UhriStreamItem } from './uhri-json.ts';
import { listOf, mechanismOf, numberOf, uhriPositionOf } from './uhri-json-map.ts';

const FIXTURE = path.resolve(import.meta.dirname, 'uhri-json.fixture.json');
const byKey = (recs: ParsedRecommendation[], n: number) => {
  const found = recs.find((r) => r.key === `uhri:0b6f3c1e-6a42-4d57-9a3e-1f2a5c7d9e0${n}`);
  if (!found) throw new Error(`no record ${n}`);
  return found;
};

async function collect(items: AsyncIterable<UhriStreamItem>): Promise<UhriStreamItem[]> {
  const out: UhriStreamItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('parseUhriJsonFile on the fixture', async () => {
  const result = await parseUhriJsonFile(FIXTURE);

  it('keeps the recommendations, leaves concerns aside and reports broken records', () => {
    expect(result.format).toBe('uhri-json');
    expect(result.recommendations.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(result.notes).toEqual(['1 "Concerns/Observations" annotation(s) left aside: not recommendations']);
    expect(result.problems).toEqual([
      {
        file: 'uhri-json.fixture.json',
        row: 6,
        column: 'Countries',
        message: '2 countries (Kazakhstan, Kyrgyzstan); taking the first',
      },
      {
        file: 'uhri-json.fixture.json',
        row: 8,
        column: 'UprRecommendingCountry',
        message: 'UPR recommendation names no recommending state',
      },
      {
        file: 'uhri-json.fixture.json',
        row: 9,
        column: 'Text',
        message: 'annotation 0b6f3c1e-6a42-4d57-9a3e-1f2a5c7d9e09 has no text',
      },
    ]);
  });

  it('maps a UPR record given with arrays', () => {
    expect(byKey(result.recommendations, 1)).toEqual({
      row: 1,
      key: 'uhri:0b6f3c1e-6a42-4d57-9a3e-1f2a5c7d9e01',
      mechanism: 'UPR',
      stateUnderReview: 'Slovenia',
      cycle: 3,
      session: 34,
      paragraph: '121.1',
      documentSymbol: 'A/HRC/43/15',
      text: 'Ratify the International Convention for the Protection of All Persons from Enforced Disappearance',
      recommendingStates: ['France', 'Lithuania'],
      position: 'supported',
      terms: {
        'ohchr-theme': [
          'Ratification of & accession to international instruments',
          'Enforced disappearances',
        ],
        sdg: ['16.10 - Public access to information and fundamental freedoms'],
        'affected-persons': ['Disappeared persons', 'General'],
      },
    });
  });

  it('maps a UPR record given with plain strings and numbers', () => {
    expect(byKey(result.recommendations, 2)).toMatchObject({
      stateUnderReview: 'Kazakhstan',
      cycle: 2,
      session: 20,
      text: 'Abolish the death penalty',
      recommendingStates: ['Sweden'],
      position: 'noted',
      terms: {
        'ohchr-theme': ['Death penalty', 'Right to life'],
        'affected-persons': ['Persons deprived of their liberty'],
      },
    });
  });

  it('splits a comma-separated recommending-state string without cutting names', () => {
    const rec = byKey(result.recommendations, 3);
    expect(rec).toMatchObject({ cycle: 4, session: 48, paragraph: '140.1', position: 'supported_in_part' });
    expect(rec.recommendingStates).toEqual([
      'Venezuela (Bolivarian Republic of)',
      'Iran (Islamic Republic of)',
      'Trinidad and Tobago',
    ]);
    expect(rec.terms?.sdg).toEqual([
      '10.7 - Responsible and well-managed migration policies',
      '8.8 - Protect labour rights',
    ]);
    expect(rec.terms?.['ohchr-theme']).toEqual([
      'Migrants',
      'Rights related to name, identity & nationality',
    ]);
  });

  it('maps treaty-body and special-procedure records', () => {
    const crc = result.recommendations.find((r) => r.key === 'uhri:a9ceae8c-fe1c-40f9-a326-1529e0ab678f');
    expect(crc).toMatchObject({
      mechanism: 'CRC',
      stateUnderReview: 'Peru',
      paragraph: '18',
      documentSymbol: 'CRC/C/PER/CO/6-7',
      text: 'The Committee recommends that the State party ensure free and universal birth registration & issue birth certificates.',
      recommendingStates: [],
    });
    expect(crc?.position).toBeUndefined();
    expect(crc?.cycle).toBeUndefined();
    expect(byKey(result.recommendations, 5)).toMatchObject({
      mechanism: 'CEDAW',
      stateUnderReview: 'Kazakhstan',
    });
    expect(byKey(result.recommendations, 5).text).toBe(
      'The Committee recommends that the State party criminalize domestic violence and marital rape.',
    );
    expect(byKey(result.recommendations, 6)).toMatchObject({
      mechanism: 'SP',
      stateUnderReview: 'Kazakhstan',
      terms: { 'affected-persons': ['Persons deprived of their liberty', 'Human rights defenders'] },
    });
    expect(byKey(result.recommendations, 8)).toMatchObject({ position: 'pending', cycle: 4, session: 48 });
  });

  it('reads the language from the export file name', async () => {
    const named = await parseUhriJsonFile(FIXTURE, { fileName: 'export-full-en.json' });
    expect(named.recommendations[0]?.textLang).toBe('en');
  });

  it('keeps every annotation type on request', async () => {
    const all = await parseUhriJsonFile(FIXTURE, { include: 'all' });
    expect(all.recommendations).toHaveLength(8);
    expect(all.notes).toEqual([]);
  });
});

describe('parseUhriJson as a stream', () => {
  it('lets the consumer stop early', async () => {
    const seen: string[] = [];
    for await (const item of parseUhriJson(createReadStream(FIXTURE))) {
      if (item.kind === 'recommendation') seen.push(item.recommendation.key ?? '');
      if (seen.length === 2) break;
    }
    expect(seen).toHaveLength(2);
  });

  it('reports a broken or non-array file as a problem', async () => {
    const chunks = ['[{"AnnotationId":"x","Text":"Do it","Body":"- CAT"},', '{"AnnotationId":"y","Te'];
    const truncated = await collect(parseUhriJson(Readable.from(chunks)));
    expect(truncated.map((i) => i.kind)).toEqual(['recommendation', 'problem']);
    expect(truncated[1]).toMatchObject({ kind: 'problem', problem: { row: 2 } });
    const notArray = await collect(parseUhriJson(Readable.from(['{"AnnotationId":"x"}'])));
    expect(notArray).toHaveLength(1);
    expect(notArray[0]?.kind === 'problem' && notArray[0].problem.message).toMatch(
      /^not a readable JSON array/,
    );
  });

  describe('on a generated export', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'uhri-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('streams 20,000 generated records without a problem', async () => {
      const file = path.join(dir, 'export.json');
      await writeUhriExport(file, 20_000, 7);
      expect(looksLikeUhriJson(readFileSync(file, 'utf8').slice(0, 4096))).toBe(true);
      const counts: Record<string, number> = {};
      const mechanisms = new Set<string>();
      for await (const item of parseUhriJson(createReadStream(file), { fileName: 'export.json' })) {
        counts[item.kind] = (counts[item.kind] ?? 0) + 1;
        if (item.kind === 'recommendation') mechanisms.add(item.recommendation.mechanism ?? '?');
      }
      const concerns = Math.ceil(20_000 / 11);
      expect(counts).toEqual({ recommendation: 20_000 - concerns, note: 1 });
      expect([...mechanisms].sort()).toEqual(['CAT', 'CCPR', 'CEDAW', 'CRC', 'SP', 'UPR']);
    });
  });
});

describe('field helpers', () => {
  it('mechanismOf', () => {
    expect(mechanismOf('- UPR')).toBe('UPR');
    expect(mechanismOf('- ccpr')).toBe('CCPR');
    expect(mechanismOf('- Committee on the Rights of the Child')).toBe('CRC');
    expect(mechanismOf('Special Procedures')).toBe('SP');
    expect(mechanismOf('- IE Albinism')).toBe('SP');
    expect(mechanismOf('- Something else')).toBeUndefined();
  });

  it('uhriPositionOf', () => {
    expect(uhriPositionOf(['Supported'])).toBe('supported');
    expect(uhriPositionOf(['Noted'])).toBe('noted');
    expect(uhriPositionOf(['Supported/Noted'])).toBe('supported_in_part');
    expect(uhriPositionOf(['Supported', 'Noted'])).toBe('supported_in_part');
    expect(uhriPositionOf(['Under consideration'])).toBe('pending');
    expect(uhriPositionOf(['Acknowledged'])).toBe('unknown');
    expect(uhriPositionOf([])).toBeUndefined();
  });

  it('numberOf and listOf', () => {
    expect(
      [3, '3', '3rd cycle', 'Third cycle', 'Cycle 3', ['34'], 'thirty-fourth session'].map(numberOf),
    ).toEqual([3, 3, 3, 3, 3, 34, 34]);
    expect(numberOf(null)).toBeUndefined();
    expect(listOf('Women & girls; Children')).toEqual(['Women & girls', 'Children']);
    expect(listOf(['- A, b', null, 7])).toEqual(['A, b', '7']);
  });

  it('looksLikeUhriJson', () => {
    expect(looksLikeUhriJson(readFileSync(FIXTURE, 'utf8').slice(0, 2000))).toBe(true);
    expect(looksLikeUhriJson('[{"id": 1}]')).toBe(false);
    expect(looksLikeUhriJson('To,To-Rgrp,Text')).toBe(false);
  });
});
