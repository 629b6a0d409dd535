/**
 * Parses OHCHR "thematic lists of recommendations" (UPR matrices, DOCX) from their table structure:
 * `Theme: ...` heading rows, then one row per recommendation with its position, themes, SDGs and
 * affected persons. Two layouts are known and recognised by their header row:
 * - cycles 2-3: `Recommendation | Position | Full list of themes | Assessment/comments on level of implementation`
 * - cycle 4: `Recommendation and recommending State | Position of the State under review |
 *   Human rights themes and groups of persons | Relevant SDGs`
 *
 * @example
 * const { recommendations, document } = await parseOhchrMatrix(await readFile('UPR34_Slovenia.docx'));
 * // document → { stateUnderReview: 'Slovenia', cycle: 3, session: 34 }
 * // recommendations[0] → { paragraph: '121.1', recommendingStates: ['France', 'Lithuania'], position: 'supported', ... }
 */
import mammoth from 'mammoth';
import {
  emptyLists,
  type LabelLists,
  mapPosition,
  parseLabelCell,
  parseRecommendationCell,
} from './ohchr-matrix.cells.ts';
import { headerParagraphs, notDocx, openDocx, readPart } from './ohchr-matrix.docx.ts';
import { type HtmlRow, readHtml } from './ohchr-matrix.html.ts';
import { FileFormatError } from './stream.ts';
import type { ParsedRecommendation, ParseProblem, ParseResult } from './types.ts';

type DocumentInfo = NonNullable<ParseResult['document']>;

interface Columns {
  recommendation: number;
  position: number;
  themes?: number;
  sdgs?: number;
}

const REVIEW_TITLE =
  /(?:UPR|Universal Periodic Review) of (.+?)\s*\(\s*(\d+)\s*(?:st|nd|rd|th)?\s+cycle\s*[-–—,]\s*(\d+)\s*(?:st|nd|rd|th)?\s+session\s*\)/i;

export async function parseOhchrMatrix(buffer: Buffer, fileName?: string): Promise<ParseResult> {
  const parts = openDocx(buffer, fileName);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch (error) {
    throw notDocx(fileName, (error as Error).message);
  }
  const { tables, paragraphs } = readHtml(html);
  const document = reviewOf([...headerParagraphs(buffer, parts), ...paragraphs]);
  const recommendations: ParsedRecommendation[] = [];
  const problems: ParseProblem[] = [];
  const notes: string[] = [];

  const seen = new Set<string>();
  let row = 0;
  let primaryTheme: string | undefined;
  let columns: Columns | undefined;
  for (const table of tables) {
    for (const { cells } of table) {
      row++;
      const texts = Array.from(cells, (cell) => cell?.paragraphs.join(' ') ?? '');
      const nonEmpty = texts.filter(Boolean);
      if (nonEmpty.length === 0) continue;
      const header = columnsOf(texts);
      if (header) {
        columns = header;
        continue;
      }
      const theme = /^theme\s*:\s*(.*)$/i.exec(nonEmpty[0] ?? '');
      if (nonEmpty.length === 1 && theme) {
        primaryTheme = theme[1]?.trim() || undefined;
        continue;
      }
      if (!columns || nonEmpty.length === 1) {
        notes.push(nonEmpty.join(' | '));
        continue;
      }
      const parsed = readRow(cells, columns, row, primaryTheme, problems);
      if (!parsed) continue;
      if (seen.has(parsed.paragraph)) {
        problems.push({ row, message: `paragraph ${parsed.paragraph} is listed again; kept the first` });
        continue;
      }
      seen.add(parsed.paragraph);
      recommendations.push({ ...documentFields(document), ...parsed });
    }
  }
  if (!columns) {
    throw new FileFormatError(
      `${fileName ? `${fileName}: ` : ''}not an OHCHR thematic list of recommendations ` +
        '(no table with "Recommendation" and "Position" columns)',
    );
  }
  for (const item of problems) item.file ??= fileName;
  return { format: 'ohchr-matrix', recommendations, problems, notes, ...(document && { document }) };
}

/** Cheap format detection: a DOCX whose body has the matrix's fixed wording, without converting it. */
export async function looksLikeOhchrMatrix(buffer: Buffer): Promise<boolean> {
  try {
    const parts = openDocx(buffer);
    const body = (readPart(buffer, parts, 'word/document.xml') ?? '').replace(/<[^>]*>/g, '');
    return /Source of Position\s*:/i.test(body) && /Theme\s*:/i.test(body) && /Recommendation/i.test(body);
  } catch {
    return false;
  }
}

function readRow(
  cells: HtmlRow['cells'],
  columns: Columns,
  row: number,
  primaryTheme: string | undefined,
  problems: ParseProblem[],
): (ParsedRecommendation & { paragraph: string }) | undefined {
  const paragraphsAt = (column: number | undefined) =>
    column === undefined ? [] : (cells[column]?.paragraphs ?? []);
  const recommendation = parseRecommendationCell(paragraphsAt(columns.recommendation));
  if (typeof recommendation === 'string') {
    problems.push({ row, column: 'Recommendation', message: recommendation });
    return undefined;
  }
  const positionText = paragraphsAt(columns.position).join(' ');
  const position = mapPosition(positionText);
  if (!position) {
    problems.push({
      row,
      column: 'Position',
      message: `paragraph ${recommendation.paragraph}: unknown position "${positionText}"`,
    });
  }
  const lists = parseLabelCell(paragraphsAt(columns.themes), 'themes', emptyLists());
  parseLabelCell(paragraphsAt(columns.sdgs), 'sdgs', lists);
  return {
    row,
    mechanism: 'UPR',
    ...recommendation,
    position: position ?? 'unknown',
    terms: termsOf(lists, primaryTheme),
  };
}

function termsOf(lists: LabelLists, primaryTheme: string | undefined): Record<string, string[]> {
  const terms: Record<string, string[]> = {};
  if (lists.themes.length) terms['ohchr-theme'] = lists.themes;
  if (primaryTheme) terms['ohchr-theme-primary'] = [primaryTheme];
  if (lists.sdgs.length) terms.sdg = lists.sdgs;
  if (lists.affectedPersons.length) terms['affected-persons'] = lists.affectedPersons;
  return terms;
}

/** Recognises the header row of either layout by its wording, whatever the column order. */
function columnsOf(texts: string[]): Columns | undefined {
  const find = (pattern: RegExp, except: number[] = []) => {
    const index = texts.findIndex((text, column) => pattern.test(text) && !except.includes(column));
    return index < 0 ? undefined : index;
  };
  const sdgs = find(/^(?:relevant\s+)?SDGs?$/i);
  const themes = find(/themes/i, sdgs === undefined ? [] : [sdgs]);
  const position = find(/^position\b/i);
  const recommendation = find(/^recommendation\b/i);
  if (position === undefined || recommendation === undefined) return undefined;
  if (texts.filter(Boolean).some((text) => text.length > 80)) return undefined;
  return { recommendation, position, themes, sdgs };
}

function reviewOf(paragraphs: string[]): DocumentInfo | undefined {
  for (const paragraph of paragraphs) {
    const match = REVIEW_TITLE.exec(paragraph);
    if (match?.[1]) return { stateUnderReview: match[1], cycle: Number(match[2]), session: Number(match[3]) };
  }
  return undefined;
}

function documentFields(document: DocumentInfo | undefined): Partial<ParsedRecommendation> {
  if (!document) return {};
  const { stateUnderReview, cycle, session } = document;
  return { stateUnderReview, cycle, session };
}
