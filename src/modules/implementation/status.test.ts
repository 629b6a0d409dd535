import { describe, expect, it } from 'vitest';
import { deriveStatus, disagrees, IMPLEMENTATION_STATUSES } from './status.ts';

describe('deriveStatus', () => {
  it('is not started without measures, or when every measure was cancelled', () => {
    expect(deriveStatus([])).toBe('not_started');
    expect(deriveStatus(['cancelled', 'cancelled'])).toBe('not_started');
    expect(deriveStatus(['planned', 'planned'])).toBe('not_started');
  });

  it('is implemented when every remaining measure is completed', () => {
    expect(deriveStatus(['completed'])).toBe('implemented');
    expect(deriveStatus(['completed', 'cancelled', 'completed'])).toBe('implemented');
  });

  it('is partially implemented when some but not all are completed', () => {
    expect(deriveStatus(['completed', 'planned'])).toBe('partially_implemented');
    expect(deriveStatus(['in_progress', 'completed', 'cancelled'])).toBe('partially_implemented');
  });

  it('is in progress when a measure is under way and none is completed', () => {
    expect(deriveStatus(['planned', 'in_progress'])).toBe('in_progress');
    expect(deriveStatus(['in_progress', 'cancelled'])).toBe('in_progress');
  });

  it('never derives not_applicable: only an override says so', () => {
    const all = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
    for (const a of all) for (const b of all) expect(deriveStatus([a, b])).not.toBe('not_applicable');
    expect(IMPLEMENTATION_STATUSES).toContain('not_applicable');
  });
});

describe('disagrees', () => {
  it('flags any assessment that differs from the government', () => {
    expect(disagrees('implemented', [])).toBe(false);
    expect(disagrees('implemented', [{ status: 'implemented' }])).toBe(false);
    expect(disagrees('implemented', [{ status: 'implemented' }, { status: 'in_progress' }])).toBe(true);
  });
});
