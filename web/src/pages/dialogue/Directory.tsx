/**
 * The dialogue's directory: state bodies and agencies, civil-society organizations, coalitions with their
 * members, and people with their position and organization, in the reader's language. Those whose
 * abilities allow create and edit organizations and people here (a contributor: its own organization).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { OrganizationForm } from '../../components/dialogue/OrganizationForm.tsx';
import { PersonForm } from '../../components/dialogue/PersonForm.tsx';
import {
  type Lookups,
  localized,
  type Organization,
  organizationName,
  type Person,
  useLookups,
} from '../../dialogue.ts';
import { currentLanguage } from '../../i18n.ts';
import { useSession } from '../../session.tsx';
import { DialogueNav } from './common.tsx';

const GROUPS = [
  { id: 'state', kinds: ['state_body', 'agency'] },
  { id: 'civil', kinds: ['ngo', 'academic', 'international', 'other'] },
  { id: 'coalitions', kinds: ['coalition'] },
] as const;

type Editing =
  | { what: 'organization'; organization?: Organization }
  | { what: 'person'; person?: Person }
  | null;

export default function DirectoryPage() {
  const { t } = useTranslation();
  const { can, session } = useSession();
  const [round, setRound] = useState(0);
  const lookups = useLookups(round);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState(false);
  const done = () => {
    setEditing(null);
    setSaved(true);
    setRound((r) => r + 1);
  };
  const open = (next: Editing) => {
    setSaved(false);
    setEditing(next);
  };
  return (
    <section className="dialogue directory">
      <h1>{t('dialogueForms.directoryTitle')}</h1>
      <DialogueNav />
      <div className="actions">
        {can('organization', 'create') && (
          <button type="button" onClick={() => open({ what: 'organization' })}>
            {t('dialogueForms.newOrganization')}
          </button>
        )}
        {can('person', 'create') && (
          <button type="button" onClick={() => open({ what: 'person' })}>
            {t('dialogueForms.newPerson')}
          </button>
        )}
      </div>
      {saved && (
        <p role="status" className="saved">
          {t('dialogue.web.saved')}
        </p>
      )}
      {editing?.what === 'organization' && (
        <OrganizationForm
          key={editing.organization?.id ?? 'new'}
          lookups={lookups}
          {...(editing.organization ? { organization: editing.organization } : {})}
          onSaved={done}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing?.what === 'person' && (
        <PersonForm
          key={editing.person?.id ?? 'new'}
          lookups={lookups}
          defaultOrganizationId={session?.user.organizationId ?? null}
          {...(editing.person ? { person: editing.person } : {})}
          onSaved={done}
          onCancel={() => setEditing(null)}
        />
      )}
      {GROUPS.map((group) => (
        <OrganizationGroup
          key={group.id}
          id={group.id}
          kinds={group.kinds}
          lookups={lookups}
          round={round}
          onEdit={(organization) => open({ what: 'organization', organization })}
        />
      ))}
      <People lookups={lookups} onEdit={(person) => open({ what: 'person', person })} />
    </section>
  );
}

function OrganizationGroup(props: {
  id: string;
  kinds: readonly string[];
  lookups: Lookups;
  round: number;
  onEdit(org: Organization): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const orgs = [...props.lookups.organizations.values()]
    .filter((o) => props.kinds.includes(o.kind))
    .sort((a, b) => organizationName(a, language).localeCompare(organizationName(b, language)));
  const coalitions = props.id === 'coalitions';
  const [members, setMembers] = useState<Map<number, number[]>>(new Map());
  const key = coalitions ? orgs.map((o) => o.id).join(',') : '';
  useEffect(() => {
    void props.round;
    if (!key) return;
    Promise.all(
      key
        .split(',')
        .map((id) =>
          api<{ coalitionId: number; memberIds: number[] }>(`/api/organizations/${id}/members`).catch(
            () => null,
          ),
        ),
    ).then((rows) =>
      setMembers(new Map(rows.filter((r) => r !== null).map((r) => [r.coalitionId, r.memberIds]))),
    );
  }, [key, props.round]);
  return (
    <section aria-labelledby={`group-${props.id}`}>
      <h2 id={`group-${props.id}`}>{t(`dialogueForms.group.${props.id}`)}</h2>
      {orgs.length === 0 ? (
        <p className="muted">{t('dialogue.web.none')}</p>
      ) : (
        <table className="list" data-testid={`organizations-${props.id}`}>
          <thead>
            <tr>
              <th scope="col">{t('dialogueForms.name')}</th>
              <th scope="col">{t('dialogueForms.kind')}</th>
              {coalitions && <th scope="col">{t('dialogueForms.members')}</th>}
              <th scope="col">
                <span className="visually-hidden">{t('dialogueForms.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {orgs.map((org) => (
              <tr key={org.id}>
                <td>{organizationName(org, language)}</td>
                <td>{t(`dialogueForms.organizationKind.${org.kind}`)}</td>
                {coalitions && (
                  <td>
                    {(members.get(org.id) ?? [])
                      .map((id) => organizationName(props.lookups.organizations.get(id), language))
                      .join('; ') || '—'}
                  </td>
                )}
                <td>
                  {org.abilities?.update && (
                    <button type="button" onClick={() => props.onEdit(org)}>
                      {t('dialogueForms.edit')}
                      <span className="visually-hidden"> {organizationName(org, language)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function People(props: { lookups: Lookups; onEdit(person: Person): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const people = [...props.lookups.people.values()].sort((a, b) =>
    localized(a.name, language).localeCompare(localized(b.name, language)),
  );
  return (
    <section aria-labelledby="group-people">
      <h2 id="group-people">{t('dialogueForms.people')}</h2>
      {people.length === 0 ? (
        <p className="muted">{t('dialogue.web.none')}</p>
      ) : (
        <table className="list" data-testid="people">
          <thead>
            <tr>
              <th scope="col">{t('dialogueForms.personName')}</th>
              <th scope="col">{t('dialogueForms.position')}</th>
              <th scope="col">{t('dialogueForms.organization')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('dialogueForms.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td>{localized(p.name, language)}</td>
                <td>{localized(p.position, language) || '—'}</td>
                <td>
                  {p.organizationId
                    ? organizationName(props.lookups.organizations.get(p.organizationId), language)
                    : '—'}
                </td>
                <td>
                  {p.abilities?.update && (
                    <button type="button" onClick={() => props.onEdit(p)}>
                      {t('dialogueForms.edit')}
                      <span className="visually-hidden"> {localized(p.name, language)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
