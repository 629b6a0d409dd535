/** Creating or editing a person: name and position in the three languages, and the organization. */
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, forget } from '../../api.ts';
import type { Lookups, Person } from '../../dialogue.ts';
import { SaveCancel } from '../forms/SaveCancel.tsx';
import {
  ConflictNotice,
  changedOnly,
  ErrorSummary,
  Field,
  type FieldErrors,
  idOrNull,
  LocalizedInputs,
  later,
  orNull,
  useFocusOnMount,
  useSave,
} from './form.tsx';
import { OrganizationSelect } from './pickers.tsx';

interface Values {
  name: { ru: string; kk: string; en: string };
  position: { ru: string; kk: string; en: string };
  organizationId: string;
}

function valuesOf(person: Person | undefined, organizationId: number | null): Values {
  return {
    name: { ru: person?.name.ru ?? '', kk: person?.name.kk ?? '', en: person?.name.en ?? '' },
    position: { ru: person?.position.ru ?? '', kk: person?.position.kk ?? '', en: person?.position.en ?? '' },
    organizationId: String(person ? (person.organizationId ?? '') : (organizationId ?? '')),
  };
}

export function PersonForm(props: {
  person?: Person;
  /** A new person's organization: the contributor's own. */
  defaultOrganizationId: number | null;
  lookups: Lookups;
  onSaved(person: Person): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const person = props.person;
  const [values, setValues] = useState<Values>(valuesOf(person, props.defaultOrganizationId));
  const initial = useRef<Values>(values);
  const [version, setVersion] = useState(person?.version ?? 1);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const save = useSave<Person>();
  const labels: Record<string, string> = { organizationId: t('dialogueForms.organization') };
  for (const lang of ['ru', 'kk', 'en'] as const) {
    const suffix = lang === 'ru' ? 'Ru' : lang === 'kk' ? 'Kk' : 'En';
    labels[`name${suffix}`] = `${t('dialogueForms.personName')} (${t(`language.${lang}`)})`;
    labels[`position${suffix}`] = `${t('dialogueForms.position')} (${t(`language.${lang}`)})`;
  }

  /** What the API takes, from the form's values. */
  const bodyOf = (v: Values) => ({
    nameRu: v.name.ru.trim(),
    nameKk: orNull(v.name.kk) ?? undefined,
    nameEn: orNull(v.name.en) ?? undefined,
    positionRu: orNull(v.position.ru),
    positionKk: orNull(v.position.kk),
    positionEn: orNull(v.position.en),
    organizationId: idOrNull(v.organizationId),
  });

  /** `onlyChanged`: on top of someone else's version, send only the fields changed here. */
  async function send(baseVersion: number, onlyChanged = false) {
    const body = onlyChanged ? changedOnly(bodyOf(values), bodyOf(initial.current)) : bodyOf(values);
    const saved = await save.run(() =>
      person
        ? api<Person>(`/api/people/${person.id}`, {
            method: 'PATCH',
            body: { version: baseVersion, ...body },
          })
        : api<Person>('/api/people', { method: 'POST', body }),
    );
    if (saved) {
      forget('/api/people');
      props.onSaved(saved);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = values.name.ru.trim() ? {} : { nameRu: later('dialogueForms.errorRequired') };
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
        initial.current = valuesOf(current, null);
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

  return (
    <form className="dlg-form card" onSubmit={submit} aria-labelledby="person-form-title" noValidate>
      <h2 id="person-form-title" tabIndex={-1} ref={heading}>
        {person ? t('dialogueForms.editPerson') : t('dialogueForms.newPerson')}
      </h2>
      {conflictNotice}
      <ErrorSummary errors={save.errors} labels={labels} />
      <LocalizedInputs
        idPrefix="name"
        label={t('dialogueForms.personName')}
        values={values.name}
        required={['ru']}
        errors={save.errors}
        maxLength={300}
        onChange={(lang, value) => setValues({ ...values, name: { ...values.name, [lang]: value } })}
      />
      <LocalizedInputs
        idPrefix="position"
        label={t('dialogueForms.position')}
        values={values.position}
        required={[]}
        errors={save.errors}
        maxLength={500}
        onChange={(lang, value) => setValues({ ...values, position: { ...values.position, [lang]: value } })}
      />
      <Field id="organizationId" label={labels.organizationId ?? ''} errors={save.errors}>
        <OrganizationSelect
          id="organizationId"
          value={values.organizationId}
          lookups={props.lookups}
          errors={save.errors}
          onChange={(organizationId) => setValues({ ...values, organizationId })}
        />
      </Field>
      <SaveCancel busy={save.busy} onCancel={props.onCancel} />
    </form>
  );
}
