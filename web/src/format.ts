/** Localised numbers, dates and names (Intl), and labels of reference values. */
import type { FacetItem, State } from './api.ts';

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatDate(iso: string, language: string): string {
  // Browsers' ICU often lacks Kazakh month names ("2026 M11 25"): Kazakhstan's numeric form reads well.
  if (language === 'kk') {
    return new Intl.DateTimeFormat('ru', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function stateName(states: Map<string, State>, iso3: string, language: string): string {
  const state = states.get(iso3);
  if (!state) return iso3;
  return language === 'ru' ? state.nameRu : language === 'kk' ? state.nameKk : state.nameEn;
}

export function termLabel(item: Pick<FacetItem, 'label' | 'value'>, language: string): string {
  const label = item.label;
  if (!label) return item.value;
  return (language === 'ru' ? label.ru : language === 'kk' ? label.kk : label.en) ?? label.en;
}

/** Text of a recommendation in the reader's language when there is one, else its original. */
export function textIn(
  rec: { text: string; textLang: string; translations: Record<string, string> },
  language: string,
): { text: string; lang: string } {
  if (rec.textLang === language) return { text: rec.text, lang: rec.textLang };
  const translated = rec.translations[language];
  return translated ? { text: translated, lang: language } : { text: rec.text, lang: rec.textLang };
}

export function download(name: string, content: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function toCsv(rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
