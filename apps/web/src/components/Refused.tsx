import { Alert, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccount } from '../lib/hooks';
import { homeOf } from '../lib/roles';

/** What a page shows to an account whose roles may not see it: the reason and the way home. */
export function Refused() {
  const { t } = useTranslation();
  const roles = useAccount()?.roles ?? [];
  const home = homeOf(roles);
  return (
    <Stack maw={640}>
      <Title order={1}>{t('refused.title')}</Title>
      <Alert color="orange" role="alert" title={t('refused.title')}>
        {t('refused.text', { roles: roles.map((role) => t(`roles.${role}` as 'roles.admin')).join(', ') })}
      </Alert>
      {home !== '/refused' && (
        <Button component={Link} to={home} w="fit-content">
          {t('refused.home')}
        </Button>
      )}
    </Stack>
  );
}
