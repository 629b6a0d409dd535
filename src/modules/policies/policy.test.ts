import { describe, expect, it } from 'vitest';
import type { Role } from '../../db/schema.ts';
import { type Action, abilities, type Caller, can, type Resource, type ResourceRecords } from './policy.ts';

const actor = (role: Role, extra: Partial<Exclude<Caller, null>> = {}): Caller => ({
  userId: 10,
  role,
  agencyId: null,
  organizationId: null,
  ...extra,
});

const callers: Record<string, Caller> = {
  anonymous: null,
  admin: actor('admin'),
  coordinator: actor('coordinator'),
  focal: actor('agency_focal_point', { agencyId: 7 }),
  cs: actor('cs_contributor', { organizationId: 5 }),
  viewer: actor('viewer'),
};

const published = { published: true, agencyIds: [7] };
const draft = { published: false, agencyIds: [] };
const otherAgency = { published: true, agencyIds: [8] };
const ownReport = { published: true, organizationIds: [5, 9] };
const draftReport = { published: false, organizationIds: [6] };

type Case = [string, Action, Resource, ResourceRecords[Resource] | undefined, string];

// Each row: caller, action, resource, record, and the callers allowed (everyone else is refused).
const table: Case[] = [
  [
    'read published recommendation',
    'read',
    'recommendation',
    published,
    'anonymous admin coordinator focal cs viewer',
  ],
  ['read draft recommendation', 'read', 'recommendation', draft, 'admin coordinator focal cs viewer'],
  ['create recommendation', 'create', 'recommendation', undefined, 'admin coordinator'],
  ['update assigned recommendation', 'update', 'recommendation', published, 'admin coordinator focal'],
  ['update other agency recommendation', 'update', 'recommendation', otherAgency, 'admin coordinator'],
  ['archive recommendation', 'archive', 'recommendation', published, 'admin coordinator'],
  ['publish recommendation', 'publish', 'recommendation', draft, 'admin coordinator'],
  ['assign recommendation', 'assign', 'recommendation', published, 'admin coordinator'],
  ['read reference', 'read', 'reference', {}, 'anonymous admin coordinator focal cs viewer'],
  ['read taxonomy', 'read', 'taxonomy', {}, 'anonymous admin coordinator focal cs viewer'],
  ['create term', 'create', 'taxonomy', {}, 'admin'],
  ['read agency', 'read', 'agency', { id: 7 }, 'anonymous admin coordinator focal cs viewer'],
  ['create agency', 'create', 'agency', undefined, 'admin coordinator'],
  ['update own organization', 'update', 'organization', { id: 5 }, 'admin coordinator cs'],
  ['update other organization', 'update', 'organization', { id: 6 }, 'admin coordinator'],
  ['read users', 'read', 'user', { id: 1 }, 'admin coordinator'],
  ['create user', 'create', 'user', undefined, 'admin'],
  ['update user', 'update', 'user', { id: 1 }, 'admin'],
  ['read own account', 'read', 'account', { id: 10 }, 'admin coordinator focal cs viewer'],
  ['read other account', 'read', 'account', { id: 11 }, ''],
  ['run import', 'create', 'import', {}, 'admin coordinator'],
  ['export', 'read', 'export', {}, 'admin coordinator focal cs viewer'],
  ['read audit', 'read', 'audit', {}, 'admin coordinator'],
  ['read stats', 'read', 'stats', {}, 'anonymous admin coordinator focal cs viewer'],
  ['read person', 'read', 'person', { organizationId: 6 }, 'anonymous admin coordinator focal cs viewer'],
  ['update own person', 'update', 'person', { organizationId: 5 }, 'admin coordinator cs'],
  ['update other person', 'update', 'person', { organizationId: 6 }, 'admin coordinator'],
  ['archive person', 'archive', 'person', { organizationId: 5 }, 'admin coordinator'],
  [
    'read submitted report',
    'read',
    'alternative_report',
    ownReport,
    'anonymous admin coordinator focal cs viewer',
  ],
  ['read draft report', 'read', 'alternative_report', draftReport, 'admin coordinator focal cs viewer'],
  ['create own report', 'create', 'alternative_report', ownReport, 'admin coordinator cs'],
  ['update own report', 'update', 'alternative_report', ownReport, 'admin coordinator cs'],
  ['update other report', 'update', 'alternative_report', draftReport, 'admin coordinator'],
  ['archive report', 'archive', 'alternative_report', ownReport, 'admin coordinator'],
  [
    'read published consultation',
    'read',
    'consultation',
    { published: true },
    'anonymous admin coordinator focal cs viewer',
  ],
  [
    'read unpublished consultation',
    'read',
    'consultation',
    { published: false },
    'admin coordinator focal cs viewer',
  ],
  ['create consultation', 'create', 'consultation', undefined, 'admin coordinator'],
  ['update consultation', 'update', 'consultation', { published: true }, 'admin coordinator'],
  [
    'read published summary',
    'read',
    'summary',
    { published: true },
    'anonymous admin coordinator focal cs viewer',
  ],
  ['read draft summary', 'read', 'summary', { published: false }, 'admin coordinator focal cs viewer'],
  ['generate summary', 'create', 'summary', undefined, 'admin coordinator'],
  ['publish summary', 'publish', 'summary', { published: false }, 'admin coordinator'],
  // Implementation tracking (issue 7).
  ['update own agency measure', 'update', 'measure', { agencyIds: [7] }, 'admin coordinator focal'],
  ['update other agency measure', 'update', 'measure', { agencyIds: [8] }, 'admin coordinator'],
  ['archive measure', 'archive', 'measure', { agencyIds: [7] }, 'admin coordinator'],
  [
    'read draft progress report',
    'read',
    'progress_report',
    { agencyIds: [7], status: 'draft' },
    'admin coordinator focal cs viewer',
  ],
  [
    'read approved progress report',
    'read',
    'progress_report',
    { agencyIds: [7], status: 'approved' },
    'anonymous admin coordinator focal cs viewer',
  ],
  [
    'report on own agency measure',
    'create',
    'progress_report',
    { agencyIds: [7], status: 'draft' },
    'admin coordinator focal',
  ],
  [
    'edit own returned report',
    'update',
    'progress_report',
    { agencyIds: [7], status: 'returned' },
    'admin coordinator focal',
  ],
  [
    'edit other agency report',
    'update',
    'progress_report',
    { agencyIds: [8], status: 'draft' },
    'admin coordinator',
  ],
  ['edit submitted report', 'update', 'progress_report', { agencyIds: [7], status: 'submitted' }, ''],
  ['edit approved report', 'update', 'progress_report', { agencyIds: [7], status: 'approved' }, ''],
  [
    'approve submitted report',
    'approve',
    'progress_report',
    { agencyIds: [7], status: 'submitted' },
    'admin coordinator',
  ],
  ['approve draft report', 'approve', 'progress_report', { agencyIds: [7], status: 'draft' }, ''],
  ['override implementation status', 'update', 'implementation', { published: true }, 'admin coordinator'],
  [
    'read draft recommendation status',
    'read',
    'implementation',
    { published: false },
    'admin coordinator focal cs viewer',
  ],
  ['assess for own organization', 'create', 'assessment', { organizationId: 5 }, 'admin cs'],
  ['assess for other organization', 'update', 'assessment', { organizationId: 6 }, 'admin'],
  ['create cluster', 'create', 'cluster', {}, 'admin coordinator'],
];

describe('policies', () => {
  for (const [name, action, resource, record, allowed] of table) {
    const allowedSet = new Set(allowed.split(' ').filter(Boolean));
    for (const [callerName, caller] of Object.entries(callers)) {
      const expected = allowedSet.has(callerName);
      it(`${name}: ${callerName} ${expected ? 'allowed' : 'refused'}`, () => {
        expect(can(caller, action, resource, record)).toBe(expected);
      });
    }
  }

  it('a conditional rule lets the route through without a record', () => {
    expect(can(callers.focal ?? null, 'update', 'recommendation')).toBe(true);
    expect(can(null, 'read', 'recommendation')).toBe(true);
  });

  it('reports abilities per record', () => {
    expect(abilities(callers.focal ?? null, 'recommendation', otherAgency)).toEqual({
      read: true,
      create: false,
      update: false,
      archive: false,
      publish: false,
      assign: false,
    });
    expect(abilities(null, 'recommendation', draft).read).toBe(false);
  });
});
