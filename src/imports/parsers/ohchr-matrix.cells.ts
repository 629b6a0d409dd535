/** Reading the cells of an OHCHR thematic list: the recommendation, its position and its labels. */
import type { ParsedPosition } from './types.ts';

export interface RecommendationCell {
  paragraph: string;
  text: string;
  recommendingStates: string[];
  positionSource?: string;
}

export interface LabelLists {
  themes: string[];
  sdgs: string[];
  affectedPersons: string[];
}

type ListName = keyof LabelLists;

const PARAGRAPH_NUMBER = /^(\d+(?:\.\d+)+)\.?\s+/;
const SOURCE_OF_POSITION = /^source of position\s*:\s*/i;
const LIST_LABELS: [RegExp, ListName][] = [
  [/^(?:relevant\s+)?SDGs?\s*:\s*/i, 'sdgs'],
  [/^(?:affected persons|persons affected|groups? of persons)\s*:\s*/i, 'affectedPersons'],
  [/^(?:(?:human rights\s+)?themes?)\s*:\s*/i, 'themes'],
];

/**
 * Reads `121.2 <text> (France) (Lithuania);` and the `Source of Position: ...` line below it.
 * Returns an error message when the cell does not start with a paragraph number.
 *
 * @example parseRecommendationCell(['121.1 Ratify the ICPPED (France) (Lithuania);', 'Source of Position: A/HRC/43/15 - Para 121'])
 * // → { paragraph: '121.1', text: 'Ratify the ICPPED', recommendingStates: ['France', 'Lithuania'], positionSource: 'A/HRC/43/15 - Para 121' }
 */
export function parseRecommendationCell(paragraphs: string[]): RecommendationCell | string {
  const sourceAt = paragraphs.findIndex((paragraph) => SOURCE_OF_POSITION.test(paragraph));
  const body = (sourceAt < 0 ? paragraphs : paragraphs.slice(0, sourceAt)).join(' ');
  const number = PARAGRAPH_NUMBER.exec(body);
  if (!number?.[1]) return `no paragraph number at the start of the recommendation: "${body.slice(0, 60)}"`;
  const positionSource =
    sourceAt < 0
      ? undefined
      : paragraphs.slice(sourceAt).join(' ').replace(SOURCE_OF_POSITION, '').trim() || undefined;
  const { text, states } = splitRecommendingStates(body.slice(number[0].length));
  if (!text) return `paragraph ${number[1]} has no recommendation text`;
  return { paragraph: number[1], text, recommendingStates: states, positionSource };
}

/**
 * Separates the recommending states from the text. A paragraph may join several states' recommendations
 * with `;`, each closed by its own states: all states are collected, in order, and only the last
 * group is cut from the text, so that the text still says which state wrote which part.
 *
 * @example splitRecommendingStates('Ratify ICRMW (Senegal, Venezuela (Bolivarian Republic of),Peru);')
 * // → { text: 'Ratify ICRMW', states: ['Senegal', 'Venezuela (Bolivarian Republic of)', 'Peru'] }
 */
export function splitRecommendingStates(paragraphText: string): { text: string; states: string[] } {
  const states: string[] = [];
  let segmentStart = 0;
  let last: { start: number; text: string } | undefined;
  for (const end of [...separatorsOutsideParentheses(paragraphText, ';'), paragraphText.length]) {
    const segment = trailingStates(paragraphText.slice(segmentStart, end));
    if (segment.states.length === 0) continue;
    for (const state of segment.states) if (!states.includes(state)) states.push(state);
    last = { start: segmentStart, text: segment.text };
    segmentStart = end + 1;
  }
  const rest = paragraphText.slice(segmentStart).replace(/[\s;,]+$/, '');
  if (!last || rest.trim()) return { text: paragraphText.replace(/[\s;,]+$/, '').trim(), states };
  return { text: (paragraphText.slice(0, last.start) + last.text).trim(), states };
}

/** The trailing `(State) (State, State)` groups of one recommendation, and the text before them. */
function trailingStates(segment: string): { text: string; states: string[] } {
  let text = segment.replace(/[\s;.,]+$/, '');
  const states: string[] = [];
  while (text.endsWith(')')) {
    const open = matchingOpen(text, text.length - 1);
    if (open < 0) break;
    const names = splitOutsideParentheses(text.slice(open + 1, -1), ',').map((name) => name.trim());
    if (!names.every(looksLikeStateName)) break;
    states.unshift(...names);
    text = text.slice(0, open).trimEnd();
  }
  return states.length ? { text, states } : { text: segment, states };
}

/** A state as written by the UN: capitalised (or `the former...`), no digits, not an acronym like ICRMW. */
function looksLikeStateName(name: string): boolean {
  return /^(?:\p{Lu}|the\s)/u.test(name) && !/\d/.test(name) && /\p{Ll}/u.test(name) && name.length <= 80;
}

function matchingOpen(text: string, close: number): number {
  let depth = 0;
  for (let index = close; index >= 0; index--) {
    if (text[index] === ')') depth++;
    else if (text[index] === '(' && --depth === 0) return index;
  }
  return -1;
}

function splitOutsideParentheses(text: string, separator: string): string[] {
  const ends = [...separatorsOutsideParentheses(text, separator), text.length];
  return ends.map((end, index) => text.slice(index === 0 ? 0 : (ends[index - 1] ?? 0) + 1, end));
}

function separatorsOutsideParentheses(text: string, separator: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === separator && depth === 0) found.push(index);
  }
  return found;
}

/**
 * Reads a labels cell: items (`- Enforced disappearances`, `A12 Acceptance of international norms`) under
 * optional sub-headings `SDGs:`, `Affected persons:` or `Groups of Persons:`; items before any sub-heading
 * belong to `first` (themes in the themes column, SDGs in cycle 4's SDG column).
 */
export function parseLabelCell(paragraphs: string[], first: ListName, lists = emptyLists()): LabelLists {
  let current = first;
  for (const paragraph of paragraphs) {
    const heading = LIST_LABELS.find(([label]) => label.test(paragraph));
    const item = (heading ? paragraph.replace(heading[0], '') : paragraph).replace(/^[-–•·]\s*/, '').trim();
    if (heading) current = heading[1];
    if (item) lists[current].push(item);
  }
  return lists;
}

export function emptyLists(): LabelLists {
  return { themes: [], sdgs: [], affectedPersons: [] };
}

/** Maps the Position column; `undefined` for wording it does not know (the caller reports it). */
export function mapPosition(cell: string): ParsedPosition | undefined {
  const position = cell.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!position) return 'unknown';
  if (/^(?:supported|accepted) (?:in part|partially)|^partially (?:supported|accepted)/.test(position)) {
    return 'supported_in_part';
  }
  if (/^(?:supported|accepted)\b/.test(position)) return 'supported';
  if (/^(?:noted|not supported|not accepted|rejected)\b/.test(position)) return 'noted';
  if (/^(?:pending|under consideration|(?:will|to) be examined|deferred)\b/.test(position)) return 'pending';
  return undefined;
}
