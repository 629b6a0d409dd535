/** `/dialogue/reports/new` and `/dialogue/reports/:id/edit`: the alternative report's form as a page. */
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ReportForm } from '../../components/dialogue/ReportForm.tsx';
import { type AlternativeReport, useLookups } from '../../dialogue.ts';
import { useSession } from '../../session.tsx';
import { Problem, useResource } from './common.tsx';

export default function ReportEditPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { can, session, loading } = useSession();
  const lookups = useLookups();
  const { data: report, error } = useResource<AlternativeReport>(
    id ? `/api/alternative-reports/${id}` : null,
  );
  if (error) return <Problem status={error} />;
  if (loading || (id && !report)) return <p className="muted">{t('common.loading')}</p>;
  const allowed = report ? report.abilities?.update === true : can('alternative_report', 'create');
  if (!allowed)
    return (
      <p role="alert" className="error">
        {t('dialogueForms.forbidden')}
      </p>
    );
  const own = session?.user.organizationId ?? null;
  return (
    <section className="dialogue">
      <ReportForm
        {...(report ? { report } : {})}
        defaultCoalitionId={own && lookups.organizations.get(own)?.kind === 'coalition' ? own : null}
        lookups={lookups}
        onSaved={(saved) => navigate(`/dialogue/reports/${saved.id}`, { state: { saved: true } })}
        onCancel={() => navigate(report ? `/dialogue/reports/${report.id}` : '/dialogue')}
      />
    </section>
  );
}
