/** Types and lookups of the civil-society dialogue: reports, consultations, organizations, people, terms. */
import { useEffect, useState } from 'react';
import { cached } from './api.ts';

export type Localized = { ru: string | null; kk: string | null; en: string | null };

export interface Attachment {
  id: number;
  fileName: string;
  kind: 'pdf' | 'docx';
  size: number;
  checksum: string;
  createdAt: string;
}

export interface AlternativeReport {
  id: number;
  coalitionId: number;
  number: number;
  title: Localized;
  coordinatingOrganizationId: number | null;
  summary: string | null;
  findings: string | null;
  status: 'draft' | 'submitted' | 'scheduled' | 'discussed';
  submittedOn: string | null;
  discussedOn: string | null;
  termIds: number[];
  recommendations: { recommendationId: number; note: string | null }[];
  people: { personId: number; role: string }[];
  items: { id: number; text: string; recommendationIds: number[] }[];
  attachments: Attachment[];
  archived?: boolean;
  version: number;
  abilities?: Record<string, boolean>;
}

export interface Consultation {
  id: number;
  title: Localized;
  startsAt: string;
  stateIso3: string | null;
  place: string | null;
  link: string | null;
  organizerOrganizationId: number | null;
  chairPersonId: number | null;
  minutes: string | null;
  decisions: string | null;
  outcome: string | null;
  published: boolean;
  version: number;
  organizationIds: number[];
  participants: { personId: number; role: string }[];
  agenda: {
    id: number;
    reportId: number | null;
    termId: number | null;
    recommendationId: number | null;
    note: string | null;
  }[];
  followUps: {
    id: number;
    text: string;
    ownerPersonId: number | null;
    ownerOrganizationId: number | null;
    dueOn: string | null;
    status: string;
    recommendationIds: number[];
  }[];
  attachments?: Attachment[];
  abilities?: Record<string, boolean>;
}

export interface Organization {
  id: number;
  nameEn: string;
  nameRu: string | null;
  nameKk: string | null;
  kind: string;
  version?: number;
  abilities?: Record<string, boolean>;
}

export interface Person {
  id: number;
  name: Localized;
  position: Localized;
  organizationId: number | null;
  version?: number;
  abilities?: Record<string, boolean>;
}

export interface TermRow {
  id: number;
  taxonomy: string;
  code: string;
  labelEn: string;
  labelRu: string | null;
  labelKk: string | null;
}

export interface Summary {
  id: number;
  lang: string;
  title: string;
  body: string;
  published: boolean;
  version: number;
}

export interface RecommendationDialogue {
  reports: {
    id: number;
    coalitionId: number;
    number: number;
    title: Localized;
    status: string;
    via: string;
  }[];
  consultations: { id: number; title: Localized; startsAt: string; via: string }[];
}

export function localized(value: Localized | null | undefined, language: string): string {
  if (!value) return '';
  return (
    (language === 'ru' ? value.ru : language === 'kk' ? value.kk : value.en) ?? value.en ?? value.ru ?? ''
  );
}

export function organizationName(org: Organization | undefined, language: string): string {
  if (!org) return '—';
  return (language === 'ru' ? org.nameRu : language === 'kk' ? org.nameKk : org.nameEn) ?? org.nameEn;
}

export function termName(term: TermRow | undefined, language: string): string {
  if (!term) return '—';
  return (language === 'ru' ? term.labelRu : language === 'kk' ? term.labelKk : term.labelEn) ?? term.labelEn;
}

/** A date (YYYY-MM-DD or an instant) without the time, in the reader's language. */
export function formatDay(iso: string, language: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (language === 'kk') return new Intl.DateTimeFormat('ru', { dateStyle: 'short' }).format(date);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

/** The taxonomies whose terms are the dialogue's themes (a theme has its page under /dialogue/themes). */
export const THEME_TAXONOMIES = ['upr-info-issue', 'ohchr-theme'];

export interface Lookups {
  organizations: Map<number, Organization>;
  people: Map<number, Person>;
  terms: Map<number, TermRow>;
}

/** Organizations, people and theme terms by id, once per page load (again when `round` changes). */
export function useLookups(round = 0): Lookups {
  const [lookups, setLookups] = useState<Lookups>({
    organizations: new Map(),
    people: new Map(),
    terms: new Map(),
  });
  useEffect(() => {
    void round;
    // Each list on its own: a reader who may not list people still sees organizations and themes.
    const list = <T>(path: string) => cached<{ items: T[] }>(path).catch(() => ({ items: [] as T[] }));
    Promise.all([
      list<Organization>('/api/organizations'),
      list<Person>('/api/people'),
      Promise.all(THEME_TAXONOMIES.map((code) => list<TermRow>(`/api/taxonomies/${code}/terms`))),
    ]).then(([organizations, people, terms]) =>
      setLookups({
        organizations: new Map(organizations.items.map((o) => [o.id, o])),
        people: new Map(people.items.map((p) => [p.id, p])),
        terms: new Map(terms.flatMap((t) => t.items.map((term) => [term.id, term] as const))),
      }),
    );
  }, [round]);
  return lookups;
}
