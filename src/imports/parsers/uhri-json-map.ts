/**
 * One record of OHCHR's Universal Human Rights Index export mapped to a ParsedRecommendation.
 * The export is not uniform: fields come as arrays, strings or null, bodies carry a leading "- "
 * (`"- CRC"`), texts may hold HTML and a leading paragraph number (`"4.The Committee ..."`).
 */
import type { ParsedPosition, ParsedRecommendation, ParseProblem } from './types.ts';
import { splitRecommendingStates, splitStateList } from './wg-report-states.ts';
import { cycleFromSession, parseOrdinal } from './wg-report-text.ts';

export interface MappedRecord {
  recommendation?: ParsedRecommendation;
  problems: ParseProblem[];
}

const TREATY_BODIES = new Set(['CAT', 'CCPR', 'CED', 'CEDAW', 'CERD', 'CESCR', 'CMW', 'CRC', 'CRPD', 'SPT']);
const TREATY_BODY_NAMES: Record<string, string> = {
  'committee against torture': 'CAT',
  'human rights committee': 'CCPR',
  'committee on enforced disappearances': 'CED',
  'committee on the elimination of discrimination against women': 'CEDAW',
  'committee on the elimination of racial discrimination': 'CERD',
  'committee on economic, social and cultural rights': 'CESCR',
  'committee on migrant workers': 'CMW',
  'committee on the rights of the child': 'CRC',
  'committee on the rights of persons with disabilities': 'CRPD',
  'subcommittee on prevention of torture': 'SPT',
};

/** `"- UPR"` -> UPR, `"Committee on the Rights of the Child"` -> CRC, `"SR Torture"` -> SP. */
export function mechanismOf(body: string): string | undefined {
  const name = body.replace(/^[\s-]+/, '').trim();
  if (!name) return undefined;
  const upper = name.toUpperCase();
  if (upper === 'UPR' || /universal periodic review/i.test(name)) return 'UPR';
  if (TREATY_BODIES.has(upper)) return upper;
  const long = TREATY_BODY_NAMES[name.toLowerCase().replace(/\s+/g, ' ')];
  if (long) return long;
  if (/^special procedures?$/i.test(name) || /^(SR|SRSG|IE|WG)\b/.test(name)) return 'SP';
  if (/special rapporteur|independent expert|working group on/i.test(name)) return 'SP';
  return undefined;
}

/** UprPositions as UHRI writes them: `Supported`, `Noted`, `Supported/Noted`, `Under consideration`. */
export function uhriPositionOf(values: string[]): ParsedPosition | undefined {
  const found = new Set<ParsedPosition>();
  for (const value of values) {
    const v = value
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .trim();
    if (!v) continue;
    if (/supported ?\/ ?noted|noted ?\/ ?supported|in part|partially|partly/.test(v))
      found.add('supported_in_part');
    else if (/^(supported|accepted|support|accept)(ed)?$/.test(v)) found.add('supported');
    else if (/^(noted|rejected|not supported|not accepted)$/.test(v)) found.add('noted');
    else if (/consideration|pending|to be examined|examin/.test(v)) found.add('pending');
    else found.add('unknown');
  }
  if (found.size === 0) return undefined;
  if (found.size === 1) return [...found][0];
  if (found.has('unknown')) return 'unknown';
  if (found.has('supported') && found.has('noted')) return 'supported_in_part';
  return found.has('supported_in_part') ? 'supported_in_part' : 'unknown';
}

/** Arrays stay arrays; strings split on `;`, else on a comma that starts a new capitalised label. */
export function listOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'number' ? String(v) : cleanItem(v))).filter(isText);
  }
  if (typeof value === 'number') return [String(value)];
  if (typeof value !== 'string') return [];
  const parts = value.includes(';') ? value.split(';') : value.split(/,\s*(?=[\p{Lu}\d])/u);
  return parts.map(cleanItem).filter(isText);
}

const cleanItem = (v: unknown): string => (typeof v === 'string' ? v.replace(/^[\s-]+/, '').trim() : '');
const isText = (v: string): boolean => v.length > 0;

/** Recommending states may be one comma-separated string: split it like a report's state group. */
function statesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(';').flatMap((part) => splitStateList(part));
  return listOf(value);
}

