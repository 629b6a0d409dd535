/** The foot of an edit form: Save (disabled while busy, optionally saying "Saving…") and Cancel. */
import { useTranslation } from 'react-i18next';

export function SaveCancel(props: { busy: boolean; onCancel(): void; showSaving?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="primary" disabled={props.busy}>
        {props.showSaving && props.busy ? t('dialogueForms.saving') : t('common.save')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
