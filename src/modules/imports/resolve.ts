/**
 * Turns a parsed row (names as written) into a record the registry can hold (codes and ids), or
 * problems that say what is wrong where. Unknown states and sessions are reported, never guessed.
 */
import { createHash } from 'node:crypto';
import type { Position } from '../../db/schema.ts';
import type { ParsedRecommendation, ParseProblem } from '../../imports/parsers/types.ts';
import { cycleOfSession, LAST_SESSION } from '../reference/reference-data.ts';
import type { StateResolver } from '../states/state.repository.ts';
import type { TermIndex } from '../taxonomies/taxonomy.repository.ts';
import { normalizeLabel, splitCodedLabel } from '../taxonomies/term-label.ts';

export interface ResolvedRecommendation {
  row: number;
  naturalKey: string;
  mechanism: string;
  stateUnderReview: string;
  cycle: number | null;
  session: number | null;
  paragraph: string | null;
  documentSymbol: string | null;
  text: string;
  textLang: string;
  translations: Record<string, string>;
  recommendingStates: string[];
  position: Position;
  positionSource: string | null;
  actionCategory: number | null;
  archived: boolean;
  /** Imported term links, sorted. */
  termIds: number[];
}

/** Defaults from the command line (`--state`, `--cycle`, `--session`) for what a file does not say. */
export interface ResolveDefaults {
  state?: string;
  cycle?: number;
  session?: number;
}

/** Taxonomies whose unknown labels become new terms (reported); others reject unknown labels. */
const OPEN_TAXONOMIES = new Set(['ohchr-theme', 'ohchr-theme-primary', 'affected-persons']);

export interface PendingTerm {
  taxonomy: string;
  code: string;
  label: string;
}

export class RecordResolver {
  /** New terms met in this import: taxonomy/folded label → placeholder id (negative) until created. */
  readonly newTerms = new Map<string, PendingTerm & { id: number }>();

  constructor(
    private readonly states: StateResolver,
    private readonly terms: Map<string, TermIndex>,
    private readonly mechanisms: Set<string>,
    private readonly defaults: ResolveDefaults,
    private readonly file?: string,
  ) {}

  resolve(parsed: ParsedRecommendation): { record?: ResolvedRecommendation; problems: ParseProblem[] } {
    const problems: ParseProblem[] = [];
    const fail = (column: string, message: string) =>
      problems.push({ ...(this.file ? { file: this.file } : {}), row: parsed.row, column, message });

    const mechanism = (parsed.mechanism ?? 'UPR').toUpperCase();
    if (!this.mechanisms.has(mechanism)) fail('mechanism', `unknown mechanism "${parsed.mechanism}"`);

    const stateName = parsed.stateUnderReview ?? this.defaults.state;
    let stateUnderReview: string | undefined;
    if (!stateName)
      fail('state_under_review', 'no state under review (give one in the file or with --state)');
    else {
      stateUnderReview = this.states.resolve(stateName);
      if (!stateUnderReview) fail('state_under_review', `unknown state "${stateName}"`);
      else if (this.defaults.state && parsed.stateUnderReview) {
        const expected = this.states.resolve(this.defaults.state);
        if (expected && expected !== stateUnderReview) {
          fail(
            'state_under_review',
            `the file is about ${stateUnderReview}, not ${expected} as --state says`,
          );
        }
      }
    }

    const recommendingStates: string[] = [];
    for (const name of parsed.recommendingStates) {
      const iso3 = this.states.resolve(name);
      if (iso3) recommendingStates.push(iso3);
      else fail('recommending_states', `unknown recommending state "${name}"`);
    }

    const session = parsed.session ?? this.defaults.session ?? null;
    if (session !== null && (session < 1 || session > LAST_SESSION)) {
      fail('session', `unknown session ${session} (UPR Working Group sessions are 1-${LAST_SESSION})`);
    }
    let cycle = parsed.cycle ?? this.defaults.cycle ?? null;
    const sessionCycle = session !== null ? cycleOfSession(session) : undefined;
    if (cycle === null && sessionCycle !== undefined) cycle = sessionCycle;
    if (cycle !== null && (cycle < 1 || cycle > 4)) fail('cycle', `unknown cycle ${cycle} (cycles are 1-4)`);
    else if (cycle !== null && sessionCycle !== undefined && sessionCycle !== cycle) {
      fail('cycle', `cycle ${cycle} does not contain session ${session} (cycle ${sessionCycle})`);
    }
    if (mechanism === 'UPR' && cycle === null)
      fail('cycle', 'no cycle or session (give one or use --cycle/--session)');

    if (parsed.actionCategory !== undefined && ![1, 2, 3, 4, 5].includes(parsed.actionCategory)) {
      fail('action_category', `action category ${parsed.actionCategory} is not 1-5`);
    }

    const termIds = new Set<number>();
    for (const [taxonomy, labels] of Object.entries(parsed.terms ?? {})) {
      const target = taxonomy === 'ohchr-theme-primary' ? 'ohchr-theme' : taxonomy;
      for (const label of labels) {
        const id = this.termId(target, label);
        if (id !== undefined) termIds.add(id);
        else fail(columnOfTaxonomy(target), `unknown ${target} term "${label}"`);
      }
    }

    if (problems.length > 0 || !stateUnderReview) return { problems };
    const states = [...new Set(recommendingStates)].sort();
    const text = parsed.text.trim();
    const paragraph = parsed.paragraph?.trim() || null;
    const naturalKey =
      parsed.key ??
      recommendationKey({
        mechanism,
        stateUnderReview,
        cycle,
        session,
        paragraph,
        recommendingStates: states,
        text,
      });
    return {
      problems,
      record: {
        row: parsed.row,
        naturalKey,
        mechanism,
        stateUnderReview,
        cycle,
        session,
        paragraph,
        documentSymbol: parsed.documentSymbol?.trim() || null,
        text,
        textLang: parsed.textLang ?? 'en',
        translations: parsed.translations ?? {},
        recommendingStates: states,
        position: parsed.position ?? 'unknown',
        positionSource: parsed.positionSource?.trim() || null,
        actionCategory: parsed.actionCategory ?? null,
        archived: parsed.archived ?? false,
        termIds: [...termIds].sort((a, b) => a - b),
      },
    };
  }

