import { describe, expect, it } from 'vitest';
import { formatDate, listOf, translate } from './summary.template.ts';

describe('summary templates', () => {
  it('picks the Russian plural form by count', () => {
    const coalition = 'Коалиция НПО РК';
    expect(translate('ru', 'dialogue.summary.remaining', { count: 1, coalition })).toContain(
      'остаётся 1 альтернативный доклад',
    );
    expect(translate('ru', 'dialogue.summary.remaining', { count: 3, coalition })).toContain(
      '3 альтернативных доклада',
    );
    expect(translate('ru', 'dialogue.summary.remaining', { count: 5, coalition })).toContain(
      '5 альтернативных докладов',
    );
    expect(translate('en', 'dialogue.summary.remaining', { count: 1, coalition: 'C' })).toContain(
      '1 alternative report of C remains',
    );
    expect(translate('kk', 'dialogue.summary.registryCount', { count: 16, theme: 'Өлім жазасы' })).toBe(
      '«Өлім жазасы» бойынша 16 ұсыным',
    );
  });

  it('writes dates and lists in each language', () => {
    expect(formatDate('ru', '2024-11-07T10:00:00+05:00')).toMatch(/^7 ноября 2024/);
    expect(formatDate('en', '2024-11-07T23:30:00-05:00')).toBe('November 7, 2024');
    expect(listOf('ru', ['№ 2', '№ 8'])).toBe('№ 2 и № 8');
  });

  it('refuses an unknown key', () => {
    expect(() => translate('en', 'dialogue.summary.nothing')).toThrow(/no catalog entry/);
  });
});
