/**
 * Creating or editing an organization: its name in the three languages, its kind, and for a coalition
 * its member organizations (`PUT /api/organizations/{id}/members`). A stale version shows the conflict.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, forget } from '../../api.ts';
import type { Lookups, Organization } from '../../dialogue.ts';
import { SaveCancel } from '../forms/SaveCancel.tsx';
import {
  ConflictNotice,
  changedOnly,
  ErrorSummary,
  Field,
  invalid,
  LocalizedInputs,
  later,
  requireFilled,
  useFocusOnMount,
  useSave,
} from './form.tsx';
import { OrganizationsPicker } from './pickers.tsx';

export const ORGANIZATION_KINDS = [
  'state_body',
  'agency',
  'ngo',
  'coalition',
  'academic',
  'international',
  'other',
] as const;

interface Values {
  names: { ru: string; kk: string; en: string };
  kind: string;
  memberIds: number[];
}

function valuesOf(org: Organization | undefined, memberIds: number[]): Values {
  return {
    names: { ru: org?.nameRu ?? '', kk: org?.nameKk ?? '', en: org?.nameEn ?? '' },
    kind: org?.kind ?? 'ngo',
    memberIds,
  };
}

export function OrganizationForm(props: {
  organization?: Organization;
  lookups: Lookups;
  onSaved(org: Organization): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const org = props.organization;
  const [values, setValues] = useState<Values>(valuesOf(org, []));
  const initial = useRef<Values>(values);
  const [version, setVersion] = useState(org?.version ?? 1);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const save = useSave<Organization>();

  useEffect(() => {
    if (org?.kind !== 'coalition') return;
    api<{ memberIds: number[] }>(`/api/organizations/${org.id}/members`)
      .then(({ memberIds }) => setValues((v) => ({ ...v, memberIds })))
      .catch(() => {});
  }, [org]);

  const labels = {
    nameRu: `${t('dialogueForms.name')} (${t('language.ru')})`,
    nameKk: `${t('dialogueForms.name')} (${t('language.kk')})`,
    nameEn: `${t('dialogueForms.name')} (${t('language.en')})`,
    kind: t('dialogueForms.kind'),
    memberIds: t('dialogueForms.members'),
  };

  /** What the API takes, from the form's values. */
  const bodyOf = (v: Values) => ({
    nameRu: v.names.ru.trim(),
    nameKk: v.names.kk.trim(),
    nameEn: v.names.en.trim(),
    kind: v.kind,
  });

  /** `onlyChanged`: on top of someone else's version, send only the fields changed here. */
  async function send(baseVersion: number, onlyChanged = false) {
    const body = onlyChanged ? changedOnly(bodyOf(values), bodyOf(initial.current)) : bodyOf(values);
    const saved = await save.run(() =>
      org
        ? api<Organization>(`/api/organizations/${org.id}`, {
            method: 'PATCH',
            body: { version: baseVersion, ...body },
          })
        : api<Organization>('/api/organizations', { method: 'POST', body }),
    );
    if (!saved) return;
    if (saved.kind === 'coalition' && saved.abilities?.update) {
      const members = await save.run(
        () =>
          api<{ memberIds: number[] }>(`/api/organizations/${saved.id}/members`, {
            method: 'PUT',
            body: { memberIds: values.memberIds },
          }) as unknown as Promise<Organization>,
        () => 'memberIds',
      );
      if (!members) {
        setVersion(saved.version ?? baseVersion);
        return;
      }
    }
    forget('/api/organizations');
    props.onSaved(saved);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = requireFilled(
      { nameRu: values.names.ru, nameKk: values.names.kk, nameEn: values.names.en },
      later('dialogueForms.errorRequired'),
    );
    save.setErrors(errors);
    if (Object.keys(errors).length === 0) void send(version);
  }

  const current = save.conflict;
  const conflictNotice = current ? (
    <ConflictNotice
      yours={version}
      theirs={current.version ?? version}
      busy={save.busy}
      onTakeTheirs={() => {
        initial.current = valuesOf(current, values.memberIds);
        setValues(initial.current);
        setVersion(current.version ?? version);
        save.clearConflict();
      }}
      onApplyMine={() => {
        setVersion(current.version ?? version);
        void send(current.version ?? version, true);
      }}
    />
  ) : null;

  const title = org ? t('dialogueForms.editOrganization') : t('dialogueForms.newOrganization');
  return (
    <form className="dlg-form card" onSubmit={submit} aria-labelledby="org-form-title" noValidate>
      <h2 id="org-form-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {conflictNotice}
      <ErrorSummary errors={save.errors} labels={labels} />
      <LocalizedInputs
        idPrefix="name"
        label={t('dialogueForms.name')}
        values={values.names}
        required={['ru', 'kk', 'en']}
        errors={save.errors}
        maxLength={500}
        onChange={(lang, value) => setValues({ ...values, names: { ...values.names, [lang]: value } })}
      />
      <Field id="kind" label={labels.kind} errors={save.errors}>
        <select
          id="kind"
          value={values.kind}
          onChange={(e) => setValues({ ...values, kind: e.target.value })}
          {...invalid('kind', save.errors)}
        >
          {ORGANIZATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`dialogueForms.organizationKind.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      {values.kind === 'coalition' && (
        <OrganizationsPicker
          id="memberIds"
          legend={labels.memberIds}
          lookups={props.lookups}
          selected={values.memberIds}
          errors={save.errors}
          {...(org ? { exclude: org.id } : {})}
          onChange={(memberIds) => setValues({ ...values, memberIds })}
        />
      )}
      <SaveCancel busy={save.busy} onCancel={props.onCancel} />
    </form>
  );
}
