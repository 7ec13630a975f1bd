import { AppShell, Anchor, Button, Group, Loader, NavLink, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, useNavigate } from 'react-router';
import { session } from '../api/session';
import { LANGUAGES, rememberLanguage } from '../i18n';
import type { Language } from '../lib/dates';
import { useAccount } from '../lib/hooks';
import { mayOpen } from '../lib/roles';
import { SECTIONS } from '../sections';

/** The frame of every signed-in page: the sections the account's roles open, the language switch, sign-out. */
export function Layout() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const roles = account?.roles ?? [];

  const changeLanguage = (language: string) => {
    rememberLanguage(account?.id ?? null, language as Language);
    void i18n.changeLanguage(language);
  };
  const signOut = async () => {
    await session.signOut();
    queries.clear();
    await navigate('/sign-in');
  };

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm' }} padding="md">
      <Anchor href="#main" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm">
              {t('app.signedInAs', { email: account?.email ?? '' })} · {roles.map((role) => t(`roles.${role}` as 'roles.admin')).join(', ')}
            </Text>
            <SegmentedControl
              aria-label={t('app.language')}
              size="xs"
              value={i18n.language}
              onChange={changeLanguage}
              data={LANGUAGES.map((language) => ({ value: language, label: language.toUpperCase() }))}
            />
            <Button variant="default" size="xs" onClick={() => void signOut()}>
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('app.navigation')}>
        <Stack gap={2}>
          {SECTIONS.filter((section) => mayOpen(roles, section.roles)).map((section) => (
            <NavLink key={section.path} component={RouterLink} to={section.path} label={t(section.label)} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <VisuallyHidden>{t('app.timeZoneNote')}</VisuallyHidden>
        <Suspense fallback={<Loader aria-label={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