  private termId(taxonomy: string, written: string): number | undefined {
    const index = this.terms.get(taxonomy);
    if (!index) return undefined;
    const { code, label } = taxonomy === 'sdg' ? splitSdg(written) : splitCodedLabel(written);
    const byCode = code ? index.byCode.get(code.toLowerCase()) : undefined;
    if (byCode !== undefined) return byCode;
    const folded = normalizeLabel(label);
    const known = index.byLabel.get(folded) ?? index.byCode.get(written.trim().toLowerCase());
    if (known !== undefined) return known;
    if (!OPEN_TAXONOMIES.has(taxonomy) || !folded) return undefined;
    const pendingKey = `${taxonomy}/${folded}`;
    let pending = this.newTerms.get(pendingKey);
    if (!pending) {
      pending = {
        taxonomy,
        code: code ?? folded.replace(/ /g, '-').slice(0, 80),
        label,
        id: -(this.newTerms.size + 1),
      };
      this.newTerms.set(pendingKey, pending);
    }
    return pending.id;
  }
}

function splitSdg(written: string): { code?: string; label: string } {
  const match = /^\s*(?:SDG\s*|Goal\s*)?(\d{1,2}(?:\.[0-9a-z]{1,2})?)\b\s*[-–:.]?\s*(.*)$/i.exec(written);
  if (match?.[1]) return { code: match[1], label: match[2] || written };
  return { label: written };
}

function columnOfTaxonomy(taxonomy: string): string {
  return (
    { 'upr-info-issue': 'upr_info_issues', 'ohchr-theme': 'ohchr_themes', sdg: 'sdgs' }[taxonomy] ??
    'affected_persons'
  );
}

/**
 * The identity of a recommendation across imports: its paragraph in a review when it has one, else its
 * review, recommending states and text (UPR Info rows have no paragraph numbers).
 *
 * @example recommendationKey({ mechanism: 'UPR', stateUnderReview: 'KAZ', cycle: 2, session: 20, paragraph: '124.1', ... }) === 'UPR:KAZ:c2:p124.1'
 */
export function recommendationKey(r: {
  mechanism: string;
  stateUnderReview: string;
  cycle: number | null;
  session: number | null;
  paragraph: string | null;
  recommendingStates: string[];
  text: string;
}): string {
  const review = `${r.mechanism}:${r.stateUnderReview}:c${r.cycle ?? '-'}`;
  if (r.paragraph) return `${review}:p${r.paragraph}`;
  const digest = createHash('sha1').update(r.text.trim()).digest('base64url').slice(0, 16);
  return `${review}:s${r.session ?? '-'}:${r.recommendingStates.join('+') || '-'}:${digest}`;
}
