import { Button, Card, Center, PasswordInput, SegmentedControl, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, fieldProblems } from '../api/problem';
import { session } from '../api/session';
import { LANGUAGES, rememberedLanguage } from '../i18n';
import { Problem } from '../components/Problem';
import { homeOf } from '../lib/roles';

export function SignIn() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => session.signIn({ email, password }, i18n.language),
    onSuccess: async (account) => {
      // The language this account chose last time, in this browser.
      await i18n.changeLanguage(rememberedLanguage(account.id));
      await navigate(homeOf(account.roles), { replace: true });
    },
  });
  const fields = fieldProblems(signIn.error instanceof ApiError ? signIn.error.problem : undefined);
  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder shadow="sm" w={400} padding="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            signIn.mutate();
          }}
        >
          <Stack>
            <SegmentedControl
              aria-label={t('app.language')}
              size="xs"
              w="fit-content"
              value={i18n.language}
              onChange={(language) => void i18n.changeLanguage(language)}
              data={LANGUAGES.map((language) => ({ value: language, label: language.toUpperCase() }))}
            />
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            <TextInput label={t('signIn.email')} type="email" autoComplete="username" value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={fields.email} required />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fields.password}
              required
            />
            <Problem error={signIn.error} />
            <Button type="submit" loading={signIn.isPending}>
              {t('signIn.submit')}
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
