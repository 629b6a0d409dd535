/** `/dialogue/consultations/new` and `/dialogue/consultations/:id/edit`: the consultation's form as a page. */
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConsultationForm } from '../../components/dialogue/ConsultationForm.tsx';
import { type AlternativeReport, type Consultation, useLookups } from '../../dialogue.ts';
import { useSession } from '../../session.tsx';
import { Problem, useResource } from './common.tsx';

export default function ConsultationEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { can, loading } = useSession();
  const lookups = useLookups();
  const { data: consultation, error } = useResource<Consultation>(id ? `/api/consultations/${id}` : null);
  const { data: reports } = useResource<{ items: AlternativeReport[] }>('/api/alternative-reports');
  if (error) return <Problem status={error} />;
  if (loading || (id && !consultation) || !reports) return <p className="muted">{t('common.loading')}</p>;
  const allowed = consultation ? consultation.abilities?.update === true : can('consultation', 'create');
  if (!allowed)
    return (
      <p role="alert" className="error">
        {t('dialogueForms.forbidden')}
      </p>
    );
  return (
    <section className="dialogue">
      <ConsultationForm
        {...(consultation ? { consultation } : {})}
        lookups={lookups}
        reports={reports.items}
        onSaved={(saved) => navigate(`/dialogue/consultations/${saved.id}`, { state: { saved: true } })}
        onCancel={() =>
          navigate(consultation ? `/dialogue/consultations/${consultation.id}` : '/dialogue/consultations')
        }
      />
    </section>
  );
}
