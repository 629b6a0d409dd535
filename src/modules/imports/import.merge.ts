/**
 * What an incoming record changes in the record the registry already holds for the same recommendation,
 * when the two come from different sources (the Working Group report, then the thematic list or UPR Info).
 *
 * Rules:
 * - a pending or unknown position is filled; a position is never replaced by pending or unknown;
 * - themes, SDGs, affected persons, issues and recommending states are added, never removed;
 * - empty fields (paragraph, session, document symbol, action category, translations) are filled;
 * - a real disagreement (another position, a text that differs beyond whitespace, case and typography,
 *   another action category or translation) is listed, and `prefer` says which side wins. Without it,
 *   a position recorded after the State's responses (the thematic list, UHRI, UPR Info) replaces the
 *   one the Working Group report gave at the review, OHCHR's lists outrank UPR Info, and between sources
 *   of the same rank the incoming one wins (a corrected edition); texts and translations stay as they are,
 *   because other records (measures, assessments) may already quote them.
 *
 * @example
 * planMerge(row, links, incoming, { fuzzy: false }).columns // → { position: 'noted', position_source: '...' }
 */
import type { NewRecommendation, Position, RecommendationRow } from '../../db/schema.ts';
import type { RecommendationLinks } from '../recommendations/recommendation.repository.ts';
import { sameText } from './import.match.ts';
import type { ResolvedRecommendation } from './resolve.ts';

export type Prefer = 'existing' | 'incoming';
export const PREFER_CHOICES: readonly Prefer[] = ['existing', 'incoming'];

export interface Disagreement {
  row: number;
  key: string;
  paragraph: string | null;
  field: 'position' | 'text' | 'action_category' | `translation:${string}`;
  existing: string;
  incoming: string;
  kept: Prefer;
}

export interface MergePlan {
  /** Only the columns that change. */
  columns: Partial<NewRecommendation>;
  addStates: string[];
  addTerms: number[];
  /** The full set of translations when it changes. */
  translations?: Record<string, string>;
  disagreements: Disagreement[];
  changed: boolean;
}

export interface MergeOptions {
  prefer?: Prefer;
  /** The incoming record restates the existing one (matched by text, not by key): its text is only a part. */
  fuzzy?: boolean;
}

const UNDECIDED: ReadonlySet<Position> = new Set(['pending', 'unknown']);

export function planMerge(
  row: RecommendationRow,
  links: RecommendationLinks,
  incoming: ResolvedRecommendation,
  options: MergeOptions = {},
): MergePlan {
  const columns: Partial<NewRecommendation> = {};
  const disagreements: Disagreement[] = [];
  const disagree = (field: Disagreement['field'], existing: string, value: string, kept: Prefer) =>
    disagreements.push({
      row: incoming.row,
      key: row.natural_key,
      paragraph: row.paragraph,
      field,
      existing,
      incoming: value,
      kept,
    });

  if (!UNDECIDED.has(incoming.position) && incoming.position !== row.position) {
    if (UNDECIDED.has(row.position)) {
      columns.position = incoming.position;
      columns.position_source = incoming.positionSource;
    } else {
      const kept =
        options.prefer ??
        (positionRank(incoming.positionSource) >= positionRank(row.position_source)
          ? 'incoming'
          : 'existing');
      disagree(
        'position',
        described(row.position, row.position_source),
        described(incoming.position, incoming.positionSource),
        kept,
      );
      if (kept === 'incoming') {
        columns.position = incoming.position;
        columns.position_source = incoming.positionSource;
      }
    }
  }

  if (!options.fuzzy && !sameText(row.text, incoming.text)) {
    const kept = options.prefer ?? 'existing';
    disagree('text', row.text, incoming.text, kept);
    if (kept === 'incoming') columns.text = incoming.text;
  }

  if (incoming.actionCategory !== null && incoming.actionCategory !== row.action_category) {
    if (row.action_category === null) columns.action_category = incoming.actionCategory;
    else {
      const kept = options.prefer ?? 'incoming';
      disagree('action_category', String(row.action_category), String(incoming.actionCategory), kept);
      if (kept === 'incoming') columns.action_category = incoming.actionCategory;
    }
  }
  if (row.paragraph === null && incoming.paragraph !== null) columns.paragraph = incoming.paragraph;
  if (row.session === null && incoming.session !== null) columns.session = incoming.session;
  if (row.document_symbol === null && incoming.documentSymbol !== null)
    columns.document_symbol = incoming.documentSymbol;

  let translations: Record<string, string> | undefined;
  for (const [lang, text] of Object.entries(incoming.translations)) {
    const current = links.translations[lang];
    if (current === undefined) translations = { ...(translations ?? links.translations), [lang]: text };
    else if (!sameText(current, text)) {
      const kept = options.prefer ?? 'existing';
      disagree(`translation:${lang}`, current, text, kept);
      if (kept === 'incoming') translations = { ...(translations ?? links.translations), [lang]: text };
    }
  }

  const addStates = incoming.recommendingStates.filter((s) => !links.recommendingStates.includes(s));
  const linked = new Set(links.terms.map((t) => t.termId));
  const addTerms = incoming.termIds.filter((id) => !linked.has(id));
  const changed =
    Object.keys(columns).length > 0 ||
    addStates.length > 0 ||
    addTerms.length > 0 ||
    translations !== undefined;
  return { columns, addStates, addTerms, ...(translations ? { translations } : {}), disagreements, changed };
}

/**
 * How final a position is, from where it was read: the Working Group report's (`A/HRC/28/10 para 124`, as
 * the report parser writes it) comes before the State's responses; UPR Info records the responses;
 * OHCHR's thematic list (`A/HRC/43/15/Add.1 - Para. 3`) and UHRI are the UN's own record of them.
 */
export function positionRank(source: string | null): number {
  if (!source) return 0;
  if (source === 'UPR Info') return 2;
  if (/^UHRI\b/.test(source) || /\s[-–]\s*Para\b/i.test(source)) return 3;
  if (/(^|\s)para \d+$/.test(source)) return 1;
  return 2;
}

function described(position: Position, source: string | null): string {
  return source ? `${position} (${source})` : position;
}

/**
 * Several rows of one file restating one paragraph (UPR Info lists a joint recommendation once per
 * state) become one incoming record: states, terms and the strongest action category together; a
 * position the rows disagree on (one state's part supported, another's noted) is "supported in part".
 */
export function combineRows(rows: ResolvedRecommendation[]): ResolvedRecommendation {
  const [first, ...rest] = rows;
  if (!first) throw new Error('combineRows: no rows');
  if (rest.length === 0) return first;
  const decided = new Set(rows.map((r) => r.position).filter((p) => !UNDECIDED.has(p)));
  const position: Position =
    decided.size === 0
      ? first.position
      : decided.size === 1
        ? ([...decided][0] as Position)
        : 'supported_in_part';
  const categories = rows.map((r) => r.actionCategory).filter((c): c is number => c !== null);
  return {
    ...first,
    position,
    actionCategory: categories.length ? Math.max(...categories) : null,
    recommendingStates: [...new Set(rows.flatMap((r) => r.recommendingStates))].sort(),
    termIds: [...new Set(rows.flatMap((r) => r.termIds))].sort((a, b) => a - b),
  };
}
