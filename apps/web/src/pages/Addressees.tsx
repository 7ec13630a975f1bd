import { Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ActForm } from '../components/ActForm';
import { HistoryLink } from '../components/HistoryLink';
import { FiltersBeside, PagedTable } from '../components/PagedList';
import { StatusBadge } from '../components/StatusBadge';
import { usePolicies } from '../lib/addressees';
import { useAccount, useFormat } from '../lib/hooks';

type Addressee = components['schemas']['AddresseeListItem'];
type Kind = Addressee['kind'];
type PolicyId = NonNullable<components['schemas']['AddresseeRegistrationBody']['policyId']>;

const KINDS: readonly Kind[] = ['ministry', 'agency', 'parliament', 'interstate_body', 'ngo'];

/** The register of addressees: the bodies the Association writes to and the law their answers are due under; the secretariat keeps it. */
export function Addressees() {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const queries = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const minPosition = search.get('minPosition') ?? undefined;
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<Kind | null>(null);
  const [editing, setEditing] = useState<Addressee | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['addressees', 'pages', q, kind, minPosition],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/addressees', { params: { query: { q: q || undefined, kind: kind ?? undefined, limit: 25, cursor: pageParam, minPosition } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const mayEdit = account?.roles.some((role) => role === 'secretariat' || role === 'admin') ?? false;
  const done = (position: string) => {
    setEditing(null);
    void queries.invalidateQueries({ queryKey: ['addressees'] });
    setSearch({ minPosition: position }, { replace: true });
  };
  return (
    <Stack>
      <Title order={1}>{t('addressees.title')}</Title>
      <FiltersBeside
        filters={
          <>
            <TextInput label={t('addressees.search')} value={q} onChange={(event) => setQ(event.currentTarget.value)} />
            <Select
              label={t('addressees.kind')}
              placeholder={t('addressees.anyKind')}
              clearable
              value={kind}
              onChange={(value) => setKind(value as Kind | null)}
              data={KINDS.map((value) => ({ value, label: t(`addressees.${value}`) }))}
            />
          </>
        }
      >
        <PagedTable
          list={list}
          empty={t('addressees.none')}
          testId="addressees"
          head={
            <>
              <Table.Th>{t('addressees.name')}</Table.Th>
              <Table.Th>{t('addressees.country')}</Table.Th>
              <Table.Th>{t('addressees.kind')}</Table.Th>
              <Table.Th>{t('addressees.policy')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </>
          }
          row={(addressee) => (
            <Table.Tr key={addressee.id}>
              <Table.Td>
                <Text>{format.text(addressee.name)}</Text>
                <Group gap="xs">
                  {mayEdit && !addressee.retired && (
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(addressee)} aria-label={`${t('addressees.edit')}: ${format.text(addressee.name)}`}>
                      {t('addressees.edit')}
                    </Button>
                  )}
                  <HistoryLink stream={`addressee-${addressee.id}`} />
                </Group>
              </Table.Td>
              <Table.Td>{addressee.country}</Table.Td>
              <Table.Td>{t(`addressees.${addressee.kind}`)}</Table.Td>
              <Table.Td>{addressee.policyId}</Table.Td>
              <Table.Td>
                <StatusBadge status={addressee.retired ? 'withdrawn' : 'admitted'} label={addressee.retired ? t('addressees.retired') : t('addressees.active')} />
              </Table.Td>
            </Table.Tr>
          )}
        />
      </FiltersBeside>
      {mayEdit && editing && <EditAddressee key={editing.id} addressee={editing} onDone={done} />}
      {mayEdit && <RegisterAddressee onDone={done} />}
    </Stack>
  );
}

