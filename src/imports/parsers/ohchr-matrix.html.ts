/**
 * A minimal walker for mammoth's HTML: mammoth writes a small, regular tag set (p, h1-h6, strong, em,
 * table/tr/td/th with colspan and rowspan, ul/ol/li, br, a, img), escapes `&<>"` and nothing else, so a
 * tag scanner is enough to recover the table structure.
 */
import { decodeEntities } from '../../modules/taxonomies/term-label.ts';

export interface HtmlCell {
  /** The cell's paragraphs (p, li, headings, br-separated lines), whitespace collapsed, empty ones dropped. */
  paragraphs: string[];
  colspan: number;
}

export interface HtmlRow {
  /** Cells by grid column: a spanned column holds `undefined`, a cell merged from above repeats. */
  cells: (HtmlCell | undefined)[];
}

export interface HtmlDocument {
  /** Top-level tables in document order; a table nested in a cell is flattened into that cell. */
  tables: HtmlRow[][];
  /** Paragraphs outside any table (titles, notes). */
  paragraphs: string[];
}

interface RawCell extends HtmlCell {
  rowspan: number;
}

interface OpenTable {
  rows: RawCell[][];
  row?: RawCell[];
  cell?: RawCell;
}

const BREAKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'td', 'th', 'tr', 'table']);

export function readHtml(html: string): HtmlDocument {
  const document: HtmlDocument = { tables: [], paragraphs: [] };
  const open: OpenTable[] = [];
  let text = '';

  // Ends the current paragraph into the innermost open cell, or into the text outside tables.
  const flush = () => {
    const paragraph = decodeEntities(text).replace(/\s+/g, ' ').trim();
    text = '';
    if (!paragraph) return;
    const cell = open.at(-1)?.cell;
    (cell ? cell.paragraphs : document.paragraphs).push(paragraph);
  };

  for (const token of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|[^<]+/g)) {
    const name = token[2]?.toLowerCase();
    if (name === undefined) {
      text += token[0];
      continue;
    }
    const closing = token[1] === '/';
    if (BREAKS.has(name)) flush();
    const table = open.at(-1);
    if (name === 'table' && !closing) open.push({ rows: [] });
    else if (name === 'table' && table) {
      open.pop();
      const outer = open.at(-1)?.cell;
      if (outer) outer.paragraphs.push(...table.rows.flat().flatMap((cell) => cell.paragraphs));
      else document.tables.push(toGrid(table.rows));
    } else if (name === 'tr' && table) {
      table.row = closing ? undefined : [];
      if (table.row) table.rows.push(table.row);
    } else if ((name === 'td' || name === 'th') && table) {
      table.cell = closing ? undefined : newCell(token[3] ?? '', table);
    }
  }
  flush();
  return document;
}

function newCell(attributes: string, table: OpenTable): RawCell {
  const cell: RawCell = {
    paragraphs: [],
    colspan: spanOf(attributes, 'colspan'),
    rowspan: spanOf(attributes, 'rowspan'),
  };
  if (!table.row) {
    table.row = [];
    table.rows.push(table.row);
  }
  table.row.push(cell);
  return cell;
}

function spanOf(attributes: string, name: string): number {
  const value = Number(new RegExp(`${name}="(\\d+)"`).exec(attributes)?.[1] ?? 1);
  return Math.max(value, 1);
}

/** Places cells on grid columns, so that column N means the same header in every row. */
function toGrid(rows: RawCell[][]): HtmlRow[] {
  const carried: { cell: RawCell; rowsLeft: number }[] = [];
  return rows.map((raw) => {
    const cells: (HtmlCell | undefined)[] = [];
    let column = 0;
    const takeCarried = () => {
      for (let merged = carried[column]; merged && merged.rowsLeft > 0; merged = carried[column]) {
        merged.rowsLeft--;
        cells[column] = merged.cell;
        column += merged.cell.colspan;
      }
    };
    for (const cell of raw) {
      takeCarried();
      cells[column] = cell;
      if (cell.rowspan > 1) carried[column] = { cell, rowsLeft: cell.rowspan - 1 };
      column += cell.colspan;
    }
    takeCarried();
    return { cells };
  });
}
