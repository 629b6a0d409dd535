/**
 * Working Group report text before parsing: page furniture removed, and what the report says of itself
 * (state under review, Working Group session, cycle, document symbol).
 */

export interface ReportMeta {
  stateUnderReview?: string;
  cycle?: number;
  session?: number;
  symbol?: string;
}

const SYMBOL = /A\/HRC\/\d{1,2}\/\d{1,3}(?:\/Add\.\d)?(?![\d/])/g;
const HEADER_SYMBOL = /^(?:\d{1,3}\s+)?A\/HRC\/\d{1,2}\/\d{1,3}(?:\/Add\.\d)?(?:\s+\d{1,3})?$/;
const JOB_NUMBER = /^(?:\d{1,3}\s+)?GE\.\d{2}-\d{3,6}\b/;
const FOOTNOTE_STAR = /^\*{1,3}(\s|$)/;
const UNEDITED = /^(?:\*+\s*)?(?:the\s+)?conclusions and recommendations have not been edited\.?$/i;

/**
 * Lines of the report, trimmed, without page headers (`A/HRC/28/10`), job numbers (`GE.14-23930 (E)`),
 * page numbers, star footnotes and markdown heading marks. Blank lines stay as ''.
 */
export function cleanReportLines(text: string): string[] {
  const raw = text.split('\n').map((line) =>
    line
      .replace(/\u00a0/g, ' ')
      .replace(/^\s*#{1,6}\s+/, '')
      .trim(),
  );
  const isFurniture = (line: string | undefined) =>
    line !== undefined && (HEADER_SYMBOL.test(line) || JOB_NUMBER.test(line));
  return raw
    .filter((line, i) => {
      if (isFurniture(line) || FOOTNOTE_STAR.test(line) || UNEDITED.test(line)) return false;
      // A lone number is a page number when it stands apart, not a wrapped `16` inside a sentence.
      if (/^\d{1,3}$/.test(line)) {
        const prev = raw[i - 1];
        const next = raw[i + 1];
        return !(prev === '' || next === '' || prev === undefined || isFurniture(prev) || isFurniture(next));
      }
      return true;
    })
    .map((line) => line.replace(/\s+/g, ' '));
}

export function readReportMeta(text: string): ReportMeta {
  const meta: ReportMeta = {};
  const symbol = mostFrequent(text.match(SYMBOL) ?? []);
  if (symbol) meta.symbol = symbol;
  const flat = text.replace(/\s+/g, ' ');
  const held = flat.match(/held its ([a-z]+(?:[- ][a-z]+)?|\d{1,2}(?:st|nd|rd|th)?) session/i);
  const session = held?.[1] ? parseOrdinal(held[1]) : undefined;
  if (session) {
    meta.session = session;
    const cycle = cycleFromSession(session);
    if (cycle) meta.cycle = cycle;
  }
  const state = titleState(text) ?? flat.match(/The review of (?:the )?([A-Z][^,.]{1,80}?) was held/)?.[1];
  if (state) meta.stateUnderReview = state.trim();
  return meta;
}

/** UPR Working Group sessions 1-12 are cycle 1, 13-26 cycle 2, 27-40 cycle 3, 41-54 cycle 4. */
export function cycleFromSession(session: number): number | undefined {
  if (session < 1) return undefined;
  if (session <= 12) return 1;
  if (session <= 26) return 2;
  if (session <= 40) return 3;
  if (session <= 54) return 4;
  return undefined;
}

const UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const TENS: Record<string, number> = { twent: 20, thirt: 30, fort: 40, fift: 50, sixt: 60 };

/** `twentieth` -> 20, `thirty-fourth` -> 34, `48th` -> 48. */
export function parseOrdinal(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  const digits = w.match(/^(\d+)/);
  if (digits?.[1]) return Number(digits[1]);
  if (UNITS[w]) return UNITS[w];
  const m = w.match(/^(twent|thirt|fort|fift|sixt)(?:ieth|y[- ](\w+))$/);
  if (!m?.[1]) return undefined;
  const tens = TENS[m[1]] ?? 0;
  if (!m[2]) return tens;
  const unit = UNITS[m[2]];
  return unit && unit < 10 ? tens + unit : undefined;
}

/** The line after the title "Report of the Working Group on the Universal Periodic Review*". */
function titleState(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => /Report of the Working Group on the Universal Periodic/i.test(l));
  if (at < 0) return undefined;
  let i = at + 1;
  if (!/Periodic\s+Review/i.test(lines[at] ?? '') && /^Review\b/i.test(lines[i] ?? '')) i++;
  for (; i < Math.min(lines.length, at + 12); i++) {
    const line = lines[i] ?? '';
    if (!line || line.startsWith('*')) continue;
    const clean = line.replace(/\*+$/, '').trim();
    if (/^\p{Lu}[\p{L}\p{M}'’(),.\- ]{1,70}$/u.test(clean) && !/^(Addendum|Contents|Note)\b/i.test(clean)) {
      return clean;
    }
    return undefined;
  }
  return undefined;
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (!best || n > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}
