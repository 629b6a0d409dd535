/**
 * The repeated-row editor of people with a role each, shared by the alternative report's authors and experts
 * and the consultation's participants: per row a person, a role and a remove button (ids `<name>.<i>.personId`
 * and `<name>.<i>.role`, which the server's field errors name), and an add button below.
 */
import { useTranslation } from 'react-i18next';
import type { Lookups } from '../../dialogue.ts';
import { Field, type FieldErrors } from '../dialogue/form.tsx';
import { PersonSelect } from '../dialogue/pickers.tsx';

export interface PersonRow {
  key: number;
  personId: string;
  role: string;
}

export function PersonRolesEditor(props: {
  name: string;
  legend: string;
  testId?: string;
  rows: PersonRow[];
  roles: readonly string[];
  /** The role of a new row. */
  defaultRole: string;
  /** The role's label for row `n` (from 1). */
  roleLabel(n: number): string;
  removeLabel(n: number): string;
  addId: string;
  addLabel: string;
  /** A key for a new row, unique in the form. */
  newKey(): number;
  lookups: Lookups;
  errors: FieldErrors;
  onChange(rows: PersonRow[]): void;
}) {
  const { t } = useTranslation();
  const { name, rows, errors, onChange } = props;
  const update = (key: number, change: Partial<PersonRow>) =>
    onChange(rows.map((x) => (x.key === key ? { ...x, ...change } : x)));
  return (
    <fieldset {...(props.testId ? { 'data-testid': props.testId } : {})}>
      <legend>{props.legend}</legend>
      {rows.map((p, i) => (
        <div className="inline" key={p.key}>
          <Field id={`${name}.${i}.personId`} label={`${t('dialogueForms.person')} ${i + 1}`} errors={errors}>
            <PersonSelect
              id={`${name}.${i}.personId`}
              value={p.personId}
              lookups={props.lookups}
              errors={errors}
              onChange={(personId) => update(p.key, { personId })}
            />
          </Field>
          <Field id={`${name}.${i}.role`} label={props.roleLabel(i + 1)} errors={errors}>
            <select
              id={`${name}.${i}.role`}
              value={p.role}
              onChange={(e) => update(p.key, { role: e.target.value })}
            >
              {props.roles.map((r) => (
                <option key={r} value={r}>
                  {t(`dialogue.web.role.${r}`)}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" onClick={() => onChange(rows.filter((x) => x.key !== p.key))}>
            {props.removeLabel(i + 1)}
          </button>
        </div>
      ))}
      <div>
        <button
          id={props.addId}
          type="button"
          onClick={() => onChange([...rows, { key: props.newKey(), personId: '', role: props.defaultRole }])}
        >
          {props.addLabel}
        </button>
      </div>
    </fieldset>
  );
}
