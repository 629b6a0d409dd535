/**
 * Folds a taxonomy label for matching: HTML entities, case, accents, `&`/`and`, punctuation, whitespace.
 *
 * @example normalizeLabel('Administration of justice &amp; fair trial') === normalizeLabel('administration of justice and fair  trial')
 */
export function normalizeLabel(label: string): string {
  return decodeEntities(label)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities that UPR Info and OHCHR exports leave in text (`&#40;`, `&amp;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a coded UHRI theme into code and label.
 *
 * @example splitCodedLabel('A12 Acceptance of international norms') → { code: 'A12', label: 'Acceptance of international norms' }
 */
export function splitCodedLabel(text: string): { code?: string; label: string } {
  const match = /^\s*([A-HS]\d{0,3}[a-z]?)\s*[-–:.]?\s+(\S.*)$/.exec(text);
  if (match?.[1] && match[2] && /\d/.test(match[1])) return { code: match[1], label: match[2].trim() };
  return { label: text.trim() };
}
