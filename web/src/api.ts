/** The typed client of the HTTP API: same-origin fetch, the session's CSRF token on every write. */

export interface User {
  id: number;
  email: string;
  role: string;
  locale: string;
  organizationId?: number | null;
}

export interface Session {
  user: User;
  csrfToken: string | null;
  abilities: Record<string, Record<string, boolean>>;
}

export interface Term {
  termId: number;
  taxonomy: string;
  code: string;
  /** The English label. */
  label: string;
  /** The label in each interface language. */
  labels: { en: string; ru: string; kk: string };
  origin: string;
}

export interface Recommendation {
  id: number;
  key: string;
  mechanism: string;
  stateUnderReview: string;
  cycle: number | null;
  session: number | null;
  paragraph: string | null;
  documentSymbol: string | null;
  text: string;
  textLang: string;
  /** The language detected in the text on import (fastText), beside the declared one. */
  detectedLang?: { lang: string; confidence: number } | null;
  translations: Record<string, string>;
  recommendingStates: string[];
  position: string;
  positionSource: string | null;
  actionCategory: number | null;
  terms: Term[];
  published: boolean;
  archived: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  abilities?: Record<string, boolean>;
}

export interface Page {
  items: Recommendation[];
  total: number;
  nextCursor: string | null;
  abilities: Record<string, boolean>;
}

export interface FacetItem {
  value: string;
  count: number;
  code?: string;
  label?: { en: string; ru: string | null; kk: string | null };
}

export interface Facets {
  total: number;
  facets: Record<string, FacetItem[]>;
}

export interface State {
  iso3: string;
  m49: string;
  nameEn: string;
  nameRu: string;
  nameKk: string;
  regionalGroup: string | null;
}

export interface SavedView {
  id: number;
  name: string;
  query: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { userId: number | null; label: string };
  action: string;
  diff: Record<string, { before: unknown; after: unknown }> | null;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; current?: unknown },
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** The session's CSRF token, for writes that do not go through `api` (uploads with progress). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) throw new ApiError(response.status, data ?? {});
  return data as T;
}

const cache = new Map<string, Promise<unknown>>();
/** A GET whose answer does not change while the page is open (states, taxonomies' terms). */
export function cached<T>(path: string): Promise<T> {
  let hit = cache.get(path);
  if (!hit) {
    hit = api<T>(path).catch((error) => {
      cache.delete(path);
      throw error;
    });
    cache.set(path, hit);
  }
  return hit as Promise<T>;
}

/** Drops the cached answers whose path starts with `prefix`, after a write changed them. */
export function forget(prefix: string): void {
  for (const path of cache.keys()) if (path.startsWith(prefix)) cache.delete(path);
}
