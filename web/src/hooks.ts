/** Small hooks shared by the pages. */
import { useEffect, useState } from 'react';
import { cached, type State } from './api.ts';

/** The 195 states, by ISO3, once per page load. */
export function useStates(): Map<string, State> {
  const [states, setStates] = useState(new Map<string, State>());
  useEffect(() => {
    cached<{ items: State[] }>('/api/states')
      .then(({ items }) => setStates(new Map(items.map((s) => [s.iso3, s]))))
      .catch(() => {});
  }, []);
  return states;
}

/** Fetches JSON for a URL, aborting the previous request when the URL changes. */
export function useJson<T>(url: string | null, delayMs = 0): { data: T | undefined; error: unknown } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      })
        .then(async (r) => {
          if (!r.ok) throw new Error(`HTTP ${r.status}`);
          setData((await r.json()) as T);
          setError(undefined);
        })
        .catch((e) => {
          if ((e as Error).name !== 'AbortError') setError(e);
        });
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url, delayMs]);
  return { data, error };
}
