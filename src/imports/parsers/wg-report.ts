/**
 * UPR Working Group report (A/HRC/<session>/<n>): the numbered recommendations of its section
 * "Conclusions and/or recommendations", with the position stated by each framing paragraph.
 *
 * Two layouts exist. From cycle 2 on: `124. The following recommendations enjoy the support of ...` then
 * `124.1 ... (France);`. In cycle 1: `95. ... enjoy the support of ...:` then `1.` ... `102.` on their own,
 * kept here as paragraphs `95.1` ... `95.102`.
 *
 * @example
 * const { text } = await extractDocumentText(buffer, 'A_HRC_28_10.pdf');
 * const result = parseWgReport(text, 'A_HRC_28_10.pdf'); // result.recommendations[0].paragraph === '124.1'
 */
import type { ParsedPosition, ParsedRecommendation, ParseProblem, ParseResult } from './types.ts';
import { splitRecommendingStates } from './wg-report-states.ts';
import { cleanReportLines, readReportMeta } from './wg-report-text.ts';

export const WG_REPORT_FORMAT = 'wg-report';

const HEADING = /^(?:[IVX]+\.\s*)?Conclusions and\/or recommendations\s*\**$/i;
const DOTTED = /^(\d{1,3})\.(\d{1,3})\.?(?:\s+(.*))?$/;
const BARE = /^(\d{1,3})\.(?:\s+(.*))?$/;
// A footnote at the foot of a PDF page: `2 The recommendation ...` right after a finished item.
// The section's last paragraph: "All conclusions and/or recommendations ... reflect the position of ...".
const CLOSING = /^All conclusions and\/or recommendations/i;
const NUMBERED_FOOTNOTE = /^\d{1,2}\s+\p{Lu}/u;

interface Framing {
  number: number;
  text: string;
  items: Item[];
}

interface Item {
  number: number;
  /** `124.1` in cycle 2+ reports; built as `95.1` for cycle 1 reports. */
  paragraph: string;
  text: string;
}

export function looksLikeWgReport(text: string): boolean {
  const head = text.slice(0, 20_000).replace(/\s+/g, ' ');
  if (/Report of the Working Group on the Universal Periodic Review/i.test(head)) return true;
  return /Conclusions and\/or recommendations/i.test(text) && /A\/HRC\/\d+\/\d+/.test(head);
}

export function parseWgReport(text: string, fileName?: string): ParseResult {
  const meta = readReportMeta(text);
  const problems: ParseProblem[] = [];
  const notes: string[] = [];
  const result: ParseResult = { format: WG_REPORT_FORMAT, recommendations: [], problems, notes };
  if (Object.keys(meta).length > 0) result.document = meta;

  const section = sectionLines(cleanReportLines(text));
  if (!section) {
    const addendum = /Views on conclusions and\/or recommendations/i.test(text)
      ? ' (this looks like the addendum with the State’s views, not the report)'
      : '';
    problems.push({
      file: fileName,
      message: `no "Conclusions and/or recommendations" section found${addendum}`,
    });
    return result;
  }

  const framings = groupParagraphs(section, (message) => problems.push({ file: fileName, message }));
  for (const framing of framings) {
    if (framing.items.length === 0) {
      if (!CLOSING.test(framing.text)) {
        notes.push(`para ${framing.number}: ${framing.text}`);
      }
      continue;
    }
    const position = positionOf(framing.text);
    if (position === 'unknown') {
      problems.push({
        file: fileName,
        message: `para ${framing.number}: no position recognised in "${framing.text.slice(0, 120)}"`,
      });
    }
    const positionSource = meta.symbol ? `${meta.symbol} para ${framing.number}` : `para ${framing.number}`;
    for (const item of framing.items) {
      const row = result.recommendations.length + 1;
      const { text: recText, states } = splitRecommendingStates(item.text);
      const rec: ParsedRecommendation = {
        row,
        mechanism: 'UPR',
        paragraph: item.paragraph,
        text: recText,
        recommendingStates: states,
        position,
        positionSource,
      };
      if (meta.stateUnderReview) rec.stateUnderReview = meta.stateUnderReview;
      if (meta.cycle) rec.cycle = meta.cycle;
      if (meta.session) rec.session = meta.session;
      if (meta.symbol) rec.documentSymbol = meta.symbol;
      if (states.length === 0) {
        problems.push({
          file: fileName,
          row,
          message: `recommendation ${item.paragraph} names no recommending state`,
        });
      }
      if (!recText) {
        problems.push({ file: fileName, row, message: `recommendation ${item.paragraph} has no text` });
      }
      result.recommendations.push(rec);
    }
  }
  if (result.recommendations.length === 0) {
    problems.push({
      file: fileName,
      message: 'the "Conclusions and/or recommendations" section lists no recommendation',
    });
  }
  return result;
}

