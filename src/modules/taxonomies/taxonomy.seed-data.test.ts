import { describe, expect, it } from 'vitest';
import { SEED_TAXONOMIES, type SeedTaxonomy } from './taxonomy.seed-data.ts';
import { normalizeLabel } from './term-label.ts';

const UPR_INFO_ISSUES = [
  'Asylum-seekers - refugees',
  'CP rights - general',
  'Civil society',
  'Corruption',
  'Counter-terrorism',
  'Death penalty',
  'Detention',
  'Development',
  'Disabilities',
  'ESC rights - general',
  'Elections',
  'Enforced disappearances',
  'Environment',
  'Extrajudicial executions',
  'Freedom of association and peaceful assembly',
  'Freedom of movement',
  'Freedom of opinion and expression',
  'Freedom of religion and belief',
  'Freedom of the press',
  'General',
  'HIV - Aids',
  'Human rights defenders',
  'Human rights education and training',
  'Human rights violations by state agents',
  'Impunity',
  'Indigenous peoples',
  'Internally displaced persons',
  'International humanitarian law',
  'International instruments',
  'Justice',
  'Labour',
  'Migrants',
  'Minorities',
  'NHRI',
  'National plan of action',
  'Other',
  'Poverty',
  'Public security',
  'Racial discrimination',
  'Right to education',
  'Right to food',
  'Right to health',
  'Right to housing',
  'Right to land',
  'Right to water',
  'Rights of the Child',
  'Sexual Orientation and Gender Identity',
  'Special procedures',
  'Technical assistance and cooperation',
  'Torture and other CID treatment',
  'Trafficking',
  'Treaty bodies',
  'UPR process',
  "Women's rights",
];

function taxonomy(code: string): SeedTaxonomy {
  const found = SEED_TAXONOMIES.find((t) => t.code === code);
  if (!found) throw new Error(`taxonomy ${code} missing`);
  return found;
}

describe('SEED_TAXONOMIES', () => {
  it('has the four built-in taxonomies with unique codes and names in three languages', () => {
    expect(SEED_TAXONOMIES.map((t) => t.code)).toEqual([
      'upr-info-issue',
      'sdg',
      'ohchr-theme',
      'affected-persons',
    ]);
    for (const t of SEED_TAXONOMIES) {
      expect([t.nameEn, t.nameRu, t.nameKk].every((name) => name.trim() !== '')).toBe(true);
    }
  });

  it("has UPR Info's 54 issues spelt exactly as in its export, with slug codes", () => {
    const issues = taxonomy('upr-info-issue').terms;
    expect(issues.map((t) => t.labelEn)).toEqual(UPR_INFO_ISSUES);
    expect(issues.find((t) => t.labelEn === "Women's rights")?.code).toBe('womens-rights');
    expect(issues.find((t) => t.labelEn === 'HIV - Aids')?.code).toBe('hiv-aids');
    for (const t of issues) expect(t.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the 17 SDGs and their 169 targets under them', () => {
    const terms = taxonomy('sdg').terms;
    const goals = terms.filter((t) => !t.parent);
    const targets = terms.filter((t) => t.parent);
    expect(goals.map((t) => t.code)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(targets).toHaveLength(169);
    for (const t of targets) expect(t.code.startsWith(`${t.parent}.`)).toBe(true);
    expect(terms.find((t) => t.code === '16')?.labelEn).toBe('Peace, justice and strong institutions');
  });

  it('nests UHRI themes under their level-1 categories', () => {
    const terms = new Map(taxonomy('ohchr-theme').terms.map((t) => [t.code, t]));
    for (const code of ['A', 'B', 'D', 'E', 'F', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'H1']) {
      expect(terms.get(code)?.parent).toBeUndefined();
    }
    expect(terms.get('A12')?.parent).toBe('A');
    expect(terms.get('D51')?.labelEn).toBe('Administration of justice & fair trial');
  });

  for (const t of SEED_TAXONOMIES) {
    describe(t.code, () => {
      it('gives every term a label in English, Russian and Kazakh', () => {
        const missing = t.terms.filter((term) =>
          [term.labelEn, term.labelRu, term.labelKk].some((l) => !l.trim()),
        );
        expect(missing).toEqual([]);
      });

      it('has unique codes and parents that come earlier', () => {
        const seen = new Set<string>();
        for (const term of t.terms) {
          expect(seen.has(term.code), term.code).toBe(false);
          if (term.parent !== undefined)
            expect(seen.has(term.parent), `${term.code} -> ${term.parent}`).toBe(true);
          seen.add(term.code);
        }
      });

      it('has no two labels or aliases that fold to the same key', () => {
        const owner = new Map<string, string>();
        const clashes: string[] = [];
        for (const term of t.terms) {
          const keys = [term.labelEn, ...(term.aliases ?? [])].map(normalizeLabel);
          if (new Set(keys).size !== keys.length) clashes.push(`${term.code}: redundant alias`);
          for (const key of keys) {
            const other = owner.get(key);
            if (other !== undefined && other !== term.code) clashes.push(`${key}: ${other} / ${term.code}`);
            owner.set(key, term.code);
          }
        }
        expect(clashes).toEqual([]);
      });
    });
  }
});
