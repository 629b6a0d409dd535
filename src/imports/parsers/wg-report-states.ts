/**
 * Recommending states out of a recommendation as the Working Group report prints it:
 * `Ratify CRPD (Hungary) (Spain);`, `... (Senegal, Sierra Leone, Venezuela (Bolivarian Republic of));`,
 * `Ensure ... (Egypt); continue ... (Peru);`. Names stay as written; the import service resolves them.
 */

export interface SplitRecommendation {
  /** The recommendation without its trailing state groups and final `;` / `.`. */
  text: string;
  states: string[];
  /** `.` when the item closed its list (the last item of a framing paragraph ends with a full stop). */
  terminator: ';' | '.' | '';
}

// State names that contain " and " must not be cut there.
const COMPOUND_AND =
  /\b(Antigua|Bosnia|Saint Kitts|Saint Vincent|Sao Tome|São Tomé|Trinidad|Great Britain|Heard Island|Turks|Wallis|Saint Pierre|South Georgia|Svalbard) and /g;
const NOT_A_STATE =
  /\b(Convention|Covenant|Protocol|Principles|Statute|Law|Act|Code|Plan|Programme|Strategy|Committee|Council|Rapporteur|Declaration|Agenda|Goals?|Guidelines|Rules|Organization|Office|Commission|Court|Treaty|Fund|Forum|Alliance)\b/;
const NAME = /^(?:the\s+(?:former\s+)?)?[\p{Lu}][\p{L}\p{M}'’.\- ()]*$/u;

/**
 * Splits `Slovenia, Austria`, `Slovenia and Austria` and `Iran (Islamic Republic of), Peru` into names,
 * never inside parentheses and never inside a name such as `Bosnia and Herzegovina`.
 */
export function splitStateList(content: string): string[] {
  const names: string[] = [];
  for (const piece of splitTopLevel(content, ',')) {
    const guarded = piece.replace(COMPOUND_AND, (m) => m.replace(/ and $/, ' \uE000 '));
    for (const name of splitTopLevel(guarded, ' and ')) {
      const clean = name
        .replace(/\uE000/g, 'and')
        .replace(/\s+/g, ' ')
        .trim();
      if (clean) names.push(clean);
    }
  }
  return names;
}

/**
 * True when every name in the group reads like a state name, not an acronym, treaty or year. `lenient`
 * also takes a lower-case single word, for groups that close a part of a joint recommendation (`(netherlands);`).
 */
export function looksLikeStateList(content: string, lenient = false): boolean {
  const names = splitStateList(content);
  if (names.length === 0) return false;
  if (lenient && /^\p{Ll}{4,}$/u.test(content.trim())) return true;
  return names.every(
    (name) =>
      NAME.test(name) &&
      /\p{Ll}/u.test(name) &&
      !/\d/.test(name) &&
      !NOT_A_STATE.test(name) &&
      name.split(' ').length <= 9,
  );
}

/** Takes the state groups off the end (and those closing each part of a joint recommendation). */
export function splitRecommendingStates(raw: string): SplitRecommendation {
  let text = raw.replace(/\s+/g, ' ').trim();
  // A footnote marker after the final punctuation, e.g. `(Slovenia);2`.
  text = text.replace(/([;.)])\s*\d{1,2}$/, '$1');
  const terminator = text.endsWith('.') ? '.' : text.endsWith(';') ? ';' : '';
  text = text.replace(/\s*(?:;|\.|;\s*and|,\s*and)\s*$/, '');

  const trailing: string[] = [];
  for (;;) {
    const open = matchingOpen(text);
    if (open < 0) break;
    const content = text.slice(open + 1, -1);
    if (!looksLikeStateList(content)) break;
    trailing.unshift(...splitStateList(content));
    text = text.slice(0, open).trimEnd();
  }
  // A footnote marker glued to the last word, e.g. `employment1 (Belarus)`.
  if (trailing.length > 0) text = text.replace(/(\p{Ll}{3})\d{1,2}$/u, '$1');

  const inner: string[] = [];
  for (const m of text.matchAll(/\(((?:[^()]|\([^()]*\))*)\)\s*(?=[;/])/g)) {
    const content = m[1] ?? '';
    if (looksLikeStateList(content, true)) inner.push(...splitStateList(content));
  }
  return {
    text: text.replace(/[;,]\s*$/, '').trim(),
    states: [...new Set([...inner, ...trailing])],
    terminator,
  };
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Index of the `(` that the final `)` closes, or -1. */
function matchingOpen(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}
