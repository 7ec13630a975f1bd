import { Alert, Button, Card, Checkbox, Code, CopyButton, Group, PasswordInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ApiError, fieldProblems } from '../api/problem';
import type { components } from '../api/schema';
import { Problem } from '../components/Problem';
import { StatusBadge } from '../components/StatusBadge';
import { useFormat } from '../lib/hooks';
import type { Role } from '../lib/roles';
import { nextDay, startOfDayIn } from '../lib/zoned-days';

type Account = components['schemas']['AccountView'];

const ROLES: readonly Role[] = ['admin', 'secretariat', 'representative', 'committee', 'auditor'];

/** The administrator's home: the accounts with their roles, one account's acts and API tokens, and a form for a new one. */
export function Accounts() {
  const { t } = useTranslation();
  const format = useFormat();
  const [minPosition, setMinPosition] = useState<string>();
  const [selected, setSelected] = useState<string>();
  const accounts = useQuery({
    queryKey: ['accounts', minPosition],
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query: { limit: 100, minPosition } } })),
    placeholderData: (previous) => previous,
  });
  const members = useQuery({
    queryKey: ['members', 'voting'],
    queryFn: () => unwrap(api.GET('/api/v1/members', { params: { query: { status: 'admitted', limit: 500 } } })),
  });
  const memberName = (id: string | null) => (id ? format.text(members.data?.items.find((member) => member.id === id)?.name) || id : '');
  const account = accounts.data?.items.find((entry) => entry.id === selected);
  const organizations = (members.data?.items ?? []).map((member) => ({ value: member.id, label: format.text(member.name) }));
  return (
    <Stack>
      <Title order={1}>{t('accounts.title')}</Title>
      <Table striped data-testid="accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('accounts.name')}</Table.Th>
            <Table.Th>{t('accounts.email')}</Table.Th>
            <Table.Th>{t('accounts.roles')}</Table.Th>
            <Table.Th>{t('accounts.organization')}</Table.Th>
            <Table.Th>{t('accounts.status')}</Table.Th>
            <Table.Th>{t('accounts.manage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.data?.items.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{entry.name}</Table.Td>
              <Table.Td>{entry.email}</Table.Td>
              <Table.Td>{entry.roles.map((role) => t(`roles.${role}` as 'roles.admin')).join(', ')}</Table.Td>
              <Table.Td>{memberName(entry.organizationId)}</Table.Td>
              <Table.Td>
                <StatusBadge status={entry.status === 'active' ? 'admitted' : 'withdrawn'} label={entry.status === 'active' ? t('accounts.active') : t('accounts.deactivated')} />
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" onClick={() => setSelected(entry.id)} aria-label={`${t('accounts.manage')}: ${entry.email}`}>
                  {t('accounts.manage')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {account && (
        <ManagedAccount
          key={account.id}
          account={account}
          organizations={organizations}
          onDone={setMinPosition}
          onClose={() => setSelected(undefined)}
          onReload={() => void accounts.refetch()}
        />
      )}
      <NewAccount organizations={organizations} onDone={setMinPosition} />
    </Stack>
  );
}

interface Acts {
  account: Account;
  onDone: (position: string) => void;
  onReload: () => void;
}

/** One account's acts: its roles, the organization a representative acts for, deactivation, API tokens. */
function ManagedAccount(props: Acts & { organizations: { value: string; label: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="managed-account">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('accounts.manageTitle', { name: `${props.account.name} (${props.account.email})` })}
          </Title>
          <Button size="xs" variant="default" onClick={props.onClose}>
            {t('accounts.close')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('accounts.sessionsEnd')}
        </Text>
        <Roles {...props} />
        {props.account.roles.includes('representative') && <Organization {...props} />}
        <Activation {...props} />
        <ApiTokens {...props} />
      </Stack>
    </Card>
  );
}

function Roles({ account, onDone, onReload }: Acts) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<string[]>(account.roles);
  const change = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/accounts/{id}/roles', { params: { path: { id: account.id } }, body: { roles: roles as Role[], expectedVersion: account.version } })),
    onSuccess: (answer) => onDone(answer.position),
  });
  const fields = fieldProblems(change.error instanceof ApiError ? change.error.problem : undefined);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        change.mutate();
      }}
    >
      <Stack gap="xs">
        <RoleChoice value={roles} onChange={setRoles} error={fields.roles} />
        <Problem error={change.error} onReload={onReload} />
        <Button type="submit" w="fit-content" loading={change.isPending}>
          {t('accounts.saveRoles')}
        </Button>
      </Stack>
    </form>
  );
}

