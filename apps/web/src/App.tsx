import { Center, Loader } from '@mantine/core';
import { lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { session } from './api/session';
import { rememberedLanguage } from './i18n';
import { Layout } from './components/Layout';
import { Refused } from './components/Refused';
import { useAccount } from './lib/hooks';
import { homeOf, mayOpen, type Role } from './lib/roles';
import { SignIn } from './pages/SignIn';
import { SECTIONS } from './sections';

/** A page loaded with its route: the first screen carries only its own code (see `npm run bench`, web_first_screen_js). */
function page<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const Accounts = page(() => import('./pages/Accounts'), 'Accounts');
const Addressees = page(() => import('./pages/Addressees'), 'Addressees');
const Appeal = page(() => import('./pages/Appeal'), 'Appeal');
const Appeals = page(() => import('./pages/Appeals'), 'Appeals');
const Dashboard = page(() => import('./pages/Dashboard'), 'Dashboard');
const Decisions = page(() => import('./pages/Decisions'), 'Decisions');
const Founding = page(() => import('./pages/Founding'), 'Founding');
const Journal = page(() => import('./pages/Journal'), 'Journal');
const Ledger = page(() => import('./pages/Ledger'), 'Ledger');
const Member = page(() => import('./pages/Member'), 'Member');
const Members = page(() => import('./pages/Members'), 'Members');
const Minutes = page(() => import('./pages/Minutes'), 'Minutes');
const RecordHistory = page(() => import('./pages/RecordHistory'), 'RecordHistory');
const Representative = page(() => import('./pages/Representative'), 'Representative');
const Resolution = page(() => import('./pages/Resolution'), 'Resolution');
const ResolutionDraft = page(() => import('./pages/ResolutionDraft'), 'ResolutionDraft');
const Resolutions = page(() => import('./pages/Resolutions'), 'Resolutions');
const WorkingGroup = page(() => import('./pages/WorkingGroup'), 'WorkingGroup');
const WorkingGroups = page(() => import('./pages/WorkingGroups'), 'WorkingGroups');

const rolesOf = (path: string): readonly Role[] => SECTIONS.find((section) => section.path === path)!.roles;

/** Signed-in pages only; a reload first renews the session from the refresh cookie. */
function SignedIn() {
  const account = useAccount();
  return account ? <Outlet /> : <Navigate to="/sign-in" replace />;
}

function Only({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const account = useAccount();
  return mayOpen(account?.roles ?? [], roles) ? children : <Refused />;
}

function Home() {
  const account = useAccount();
  return <Navigate to={homeOf(account?.roles ?? [])} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return <h1>{t('refused.notFound')}</h1>;
}

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignIn /> },
  {
    element: <SignedIn />,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, element: <Home /> },
          { path: 'dashboard', element: <Only roles={rolesOf('/dashboard')}><Dashboard /></Only> },
          { path: 'appeals', element: <Only roles={rolesOf('/appeals')}><Appeals /></Only> },
          { path: 'appeals/journal', element: <Only roles={rolesOf('/appeals/journal')}><Journal /></Only> },
          { path: 'appeals/addressees', element: <Only roles={rolesOf('/appeals/addressees')}><Addressees /></Only> },
          { path: 'appeals/:id', element: <Only roles={rolesOf('/appeals')}><Appeal /></Only> },
          { path: 'resolutions', element: <Only roles={rolesOf('/resolutions')}><Resolutions /></Only> },
          { path: 'resolutions/new', element: <Only roles={['secretariat']}><ResolutionDraft /></Only> },
          { path: 'resolutions/decisions', element: <Only roles={rolesOf('/resolutions/decisions')}><Decisions /></Only> },
          { path: 'resolutions/:id/minutes', element: <Only roles={[...rolesOf('/resolutions'), 'representative']}><Minutes /></Only> },
          { path: 'resolutions/:id', element: <Only roles={[...rolesOf('/resolutions'), 'representative']}><Resolution /></Only> },
          { path: 'votes', element: <Only roles={rolesOf('/votes')}><Representative /></Only> },
          { path: 'members', element: <Only roles={rolesOf('/members')}><Members /></Only> },
          // A representative reads its own organization's card (the API refuses it any other).
          { path: 'members/:id', element: <Only roles={[...rolesOf('/members'), 'representative']}><Member /></Only> },
          { path: 'founding', element: <Only roles={rolesOf('/founding')}><Founding /></Only> },
          { path: 'working-groups', element: <Only roles={rolesOf('/working-groups')}><WorkingGroups /></Only> },
          { path: 'working-groups/:id', element: <Only roles={rolesOf('/working-groups')}><WorkingGroup /></Only> },
          { path: 'ledger', element: <Only roles={rolesOf('/ledger')}><Ledger /></Only> },
          { path: 'history/:stream', element: <Only roles={rolesOf('/ledger')}><RecordHistory /></Only> },
          { path: 'accounts', element: <Only roles={rolesOf('/accounts')}><Accounts /></Only> },
          { path: 'refused', element: <Refused /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

export function App() {
  const { t, i18n } = useTranslation();
  const [restoring, setRestoring] = useState(true);
  useEffect(() => {
    void session.renew().then(async (restored) => {
      if (restored) await i18n.changeLanguage(rememberedLanguage(restored.account.id));
      setRestoring(false);
    });
  }, [i18n]);
  if (restoring) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return <RouterProvider router={router} />;
}
