/**
 * The building blocks of the dialogue's editing forms: a labelled field with its error next to it, the
 * error summary that links to each field, the save helper that turns the server's answers (400 with field
 * paths, 403, 409 with the current record) into what the form shows, and the conflict notice.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import './forms.css';

/** Field id → message; the id is also the element's id, so the summary can link to it. */
export type FieldErrors = Record<string, string>;

/**
 * A message kept as its catalog key and values rather than as a sentence, so that it follows a change of
 * language; `useMessage` turns it (or a server's plain text, as it is) into what is shown.
 */
export function later(key: string, values: Record<string, unknown> = {}): string {
  return `\u0000${JSON.stringify([key, values])}`;
}

export function useMessage(): (text: string | undefined) => string {
  const { t } = useTranslation();
  return (text) => {
    if (!text?.startsWith('\u0000')) return text ?? '';
    const [key, values] = JSON.parse(text.slice(1)) as [string, Record<string, unknown>];
    return t(key, values);
  };
}

/** The aria attributes of an input whose field may carry an error. */
export function invalid(id: string, errors: FieldErrors): Record<string, string | boolean> {
  return errors[id] ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}

export function Field(props: {
  id: string;
  label: string;
  errors: FieldErrors;
  hint?: string;
  required?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="required"> ({t('dialogueForms.required')})</span> : null}
      </label>
      {props.hint ? (
        <span className="hint muted" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {props.children}
      <FieldError id={props.id} errors={props.errors} />
    </div>
  );
}

export function FieldError({ id, errors }: { id: string; errors: FieldErrors }) {
  const message = useMessage();
  if (!errors[id]) return null;
  return (
    <p className="error field-error" id={`${id}-error`}>
      {message(errors[id])}
    </p>
  );
}

/** "2 problems prevent saving", each a link to its field; focused when it appears. */
export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels: Record<string, string> }) {
  const { t } = useTranslation();
  const message = useMessage();
  const ref = useRef<HTMLDivElement>(null);
  const ids = Object.keys(errors);
  const key = ids.join(',');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (ids.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
      data-testid="error-summary"
    >
      <h2 id="error-summary-title">{t('dialogueForms.problems', { count: ids.length })}</h2>
      <ul>
        {ids.map((id) =>
          id === 'form' ? (
            <li key={id}>{message(errors[id])}</li>
          ) : (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(id)?.focus();
                }}
              >
                {labels[id] ? `${labels[id]}: ` : ''}
                {message(errors[id])}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}

/** The server's field paths (`body.titleRu`, `items.0.text`) as the form's field ids. */
export function serverFieldErrors(
  problem: { errors?: { path: string; message: string }[] },
  toId: (path: string) => string = (path) => path,
): FieldErrors {
  const out: FieldErrors = {};
  for (const error of problem.errors ?? []) {
    const path = error.path.replace(/^body\.?/, '');
    const id = toId(path || 'form');
    out[id] = out[id] ? `${out[id]}; ${error.message}` : error.message;
  }
  return out;
}

export interface SaveState<T> {
  busy: boolean;
  errors: FieldErrors;
  conflict: T | null;
  setErrors(errors: FieldErrors): void;
  clearConflict(): void;
  /**
   * Runs the request; a 409 keeps the server's record in `conflict`, a 400 fills `errors`. A 409 without
   * a record (a duplicate) is shown at `duplicate.id` with its message.
   */
  run(
    request: () => Promise<T>,
    toId?: (path: string) => string,
    duplicate?: { id: string; message: string },
  ): Promise<T | undefined>;
}

export function useSave<T>(): SaveState<T> {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<T | null>(null);
  return {
    busy,
    errors,
    conflict,
    setErrors,
    clearConflict: () => setConflict(null),
    async run(request, toId, duplicate) {
      setBusy(true);
      setErrors({});
      try {
        const result = await request();
        setConflict(null);
        return result;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.problem.current) {
          setConflict(error.problem.current as T);
        } else if (error instanceof ApiError && error.status === 409 && duplicate) {
          setErrors({ [duplicate.id]: duplicate.message });
        } else if (error instanceof ApiError && error.status === 400) {
          const fields = serverFieldErrors(
            error.problem as { errors?: { path: string; message: string }[] },
            toId,
          );
          setErrors(Object.keys(fields).length ? fields : { form: error.message });
        } else if (error instanceof ApiError && error.status === 403) {
          setErrors({ form: later('dialogueForms.forbidden') });
        } else setErrors({ form: error instanceof Error ? error.message : t('common.error') });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
}

/** Someone else saved first: take their version, or apply this change on top of it. */
export function ConflictNotice(props: {
  yours: number;
  theirs: number;
  busy: boolean;
  onTakeTheirs(): void;
  onApplyMine(): void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      className="conflict card"
      role="alert"
      aria-labelledby="form-conflict-title"
      data-testid="conflict"
    >
      <h2 id="form-conflict-title" tabIndex={-1} ref={heading}>
        {t('dialogueForms.conflictTitle')}
      </h2>
      <p>{t('dialogueForms.conflictExplain', { yours: props.yours, theirs: props.theirs })}</p>
      <div className="actions">
        <button type="button" onClick={props.onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
        <button type="button" className="primary" disabled={props.busy} onClick={props.onApplyMine}>
          {t('conflict.applyMine')}
        </button>
      </div>
    </section>
  );
}

/** Three inputs for a name in Russian, Kazakh and English. */
export function LocalizedInputs(props: {
  idPrefix: string;
  label: string;
  values: { ru: string; kk: string; en: string };
  required: ('ru' | 'kk' | 'en')[];
  errors: FieldErrors;
  maxLength: number;
  onChange(lang: 'ru' | 'kk' | 'en', value: string): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="localized">
      <legend>{props.label}</legend>
      {(['ru', 'kk', 'en'] as const).map((lang) => {
        const id = `${props.idPrefix}${lang === 'ru' ? 'Ru' : lang === 'kk' ? 'Kk' : 'En'}`;
        return (
          <Field
            key={lang}
            id={id}
            label={t(`language.${lang}`)}
            errors={props.errors}
            required={props.required.includes(lang)}
          >
            <input
              id={id}
              lang={lang}
              value={props.values[lang]}
              maxLength={props.maxLength}
              onChange={(e) => props.onChange(lang, e.target.value)}
              {...invalid(id, props.errors)}
            />
          </Field>
        );
      })}
    </fieldset>
  );
}

/** Required texts left empty, as errors of the form. */
export function requireFilled(
  values: Record<string, string>,
  message: string,
  errors: FieldErrors = {},
): FieldErrors {
  for (const [id, value] of Object.entries(values)) if (!value.trim()) errors[id] = message;
  return errors;
}

/** A ref whose element (a form's heading, `tabIndex={-1}`) takes the focus when the form opens. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return ref;
}

/**
 * Keyboard focus for lists of rows: a new row's first control takes the focus; after a removal, the
 * list's add button does (the removed button is gone).
 */
export function useRowFocus(count: number, firstOf: (index: number) => string, addId: string): void {
  const previous = useRef(count);
  const first = useRef(firstOf);
  first.current = firstOf;
  useEffect(() => {
    if (count > previous.current) document.getElementById(first.current(count - 1))?.focus();
    else if (count < previous.current) document.getElementById(addId)?.focus();
    previous.current = count;
  }, [count, addId]);
}

/** The fields of `now` whose value differs from `before`: a change to apply on top of someone else's. */
export function changedOnly<T extends object>(now: T, before: T): Partial<T> {
  const old = before as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(now).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(old[key])),
  ) as Partial<T>;
}

export const orNull = (value: string): string | null => value.trim() || null;
export const idOrNull = (value: string): number | null => (value ? Number(value) : null);
