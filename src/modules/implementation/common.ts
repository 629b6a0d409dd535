/** Small pieces shared by the implementation-tracking modules: titles in three languages, links, dates. */
import { z } from 'zod';
import { badRequest } from '../../http/problem.ts';
import { type Caller, can } from '../policies/policy.ts';
import { isIsoDate } from './schedule.ts';

export const idSchema = z.number().int().positive();
export const titleSchema = z.string().trim().min(1).max(1000);
export const noteSchema = z.string().trim().max(100_000).nullable();

/** 'YYYY-MM-DD' and a real calendar day (no 30 February). */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'a calendar date written YYYY-MM-DD' })
  .describe('YYYY-MM-DD');

/** Evidence links: absolute http(s) URLs only, so that nothing else (javascript:, file:) reaches a page. */
export const linkSchema = z
  .url({ protocol: /^https?$/, message: 'an http(s) address, e.g. https://example.org/report' })
  .max(2000);
export const linksSchema = z.array(linkSchema).max(50);

export const localized = z.object({ ru: z.string(), kk: z.string(), en: z.string() });

/** Title fields of a create request: Russian required, the other languages default to it. */
export function titles(input: {
  titleRu: string;
  titleKk?: string | undefined;
  titleEn?: string | undefined;
}) {
  return {
    title_ru: input.titleRu,
    title_kk: input.titleKk ?? input.titleRu,
    title_en: input.titleEn ?? input.titleRu,
  };
}

export function parseLinks(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** 400 naming the ids that do not exist. */
export function refuseMissing(what: string, wanted: number[], found: Set<number>): void {
  const missing = [...new Set(wanted)].filter((id) => !found.has(id));
  if (missing.length) throw badRequest(`unknown ${what}: ${missing.join(', ')}`);
}

export const now = () => new Date().toISOString();

/** Whether the caller may see unpublished recommendations (the public sees no link to them). */
export function readsUnpublished(caller: Caller): boolean {
  return can(caller, 'read', 'recommendation', { published: false, agencyIds: [] });
}