function Organization({ account, onDone, onReload, organizations }: Acts & { organizations: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [organizationId, setOrganizationId] = useState<string | null>(account.organizationId);
  const bind = useMutation({
    mutationFn: (target: string | null) =>
      unwrap(api.POST('/api/v1/accounts/{id}/organization', { params: { path: { id: account.id } }, body: { organizationId: target, expectedVersion: account.version } })),
    onSuccess: (answer) => onDone(answer.position),
  });
  const fields = fieldProblems(bind.error instanceof ApiError ? bind.error.problem : undefined);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        bind.mutate(organizationId);
      }}
    >
      <Stack gap="xs">
        <Select label={t('accounts.organizationField')} data={organizations} value={organizationId} onChange={setOrganizationId} searchable error={fields.organizationId} />
        <Problem error={bind.error} onReload={onReload} />
        <Group gap="xs">
          <Button type="submit" loading={bind.isPending && bind.variables !== null} disabled={!organizationId}>
            {t('accounts.bind')}
          </Button>
          {account.organizationId && (
            <Button variant="default" onClick={() => bind.mutate(null)} loading={bind.isPending && bind.variables === null}>
              {t('accounts.unbind')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function Activation({ account, onDone, onReload }: Acts) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const active = account.status === 'active';
  const act = useMutation({
    mutationFn: () =>
      active
        ? unwrap(api.POST('/api/v1/accounts/{id}/deactivation', { params: { path: { id: account.id } }, body: { reason, expectedVersion: account.version } }))
        : unwrap(api.POST('/api/v1/accounts/{id}/reactivation', { params: { path: { id: account.id } }, body: { expectedVersion: account.version } })),
    onSuccess: (answer) => onDone(answer.position),
  });
  const fields = fieldProblems(act.error instanceof ApiError ? act.error.problem : undefined);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        act.mutate();
      }}
    >
      <Stack gap="xs">
        {active && <TextInput label={t('accounts.deactivationReason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fields.reason} required />}
        <Problem error={act.error} onReload={onReload} />
        <Button type="submit" w="fit-content" color={active ? 'red' : undefined} variant={active ? 'outline' : 'filled'} loading={act.isPending}>
          {active ? t('accounts.deactivate') : t('accounts.reactivate')}
        </Button>
      </Stack>
    </form>
  );
}

/** The account's API tokens: a new token's secret is shown once, in this form's state only, never again. */
function ApiTokens({ account, onDone }: Acts) {
  const { t } = useTranslation();
  const format = useFormat();
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/accounts/{id}/api-tokens', {
          params: { path: { id: account.id } },
          // A token is valid through its last day in the Association's time zone.
          body: { name, roles: roles as Role[], ...(expiresOn && { expiresAt: startOfDayIn(nextDay(expiresOn), format.timeZone) }) },
        }),
      ),
    onSuccess: (answer) => {
      setSecret(answer.token);
      setName('');
      setRoles([]);
      setExpiresOn('');
      onDone(answer.position);
    },
  });
  const revoke = useMutation({
    mutationFn: (tokenId: string) => unwrap(api.POST('/api/v1/accounts/{id}/api-tokens/{tokenId}/revocation', { params: { path: { id: account.id, tokenId } }, body: {} })),
    onSuccess: (answer) => onDone(answer.position),
  });
  const fields = fieldProblems(issue.error instanceof ApiError ? issue.error.problem : undefined);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('tokens.title')}
      </Title>
      {secret && <IssuedToken secret={secret} />}
      {account.apiTokens.length === 0 ? (
        <Text>{t('tokens.none')}</Text>
      ) : (
        <Table data-testid="api-tokens">
          <Table.Tbody>
            {account.apiTokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>{token.name}</Table.Td>
                <Table.Td>{token.roles.map((role) => t(`roles.${role}`)).join(', ')}</Table.Td>
                <Table.Td>{token.expiresAt ? t('tokens.until', { moment: format.moment(token.expiresAt) }) : t('tokens.unlimited')}</Table.Td>
                <Table.Td>
                  <StatusBadge status={token.revoked ? 'withdrawn' : 'admitted'} label={token.revoked ? t('tokens.revoked') : t('tokens.active')} />
                </Table.Td>
                <Table.Td>
                  {!token.revoked && (
                    <Button size="xs" variant="default" color="red" onClick={() => revoke.mutate(token.id)} loading={revoke.isPending && revoke.variables === token.id}>
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Problem error={revoke.error} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          issue.mutate();
        }}
      >
        <Stack gap="xs">
          <Group grow align="flex-start">
            <TextInput label={t('tokens.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={fields.name} required />
            <TextInput type="date" label={t('tokens.expiresOn')} value={expiresOn} onChange={(event) => setExpiresOn(event.currentTarget.value)} error={fields.expiresAt} />
          </Group>
          <RoleChoice label={t('tokens.roles')} value={roles} onChange={setRoles} error={fields.roles} />
          <Problem error={issue.error} />
          <Button type="submit" w="fit-content" loading={issue.isPending}>
            {t('tokens.issue')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

function IssuedToken({ secret }: { secret: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" role="status" title={t('tokens.issued')} data-testid="issued-token">
      <Stack gap="xs">
        <Text size="sm">{t('tokens.warning')}</Text>
        <Code block data-testid="token-secret">
          {secret}
        </Code>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button size="xs" w="fit-content" color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? t('tokens.copied') : t('tokens.copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}

function RoleChoice({ label, value, onChange, error }: { label?: string; value: string[]; onChange: (roles: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group label={label ?? t('accounts.roles')} value={value} onChange={onChange} error={error}>
      <Group mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

function NewAccount({ organizations, onDone }: { organizations: { value: string; label: string }[]; onDone: (position: string) => void }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  // A representative acts for one member organization from the start.
  const representative = roles.includes('representative');
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/accounts', { body: { name, email, password, roles: roles as Role[], ...(representative && organizationId && { organizationId }) } })),
    onSuccess: (answer) => {
      onDone(answer.position);
      void queries.invalidateQueries({ queryKey: ['accounts'] });
      setName('');
      setEmail('');
      setPassword('');
      setRoles([]);
      setOrganizationId(null);
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
          <RoleChoice value={roles} onChange={setRoles} error={fields.roles} />
          {representative && (
            <Select label={t('accounts.organizationField')} data={organizations} value={organizationId} onChange={setOrganizationId} searchable error={fields.organizationId} />
          )}
          <Problem error={create.error} />
          <Button type="submit" w="fit-content" loading={create.isPending}>
            {t('accounts.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
