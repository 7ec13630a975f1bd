import { Button, Card, Checkbox, Group, PasswordInput, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, read, shape, unwrap } from '../api/client';
import { ApiError, fieldProblems } from '../api/problem';
import type { AccountView, Page } from '../api/views';
import { Problem } from '../components/Problem';
import { StatusBadge } from '../components/StatusBadge';
import type { Role } from '../lib/roles';

const ROLES: readonly Role[] = ['admin', 'secretariat', 'representative', 'committee', 'auditor'];

/** The administrator's home: the accounts with their roles, and a form for a new one. */
export function Accounts() {
  const { t } = useTranslation();
  const [minPosition, setMinPosition] = useState<string>();
  const accounts = useQuery({
    queryKey: ['accounts', minPosition],
    queryFn: () => read(api.GET('/api/v1/accounts', { params: { query: { limit: 100, minPosition } } }), shape<Page<AccountView>>()),
    placeholderData: (previous) => previous,
  });
  return (
    <Stack>
      <Title order={1}>{t('accounts.title')}</Title>
      <Table striped data-testid="accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('accounts.name')}</Table.Th>
            <Table.Th>{t('accounts.email')}</Table.Th>
            <Table.Th>{t('accounts.roles')}</Table.Th>
            <Table.Th>{t('accounts.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.data?.items.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>{account.name}</Table.Td>
              <Table.Td>{account.email}</Table.Td>
              <Table.Td>{account.roles.map((role) => t(`roles.${role}` as 'roles.admin')).join(', ')}</Table.Td>
              <Table.Td>
                <StatusBadge status={account.status === 'active' ? 'admitted' : 'withdrawn'} label={account.status === 'active' ? t('accounts.active') : t('accounts.deactivated')} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <NewAccount onDone={setMinPosition} />
    </Stack>
  );
}

function NewAccount({ onDone }: { onDone: (position: string) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/accounts', { body: { name, email, password, roles: roles as Role[] } })),
    onSuccess: (answer) => {
      onDone((answer as { position: string }).position);
      void queries.invalidateQueries({ queryKey: ['accounts'] });
      setName('');
      setEmail('');
      setPassword('');
      setRoles([]);
    },
  });
  const fields = fieldProblems(create.error instanceof ApiError ? create.error.problem : undefined);
  return (
    <Card withBorder maw={560}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <Title order={2} size="h3">
            {t('accounts.create')}
          </Title>
          <TextInput label={t('accounts.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={fields.name} />
          <TextInput label={t('accounts.email')} value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={fields.email} />
          <PasswordInput label={t('accounts.password')} value={password} onChange={(event) => setPassword(event.currentTarget.value)} error={fields.password} />
          <Checkbox.Group label={t('accounts.roles')} value={roles} onChange={setRoles} error={fields.roles}>
            <Group mt="xs">
              {ROLES.map((role) => (
                <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Problem error={create.error} />
          <Button type="submit" w="fit-content" loading={create.isPending}>
            {t('accounts.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