/** `3`, `"3"`, `"3rd cycle"`, `"Third cycle"`, `"Cycle 3"` -> 3. */
export function numberOf(value: unknown): number | undefined {
  const first = Array.isArray(value) ? value.find((v) => v !== null && v !== '') : value;
  if (typeof first === 'number') return Number.isInteger(first) && first > 0 ? first : undefined;
  if (typeof first !== 'string') return undefined;
  const digits = first.match(/\d+/);
  if (digits) return Number(digits[0]);
  const word = first
    .toLowerCase()
    .match(/[a-z]+(?:[- ][a-z]+)?(?= (cycle|session))|(?<=(cycle|session) )[a-z]+/);
  return parseOrdinal(word?.[0] ?? first);
}

export function cleanText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const str = (value: unknown): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : undefined;
};

/** UPR texts may end as in the report, `... (France) (Lithuania);`: drop the states, keep them if none given. */
function takeTrailingStates(rec: ParsedRecommendation): void {
  if (!/\)\s*[;.]?$/.test(rec.text)) return;
  const split = splitRecommendingStates(rec.text);
  if (split.states.length === 0) return;
  rec.text = split.text;
  if (rec.recommendingStates.length === 0) rec.recommendingStates = split.states;
}

export function mapUhriRecord(value: unknown, row: number, file?: string, textLang?: string): MappedRecord {
  const problems: ParseProblem[] = [];
  const problem = (message: string, column?: string) => problems.push({ file, row, column, message });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('record is not a JSON object');
    return { problems };
  }
  const r = value as Record<string, unknown>;
  const id = str(r.AnnotationId);
  let text = cleanText(str(r.Text) ?? '');
  if (!text) {
    problem(`annotation ${id ?? '(no id)'} has no text`, 'Text');
    return { problems };
  }
  const rec: ParsedRecommendation = { row, text, recommendingStates: statesOf(r.UprRecommendingCountry) };
  // Paragraph numbers lead the text: `121.1 Ratify ...` (UPR) or `4.The Committee ...` (treaty bodies).
  const para = text.match(/^(\d{1,3}\.\d{1,3})\.?\s+(?=\S)/) ?? text.match(/^(\d{1,3})\.\s*(?=\p{Lu})/u);
  if (para?.[1]) {
    rec.paragraph = para[1];
    text = text.slice(para[0].length);
    rec.text = text;
  }
  if (textLang) rec.textLang = textLang;
  if (id) rec.key = `uhri:${id}`;
  else problem('record has no AnnotationId: it cannot be matched on a later import', 'AnnotationId');

  const body = str(r.Body);
  const hasUprFields = listOf(r.UprPositions).length > 0 || rec.recommendingStates.length > 0;
  const mechanism = body ? mechanismOf(body) : hasUprFields ? 'UPR' : undefined;
  if (mechanism) rec.mechanism = mechanism;
  else if (body) {
    rec.mechanism = body.replace(/^[\s-]+/, '');
    problem(`unknown body "${rec.mechanism}"`, 'Body');
  } else problem('record has no Body', 'Body');

  if (rec.mechanism === 'UPR') takeTrailingStates(rec);
  if (rec.mechanism === 'UPR' && rec.recommendingStates.length === 0) {
    problem('UPR recommendation names no recommending state', 'UprRecommendingCountry');
  }

  const countries = listOf(r.Countries);
  if (countries[0]) rec.stateUnderReview = countries[0];
  if (countries.length > 1) {
    problem(`${countries.length} countries (${countries.join(', ')}); taking the first`, 'Countries');
  }

  const session = numberOf(r.UprSession);
  if (session && session < 100) rec.session = session;
  else if (listOf(r.UprSession).length)
    problem(`session "${listOf(r.UprSession)}" not understood`, 'UprSession');
  const cycle = numberOf(r.UprCycle) ?? (rec.session ? cycleFromSession(rec.session) : undefined);
  if (cycle && cycle < 10) rec.cycle = cycle;
  else if (listOf(r.UprCycle).length) problem(`cycle "${listOf(r.UprCycle)}" not understood`, 'UprCycle');

  const symbol = str(r.Symbol);
  if (symbol) rec.documentSymbol = symbol;

  const positions = listOf(r.UprPositions);
  const position = uhriPositionOf(positions);
  if (position) rec.position = position;
  if (position === 'unknown') problem(`position "${positions.join('/')}" not understood`, 'UprPositions');

  const terms: Record<string, string[]> = {};
  const themes = listOf(r.Themes);
  const sdgs = listOf(r.Sdgs);
  const persons = listOf(r.AffectedPersons);
  if (themes.length) terms['ohchr-theme'] = themes;
  if (sdgs.length) terms.sdg = sdgs;
  if (persons.length) terms['affected-persons'] = persons;
  if (Object.keys(terms).length) rec.terms = terms;
  return { recommendation: rec, problems };
}
