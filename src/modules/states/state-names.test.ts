import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDialects } from '../../test/databases.ts';
import { StateRepository, StateResolver } from './state.repository.ts';
import { normalizeStateName, referenceStates } from './state-names.ts';

describe('reference states', () => {
  const states = referenceStates();

  it('are the 193 UN member states and the 2 observer states', () => {
    expect(states.filter((s) => s.kind === 'member')).toHaveLength(193);
    expect(states.filter((s) => s.kind === 'observer').map((s) => s.iso3)).toEqual(['PSE', 'VAT']);
  });

  it('carry names in English, Russian and Kazakh and a regional group for every member', () => {
    const kaz = states.find((s) => s.iso3 === 'KAZ');
    expect(kaz).toMatchObject({ m49: '398', nameEn: 'Kazakhstan', nameRu: 'Казахстан', nameKk: 'Қазақстан' });
    expect(kaz?.regionalGroup).toBe('Asia-Pacific');
    expect(states.filter((s) => s.kind === 'member' && !s.regionalGroup)).toEqual([]);
    expect(states.filter((s) => !s.nameRu || !s.nameKk)).toEqual([]);
    const groups = new Map<string, number>();
    for (const s of states)
      if (s.regionalGroup) groups.set(s.regionalGroup, (groups.get(s.regionalGroup) ?? 0) + 1);
    // Every member sits in exactly one group (Turkey and Kiribati by their election-purposes group).
    expect([...groups.values()].reduce((a, b) => a + b, 0)).toBe(193);
    expect([groups.get('African'), groups.get('Eastern European'), groups.get('GRULAC')]).toEqual([
      54, 23, 33,
    ]);
  });

  it('fold names for lookup', () => {
    expect(normalizeStateName("Côte d'Ivoire")).toBe(normalizeStateName('COTE D’IVOIRE'));
    expect(normalizeStateName('Bosnia & Herzegovina')).toBe(normalizeStateName('Bosnia and Herzegovina'));
    expect(normalizeStateName('the Netherlands')).toBe(normalizeStateName('Netherlands'));
  });
});

describe.each(testDialects())('state names on %s', (dialect) => {
  let database: TestDatabase;
  let resolver: StateResolver;
  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    resolver = new StateResolver(await new StateRepository(database.db).aliasMap());
  });
  afterAll(() => database.cleanup());

  it.each([
    ['Iran (Islamic Republic of)', 'IRN'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ["Côte d'Ivoire", 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['Macedonia FYR', 'MKD'],
    ['the former Yugoslav Republic of Macedonia', 'MKD'],
    ['Venezuela (Bolivarian Republic of)', 'VEN'],
    ['Bolivarian Republic of Venezuela', 'VEN'],
    ['Swaziland', 'SWZ'],
    ['Democratic Republic of Congo', 'COD'],
    ['Republic of Congo', 'COG'],
    ['Holy See', 'VAT'],
    ['State of Palestine', 'PSE'],
    ['Türkiye', 'TUR'],
    ['Казахстан', 'KAZ'],
    ['KAZ', 'KAZ'],
  ])('resolves "%s" to %s', (name, iso3) => {
    expect(resolver.resolve(name)).toBe(iso3);
  });

  it.each(['Atlantis', 'Congo Free State', '', 'KZX'])('does not guess "%s"', (name) => {
    expect(resolver.resolve(name)).toBeUndefined();
  });

  it('resolves every name the UPR Info export uses', async () => {
    const names = [
      'Antigua & Barbuda',
      'Bosnia & Herzegovina',
      'Brunei Darussalam',
      'Cape Verde',
      'Czech Republic',
      'DPR Korea',
      'Guinea Bissau',
      'Laos',
      'Micronesia',
      'Moldova',
      'Republic of Korea',
      'Russian Federation',
      'Sao Tome & Principe',
      'St Kitts & Nevis',
      'St Lucia',
      'St Vincent & the Grenadines',
      'Syria',
      'Tanzania',
      'Timor-Leste',
      'Trinidad & Tobago',
      'Turkey',
      'United States',
      'Viet Nam',
      'Palestine',
      'Bolivia',
      'Iran',
    ];
    expect(names.filter((n) => !resolver.resolve(n))).toEqual([]);
  });
});
