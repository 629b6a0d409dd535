/** The shell: header with navigation, language switcher and user menu; the pages behind the router. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, NavLink, Route, Routes } from 'react-router';
import { ClassifierNavLink } from './components/ClassifierNavLink.tsx';
import { LanguageSwitcher } from './components/LanguageSwitcher.tsx';
import { NotificationBell, ReportsNavLink } from './components/NotificationBell.tsx';
import { UserMenu } from './components/UserMenu.tsx';
import { Explorer } from './pages/Explorer.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { SessionProvider } from './session.tsx';

// Charts and the recommendation page load on demand, keeping ECharts out of the first download.
const Dashboards = lazy(() => import('./pages/Dashboards.tsx'));
const RecommendationPage = lazy(() => import('./pages/RecommendationPage.tsx'));
const NearDuplicatesPage = lazy(() =>
  import('./pages/NearDuplicatesPage.tsx').then((m) => ({ default: m.NearDuplicatesPage })),
);
const ReportsPage = lazy(() => import('./pages/Dialogue.tsx').then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import('./pages/Dialogue.tsx').then((m) => ({ default: m.ReportPage })));
const ConsultationsPage = lazy(() =>
  import('./pages/Dialogue.tsx').then((m) => ({ default: m.ConsultationsPage })),
);
const ConsultationPage = lazy(() =>
  import('./pages/Dialogue.tsx').then((m) => ({ default: m.ConsultationPage })),
);
const DirectoryPage = lazy(() => import('./pages/dialogue/Directory.tsx'));
const ThemePage = lazy(() => import('./pages/dialogue/ThemePage.tsx'));
const ReportEditPage = lazy(() => import('./pages/dialogue/ReportEdit.tsx'));
const ConsultationEditPage = lazy(() => import('./pages/dialogue/ConsultationEdit.tsx'));
const PlanPage = lazy(() => import('./pages/implementation/PlanPage.tsx'));
const MeasurePage = lazy(() => import('./pages/implementation/MeasurePage.tsx'));
const NewMeasurePage = lazy(() =>
  import('./pages/implementation/MeasurePage.tsx').then((m) => ({ default: m.NewMeasurePage })),
);
const ImplementationDashboards = lazy(() => import('./pages/implementation/ImplementationDashboards.tsx'));
const MyWork = lazy(() => import('./pages/implementation/MyWork.tsx'));
const ClassifierPage = lazy(() => import('./pages/Classifier.tsx'));
const NotificationsPage = lazy(() => import('./pages/Notifications.tsx'));
const ReviewReportsPage = lazy(() => import('./pages/Reports.tsx'));
const SettingsPage = lazy(() => import('./pages/Settings.tsx'));

function Shell() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="top">
        <NavLink to="/" className="brand">
          {t('app.name')}
        </NavLink>
        <nav aria-label={t('nav.label')}>
          <NavLink to="/" end>
            {t('nav.explorer')}
          </NavLink>
          <NavLink to="/dashboards">{t('nav.dashboards')}</NavLink>
          <NavLink to="/dialogue">{t('nav.dialogue')}</NavLink>
          <NavLink to="/implementation">{t('plan.nav.implementation')}</NavLink>
          <ClassifierNavLink />
          <ReportsNavLink />
        </nav>
        <div className="spacer" />
        <LanguageSwitcher />
        <NotificationBell />
        <UserMenu />
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <Routes>
            <Route path="/" element={<Explorer />} />
            <Route path="/signin" element={<SignIn />} />
            <Route path="/dashboards" element={<Dashboards />} />
            <Route path="/recommendations/:id" element={<RecommendationPage />} />
            <Route path="/reviews/:state/:cycle/near-duplicates" element={<NearDuplicatesPage />} />
            <Route path="/dialogue" element={<ReportsPage />} />
            <Route path="/dialogue/reports/:id" element={<ReportPage />} />
            <Route path="/dialogue/consultations" element={<ConsultationsPage />} />
            <Route path="/dialogue/consultations/:id" element={<ConsultationPage />} />
            <Route path="/dialogue/directory" element={<DirectoryPage />} />
            <Route path="/dialogue/themes/:id" element={<ThemePage />} />
            <Route path="/dialogue/reports/new" element={<ReportEditPage />} />
            <Route path="/dialogue/reports/:id/edit" element={<ReportEditPage />} />
            <Route path="/dialogue/consultations/new" element={<ConsultationEditPage />} />
            <Route path="/dialogue/consultations/:id/edit" element={<ConsultationEditPage />} />
            <Route path="/implementation" element={<PlanPage />} />
            <Route path="/implementation/measures/new" element={<NewMeasurePage />} />
            <Route path="/implementation/measures/:id" element={<MeasurePage />} />
            <Route path="/implementation/dashboards" element={<ImplementationDashboards />} />
            <Route path="/implementation/my-work" element={<MyWork />} />
            <Route path="/classifier" element={<ClassifierPage />} />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/reports" element={<ReviewReportsPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="*" element={<p>{t('common.notFound')}</p>} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </BrowserRouter>
  );
}
