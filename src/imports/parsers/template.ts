/**
 * The documented column template of UPR Tracker's own CSV/XLSX/JSON files: what `upr export` writes and
 * what the generic importer reads (other headers are mapped with `--map column=Header`).
 */
import { FileFormatError, type ParseEvent } from './stream.ts';
import type { ParsedPosition, ParsedRecommendation } from './types.ts';

export const TEMPLATE_COLUMNS = [
  'key',
  'mechanism',
  'state_under_review',
  'cycle',
  'session',
  'paragraph',
  'document_symbol',
  'text',
  'text_lang',
  'translation_en',
  'translation_ru',
  'translation_kk',
  'recommending_states',
  'position',
  'position_source',
  'action_category',
  'upr_info_issues',
  'ohchr_themes',
  'sdgs',
  'affected_persons',
  'archived',
] as const;
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];
export type TemplateRecord = Record<TemplateColumn, string>;

/** Term columns and the taxonomy each holds. */
export const TERM_COLUMNS = {
  upr_info_issues: 'upr-info-issue',
  ohchr_themes: 'ohchr-theme',
  sdgs: 'sdg',
  affected_persons: 'affected-persons',
} as const satisfies Partial<Record<TemplateColumn, string>>;

/** Separator of several values in one cell. */
export const LIST_SEPARATOR = '; ';

const POSITIONS: Record<string, ParsedPosition> = {
  supported: 'supported',
  accepted: 'supported',
  supported_in_part: 'supported_in_part',
  'supported in part': 'supported_in_part',
  'partially supported': 'supported_in_part',
  'supported/noted': 'supported_in_part',
  noted: 'noted',
  rejected: 'noted',
  pending: 'pending',
  'under consideration': 'pending',
  unknown: 'unknown',
  '': 'unknown',
};

/** Parses `--map` values (`text=Recommendation,state_under_review=Country`) into template column → header. */
export function parseColumnMap(specs: string[]): Map<TemplateColumn, string> {
  const map = new Map<TemplateColumn, string>();
  for (const spec of specs.flatMap((s) => s.split(','))) {
    if (!spec.trim()) continue;
    const [column, header] = spec.split('=').map((s) => s.trim());
    if (!column || !header) throw new FileFormatError(`--map "${spec}": write column=Header`);
    if (!(TEMPLATE_COLUMNS as readonly string[]).includes(column)) {
      throw new FileFormatError(
        `--map "${spec}": unknown column "${column}" (columns: ${TEMPLATE_COLUMNS.join(', ')})`,
      );
    }
    map.set(column as TemplateColumn, header);
  }
  return map;
}

/** Resolves a file's header to template columns, or throws naming what is missing. */
export function templateHeader(
  header: string[],
  columnMap: Map<TemplateColumn, string>,
  line = 1,
): { index: Map<TemplateColumn, number>; ignored: string[] } {
  const positions = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const index = new Map<TemplateColumn, number>();
  for (const column of TEMPLATE_COLUMNS) {
    const wanted = (columnMap.get(column) ?? column).toLowerCase();
    const at = positions.get(wanted);
    if (at !== undefined) index.set(column, at);
  }
  const missing = (['text'] as TemplateColumn[]).filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw new FileFormatError(
      `wrong header on line ${line}: no column ${missing.map((c) => columnMap.get(c) ?? c).join(', ')} ` +
        `(expected the UPR Tracker template: ${TEMPLATE_COLUMNS.join(',')}; map other headers with --map column=Header)`,
      line,
    );
  }
  const used = new Set(index.values());
  return { index, ignored: header.filter((name, i) => name.trim() && !used.has(i)) };
}

/** Turns one template row into a recommendation or a problem. */
export function templateRowToEvent(
  cells: string[],
  index: Map<TemplateColumn, number>,
  line: number,
  file?: string,
): ParseEvent {
  const get = (c: TemplateColumn) => (index.has(c) ? (cells[index.get(c) as number] ?? '').trim() : '');
  const fail = (column: TemplateColumn, message: string): ParseEvent => ({
    type: 'problem',
    problem: { file, row: line, column, message },
  });
  const text = get('text');
  if (!text) return fail('text', 'empty recommendation text');
  const numbers: Partial<Record<'cycle' | 'session' | 'action_category', number>> = {};
  for (const column of ['cycle', 'session', 'action_category'] as const) {
    const value = get(column);
    if (value === '') continue;
    if (!/^\d+$/.test(value)) return fail(column, `"${value}" is not a whole number`);
    numbers[column] = Number(value);
  }
  const positionText = get('position');
  const position = POSITIONS[positionText.toLowerCase()];
  if (!position) {
    return fail(
      'position',
      `unknown position "${positionText}" (supported, supported_in_part, noted, pending, unknown)`,
    );
  }
  const archivedText = get('archived').toLowerCase();
  if (!['', '0', '1', 'true', 'false', 'yes', 'no'].includes(archivedText)) {
    return fail('archived', `"${archivedText}" is not true or false`);
  }
  const translations: Record<string, string> = {};
  for (const lang of ['en', 'ru', 'kk'] as const) {
    const value = get(`translation_${lang}`);
    if (value) translations[lang] = value;
  }
  const terms: Record<string, string[]> = {};
  for (const [column, taxonomy] of Object.entries(TERM_COLUMNS)) {
    const values = splitList(get(column as TemplateColumn));
    if (values.length) terms[taxonomy] = values;
  }
  const recommendation: ParsedRecommendation = {
    row: line,
    text,
    recommendingStates: splitList(get('recommending_states')),
    position,
    terms,
    archived: ['1', 'true', 'yes'].includes(archivedText),
  };
  const optional: [keyof ParsedRecommendation, string][] = [
    ['key', get('key')],
    ['mechanism', get('mechanism')],
    ['stateUnderReview', get('state_under_review')],
    ['paragraph', get('paragraph')],
    ['documentSymbol', get('document_symbol')],
    ['textLang', get('text_lang')],
    ['positionSource', get('position_source')],
  ];
  for (const [field, value] of optional) if (value) Object.assign(recommendation, { [field]: value });
  if (numbers.cycle !== undefined) recommendation.cycle = numbers.cycle;
  if (numbers.session !== undefined) recommendation.session = numbers.session;
  if (numbers.action_category !== undefined) recommendation.actionCategory = numbers.action_category;
  if (Object.keys(translations).length) recommendation.translations = translations;
  return { type: 'recommendation', recommendation };
}

export function splitList(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