const NOTED =
  /(did|do|does) not (enjoy|receive) the support|not (been )?(supported|accepted)|(be|been|were|are) noted|\brejected\b/;
const IN_PART = /partially supported|supported in part|enjoy the partial support/;
const PENDING =
  /will be examined|to be examined|will (provide|give) (its |their )?responses?|will respond|will consider|under consideration/;
const SUPPORTED =
  /enjoy the support|\baccepted\b|\bsupported\b|already (been )?implemented|in the process of/;

/** The framing paragraph's words decide the position of every recommendation under it. */
export function positionOf(framing: string): ParsedPosition {
  const t = framing.replace(/\s+/g, ' ').toLowerCase();
  if (NOTED.test(t)) return 'noted';
  if (IN_PART.test(t)) return 'supported_in_part';
  if (PENDING.test(t)) return 'pending';
  if (SUPPORTED.test(t)) return 'supported';
  return 'unknown';
}

/** Lines from the section heading up to the next chapter or annex; undefined when there is no heading. */
function sectionLines(lines: string[]): string[] | undefined {
  const start = lines.findIndex((line) => HEADING.test(line));
  if (start < 0) return undefined;
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^Annex\b/.test(line) || /^[IVX]+\.\s+\p{Lu}/u.test(line)) break;
    // PDF text may run items together on one line: `...(France); 124.2 Speed up ...`.
    out.push(...line.replace(/([;:])\s+(\d{2,3}\.\d{1,3})\s+(?=\S)/g, '$1\n$2 ').split('\n'));
  }
  return out;
}

/** Framing paragraphs with their numbered items, following the numbering to tell one from the other. */
function groupParagraphs(lines: string[], problem: (message: string) => void): Framing[] {
  const framings: Framing[] = [];
  let framing: Framing | undefined;
  let item: Item | undefined;
  let listClosed = false;

  const append = (target: { text: string }, line: string) => {
    if (!line) return;
    target.text = !target.text
      ? line
      : target.text.endsWith('-')
        ? target.text + line
        : `${target.text} ${line}`;
  };
  const addItem = (current: Framing, number: number, paragraph: string, rest: string) => {
    const last = current.items.at(-1);
    const expected = last ? last.number + 1 : 1;
    if (number !== expected) {
      problem(`recommendation ${paragraph} follows ${last?.paragraph ?? `para ${current.number}`}`);
    }
    item = { number, paragraph, text: rest };
    current.items.push(item);
    listClosed = false;
  };
  const closeItem = () => {
    if (item) listClosed = splitRecommendingStates(item.text).terminator === '.';
  };

  for (const line of lines) {
    if (!line) continue;
    if (framing && framing.items.length === 0 && CLOSING.test(framing.text)) break;
    const dotted = line.match(DOTTED);
    const major = Number(dotted?.[1]);
    if (dotted && (!framing || (major > framing.number && major <= framing.number + 3))) {
      problem(`para ${major}: recommendation ${major}.${dotted[2]} comes without its framing paragraph`);
      framing = { number: major, text: '', items: [] };
      framings.push(framing);
      item = undefined;
    }
    if (dotted && framing && major === framing.number) {
      closeItem();
      addItem(framing, Number(dotted[2]), `${dotted[1]}.${dotted[2]}`, dotted[3] ?? '');
      continue;
    }
    const bare = line.match(BARE);
    if (bare) {
      const n = Number(bare[1]);
      const rest = bare[2] ?? '';
      closeItem();
      const lastNumber = framing?.items.at(-1)?.number ?? 0;
      const continuesList = framing && !listClosed && lastNumber > 0 && n === lastNumber + 1;
      const startsList = framing && lastNumber === 0 && n === 1;
      const nextFraming = !framing || (n > framing.number && n <= framing.number + 3);
      if (framing && (continuesList || startsList)) {
        addItem(framing, n, `${framing.number}.${n}`, rest);
        continue;
      }
      if (nextFraming) {
        framing = { number: n, text: rest, items: [] };
        framings.push(framing);
        item = undefined;
        listClosed = false;
        continue;
      }
      if (framing && n === lastNumber + 1) {
        addItem(framing, n, `${framing.number}.${n}`, rest);
        continue;
      }
    }
    if (item && NUMBERED_FOOTNOTE.test(line) && /[;.]$/.test(item.text)) continue;
    if (item) append(item, line);
    else if (framing) append(framing, line);
  }
  return framings;
}
