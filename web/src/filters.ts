/** The explorer's filters live in the URL: the same parameter names as `GET /api/recommendations`. */

export const FILTER_PARAMS = [
  'q',
  'state',
  'cycle',
  'session',
  'position',
  'recommendingState',
  'regionalGroup',
  'term',
  'actionCategory',
  'discussed',
  'repeated',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** Parameters that take a comma-separated list (any of them). */
export const MULTI: ReadonlySet<string> = new Set(['position', 'term', 'actionCategory']);

/** Only the filter parameters of a URL query, as the API takes them. */
export function filterQuery(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = params.get(name);
    if (value) out.set(name, value);
  }
  return out;
}

export function values(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

/** Turns one value of a facet on or off; single-valued parameters replace their value. */
export function toggle(params: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  const current = values(params, name);
  const on = current.includes(value);
  const list = MULTI.has(name)
    ? on
      ? current.filter((v) => v !== value)
      : [...current, value]
    : on
      ? []
      : [value];
  if (list.length) next.set(name, list.join(','));
  else next.delete(name);
  return next;
}

export function hasFilters(params: URLSearchParams): boolean {
  return FILTER_PARAMS.some((name) => params.get(name));
}
