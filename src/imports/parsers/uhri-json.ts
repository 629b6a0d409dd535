/**
 * OHCHR Universal Human Rights Index export (`export-full-en.json`): one JSON array of ~270,000
 * annotations (UPR, treaty bodies, special procedures). It is read as a stream, one record at a time,
 * so memory stays bounded whatever the file size; the caller may stop at any record.
 *
 * @example
 * for await (const item of parseUhriJson(createReadStream('export-full-en.json'), { fileName: 'export-full-en.json' })) {
 *   if (item.kind === 'recommendation') await importer.add(item.recommendation);
 *   else if (item.kind === 'problem') report.problems.push(item.problem);
 *   else report.notes.push(item.note);
 * }
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import type { ParsedRecommendation, ParseProblem, ParseResult } from './types.ts';
import { mapUhriRecord } from './uhri-json-map.ts';

export const UHRI_JSON_FORMAT = 'uhri-json';

/** What the stream yields, in file order; notes (records left aside) come last. */
export type UhriStreamItem =
  | { kind: 'recommendation'; recommendation: ParsedRecommendation }
  | { kind: 'problem'; problem: ParseProblem }
  | { kind: 'note'; note: string };

export interface UhriParseOptions {
  fileName?: string;
  /**
   * `recommendations` (default) keeps annotations whose AnnotationType names recommendations and leaves the
   * others (concerns/observations, positive aspects...) aside with a count in a note; `all` keeps every one.
   */
  include?: 'recommendations' | 'all';
}

// stream-chain's end-of-input marker (a registered symbol, so no import of that transitive package).
const FLUSH = Symbol.for('object-stream.none');

interface ArrayItem {
  key: number;
  value: unknown;
}

export async function* parseUhriJson(
  input: NodeJS.ReadableStream | Readable,
  options: UhriParseOptions = {},
): AsyncGenerator<UhriStreamItem> {
  const { fileName, include = 'recommendations' } = options;
  const textLang = fileName?.match(/[-_.](en|fr|es|ru|ar|zh)\.json$/i)?.[1]?.toLowerCase();
  const leftAside = new Map<string, number>();
  let last = 0;
  try {
    for await (const { key, value } of arrayItems(input)) {
      last = key + 1;
      const type = annotationType(value);
      if (include === 'recommendations' && type && !/recommendation/i.test(type)) {
        leftAside.set(type, (leftAside.get(type) ?? 0) + 1);
        continue;
      }
      const { recommendation, problems } = mapUhriRecord(value, key + 1, fileName, textLang);
      for (const problem of problems) yield { kind: 'problem', problem };
      if (recommendation) yield { kind: 'recommendation', recommendation };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('E')) throw error; // I/O, not content
    const reason = error instanceof Error ? error.message : String(error);
    const where = last ? `after record ${last}` : 'before the first record';
    yield {
      kind: 'problem',
      problem: {
        file: fileName,
        row: last + 1,
        message: `not a readable JSON array of records (${where}): ${reason}`,
      },
    };
    return;
  }
  for (const [type, count] of leftAside) {
    yield { kind: 'note', note: `${count} "${type}" annotation(s) left aside: not recommendations` };
  }
}

/** The whole result at once: for small files and tests; large exports should use parseUhriJson. */
export async function parseUhriJsonFile(file: string, options: UhriParseOptions = {}): Promise<ParseResult> {
  const fileName = options.fileName ?? path.basename(file);
  const result: ParseResult = { format: UHRI_JSON_FORMAT, recommendations: [], problems: [], notes: [] };
  for await (const item of parseUhriJson(createReadStream(file), { ...options, fileName })) {
    if (item.kind === 'recommendation') result.recommendations.push(item.recommendation);
    else if (item.kind === 'problem') result.problems.push(item.problem);
    else result.notes?.push(item.note);
  }
  return result;
}

/** For format detection on the first few kilobytes of a file. */
export function looksLikeUhriJson(head: string): boolean {
  const start = head.replace(/^\uFEFF/, '').trimStart();
  return (
    start.startsWith('[') &&
    /"AnnotationId"\s*:/.test(start) &&
    /"(Body|UprPositions|Symbol)"\s*:/.test(start)
  );
}

/**
 * Elements of the top-level array, one at a time. The parser is driven chunk by chunk as a function
 * (not a Duplex stream), so nothing is buffered between the file and the caller and the caller's pace
 * sets the reading pace. `withParser()` is typed as returning items but returns an async iterable.
 */
async function* arrayItems(input: AsyncIterable<unknown>): AsyncGenerator<ArrayItem> {
  const feed = streamArray.withParser() as unknown as (chunk: unknown) => AsyncIterable<ArrayItem>;
  for await (const chunk of input) yield* feed(chunk);
  yield* feed(FLUSH); // ends the parse: a truncated file fails here
}

function annotationType(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const type = (value as { AnnotationType?: unknown }).AnnotationType;
  return typeof type === 'string' ? type.replace(/^[\s-]+/, '').trim() || undefined : undefined;
}
