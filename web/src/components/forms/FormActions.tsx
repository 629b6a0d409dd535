/**
 * What the implementation forms share: the busy flag and problem text of a form whose submit calls the API,
 * and the form's foot (the problem, if any, then Save and Cancel).
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Problem, problemText } from '../implementation/common.tsx';

export interface Submit {
  busy: boolean;
  problem: string | undefined;
  /** Runs `work` (busy meanwhile, the last problem cleared), and shows what went wrong if it throws. */
  run(work: () => Promise<void>): Promise<void>;
  /** `run` as a form's submit handler. */
  onSubmit(work: () => Promise<void>): (event: FormEvent) => Promise<void>;
}

export function useSubmit(): Submit {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  async function run(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      await work();
    } catch (e) {
      setProblem(problemText(e, t));
    } finally {
      setBusy(false);
    }
  }
  return {
    busy,
    problem,
    run,
    onSubmit: (work) => async (event) => {
      event.preventDefault();
      await run(work);
    },
  };
}

/** The problem, then the primary submit button (`plan.save` unless `saveLabel`) and Cancel. */
export function FormActions(props: {
  problem: string | undefined;
  busy: boolean;
  onCancel(): void;
  saveLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Problem text={props.problem} />
      <div className="impl-actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.saveLabel ?? t('plan.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('plan.cancel')}
        </button>
      </div>
    </>
  );
}