/** The fields of an addressee, shared by registration and revision. */
function AddresseeFields(props: {
  fields: Record<string, string>;
  value: { nameRu: string; nameEn: string; country: string; kind: Kind | null; policyId: PolicyId | null };
  onChange: (value: Partial<{ nameRu: string; nameEn: string; country: string; kind: Kind | null; policyId: PolicyId | null }>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const policies = usePolicies();
  const { fields, value, onChange } = props;
  return (
    <>
      <TextInput label={t('addressees.nameRu')} value={value.nameRu} onChange={(event) => onChange({ nameRu: event.currentTarget.value })} error={fields['name.ru']} />
      <TextInput label={t('addressees.nameEn')} value={value.nameEn} onChange={(event) => onChange({ nameEn: event.currentTarget.value })} error={fields['name.en']} />
      <TextInput label={t('addressees.countryField')} value={value.country} onChange={(event) => onChange({ country: event.currentTarget.value })} error={fields.country} />
      <Select
        label={t('addressees.kind')}
        value={value.kind}
        onChange={(kind) => onChange({ kind: kind as Kind | null })}
        data={KINDS.map((kind) => ({ value: kind, label: t(`addressees.${kind}`) }))}
        error={fields.kind}
      />
      <Select
        label={t('addressees.policy')}
        placeholder={t('addressees.defaultPolicy')}
        clearable
        value={value.policyId}
        onChange={(policyId) => onChange({ policyId: policyId as PolicyId | null })}
        data={[...policies.values()].map((policy) => ({ value: policy.id, label: `${policy.id}: ${format.text(policy.title)}` }))}
        error={fields.policyId}
      />
    </>
  );
}

function RegisterAddressee({ onDone }: { onDone: (position: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState({ nameRu: '', nameEn: '', country: '', kind: null as Kind | null, policyId: null as PolicyId | null });
  const submit = () =>
    unwrap(
      api.POST('/api/v1/addressees', {
        body: {
          name: { ru: value.nameRu, en: value.nameEn.trim() || null },
          country: value.country.trim(),
          // A kind left unchosen goes as it is, so that the API names the field.
          kind: value.kind as Kind,
          ...(value.policyId && { policyId: value.policyId }),
        },
      }),
    );
  return (
    <Card withBorder maw={720}>
      <Title order={2} size="h3" mb="xs">
        {t('addressees.register')}
      </Title>
      <ActForm label={t('addressees.submitRegister')} submit={submit} onDone={onDone}>
        {(fields) => <AddresseeFields fields={fields} value={value} onChange={(change) => setValue((current) => ({ ...current, ...change }))} />}
      </ActForm>
    </Card>
  );
}

function EditAddressee({ addressee, onDone }: { addressee: Addressee; onDone: (position: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [value, setValue] = useState({
    nameRu: addressee.name.ru,
    nameEn: addressee.name.en ?? '',
    country: addressee.country,
    kind: addressee.kind as Kind | null,
    policyId: addressee.policyId as PolicyId | null,
  });
  const [reason, setReason] = useState('');
  const path = { path: { id: addressee.id } };
  const revise = () =>
    unwrap(
      api.POST('/api/v1/addressees/{id}/revision', {
        params: path,
        body: {
          name: { ru: value.nameRu, en: value.nameEn.trim() || null },
          country: value.country.trim(),
          ...(value.kind && { kind: value.kind }),
          ...(value.policyId && { policyId: value.policyId }),
          expectedVersion: addressee.version,
        },
      }),
    );
  const retire = () =>
    unwrap(api.POST('/api/v1/addressees/{id}/retirement', { params: path, body: { reason: reason.trim() ? { ru: reason } : null, expectedVersion: addressee.version } }));
  return (
    <Card withBorder maw={720} data-testid="addressee-edit">
      <Title order={2} size="h3" mb="xs">
        {t('addressees.editTitle', { name: format.text(addressee.name) })}
      </Title>
      <Stack gap="xl">
        <ActForm label={t('addressees.submitRevision')} submit={revise} onDone={onDone}>
          {(fields) => <AddresseeFields fields={fields} value={value} onChange={(change) => setValue((current) => ({ ...current, ...change }))} />}
        </ActForm>
        <ActForm label={t('addressees.retire')} color="red" submit={retire} onDone={onDone}>
          {(fields) => <TextInput label={t('addressees.retirementReason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fields['reason.ru']} />}
        </ActForm>
      </Stack>
    </Card>
  );
}
