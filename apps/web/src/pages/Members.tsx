import { Anchor, Card, Group, Select, SimpleGrid, Stack, Table, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { ActForm } from '../components/ActForm';
import { BarChart } from '../components/BarChart';
import { FiltersBeside, PagedTable } from '../components/PagedList';
import { StatusBadge } from '../components/StatusBadge';
import { useAccount, useFormat } from '../lib/hooks';
import { countsBy, identifierKeys, MEMBER_CATEGORIES, MEMBER_STATUSES, type MemberCategory, type MemberStatus } from '../lib/members';

const CHART_COLOUR = '#228be6';

/** The member register: filters and search on the left, the organizations paged by the API's cursor, the counts as charts with their numbers. */
export function Members() {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const [q, setQ] = useState('');
  const [identifier, setIdentifier] = useState('');
  const [status, setStatus] = useState<MemberStatus | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const [category, setCategory] = useState<MemberCategory | null>(null);
  const statistics = useQuery({ queryKey: ['members', 'statistics'], queryFn: () => unwrap(api.GET('/api/v1/members/statistics')) });
  const list = useInfiniteQuery({
    queryKey: ['members', q, identifier, status, country, category],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/members', {
          params: {
            query: {
              q: q.trim() || undefined,
              identifier: identifier.trim() || undefined,
              status: status ?? undefined,
              country: country ?? undefined,
              category: category ?? undefined,
              limit: 25,
              cursor: pageParam,
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const counts = statistics.data?.counts ?? [];
  const countries = countsBy(counts, 'country').map((entry) => entry.value);
  return (
    <Stack>
      <Title order={1}>{t('members.title')}</Title>
      <FiltersBeside
        filters={
          <>
            <TextInput label={t('members.search')} value={q} onChange={(event) => setQ(event.currentTarget.value)} />
            <TextInput label={t('members.identifier')} value={identifier} onChange={(event) => setIdentifier(event.currentTarget.value)} />
            <Select
              label={t('common.status')}
              placeholder={t('members.anyStatus')}
              clearable
              value={status}
              onChange={(value) => setStatus(value as MemberStatus | null)}
              data={MEMBER_STATUSES.map((value) => ({ value, label: t(`memberStatuses.${value}`) }))}
            />
            <Select
              label={t('members.country')}
              placeholder={t('members.anyCountry')}
              clearable
              value={country}
              onChange={setCountry}
              data={countries}
            />
            <Select
              label={t('members.category')}
              placeholder={t('members.anyCategory')}
              clearable
              value={category}
              onChange={(value) => setCategory(value as MemberCategory | null)}
              data={MEMBER_CATEGORIES.map((value) => ({ value, label: t(`memberCategories.${value}`) }))}
            />
          </>
        }
      >
        <PagedTable
          list={list}
          empty={t('members.none')}
          testId="members"
          head={
            <>
              <Table.Th>{t('members.name')}</Table.Th>
              <Table.Th>{t('members.country')}</Table.Th>
              <Table.Th>{t('members.category')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('members.admittedOn')}</Table.Th>
            </>
          }
          row={(member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Anchor component={Link} to={`/members/${member.id}`}>
                  {format.text(member.name)}
                </Anchor>
              </Table.Td>
              <Table.Td>{member.country}</Table.Td>
              <Table.Td>{t(`memberCategories.${member.category}`)}</Table.Td>
              <Table.Td>
                <StatusBadge status={member.status} label={format.text(member.statusTitle)} />
              </Table.Td>
              <Table.Td>{member.admittedOn ? format.date(member.admittedOn) : ''}</Table.Td>
            </Table.Tr>
          )}
        />
      </FiltersBeside>
      {statistics.data && (
        <Card withBorder>
          <Title order={2} size="h3" mb="sm">
            {t('members.counts', { total: statistics.data.total })}
          </Title>
          <SimpleGrid cols={{ base: 1, lg: 3 }}>
            <Counts title={t('members.byCountry')} testId="by-country" entries={countsBy(counts, 'country').map((entry) => ({ label: entry.value, count: entry.count }))} />
            <Counts
              title={t('members.byCategory')}
              testId="by-category"
              entries={countsBy(counts, 'category').map((entry) => ({ label: t(`memberCategories.${entry.value}`), count: entry.count }))}
            />
            <Counts
              title={t('members.byStatus')}
              testId="by-status"
              entries={countsBy(counts, 'status').map((entry) => ({ label: t(`memberStatuses.${entry.value}`), count: entry.count }))}
            />
          </SimpleGrid>
        </Card>
      )}
      {account?.roles.includes('secretariat') && <Apply />}
    </Stack>
  );
}

/** One breakdown of the register as a chart, with the same numbers as a table beside it. */
function Counts({ title, entries, testId }: { title: string; entries: { label: string; count: number }[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {title}
      </Title>
      <BarChart
        label={t('members.chartLabel', { title })}
        labels={entries.map((entry) => entry.label)}
        values={entries.map((entry) => entry.count)}
        colours={entries.map(() => CHART_COLOUR)}
      />
      <Table data-testid={testId}>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.label}>
              <Table.Td>{entry.label}</Table.Td>
              <Table.Td ta="right">{entry.count}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The secretariat records an application; the identifier's parts follow the country, as the API checks them. */
function Apply() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [nameRu, setNameRu] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [country, setCountry] = useState('');
  const [legalForm, setLegalForm] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [identifier, setIdentifier] = useState<Record<string, string>>({});
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [representative, setRepresentative] = useState('');
  const [position, setPosition] = useState('');
  const [representativeEmail, setRepresentativeEmail] = useState('');
  const keys = identifierKeys(country);
  let created = '';
  return (
    <Card withBorder maw={720}>
      <Title order={2} size="h3" mb="sm">
        {t('members.apply')}
      </Title>
      <ActForm
        label={t('members.submitApplication')}
        submit={async () => {
          const answer = await unwrap(
            api.POST('/api/v1/members', {
              body: {
                name: { ru: nameRu, en: nameEn || null },
                country: country.trim().toUpperCase(),
                legalForm: { ru: legalForm },
                category: (category ?? '') as MemberCategory,
                nationalIdentifier: { values: Object.fromEntries(keys.map((key) => [key, identifier[key] ?? ''])) },
                contacts: { email, phone: phone || null },
                representatives: [{ name: { ru: representative }, position: { ru: position }, email: representativeEmail }],
              },
            }),
          );
          created = answer.id;
          return answer;
        }}
        onDone={(position) => void navigate(`/members/${created}?minPosition=${position}`)}
      >
        {(fields) => (
          <>
            <TextInput label={t('members.nameRu')} value={nameRu} onChange={(event) => setNameRu(event.currentTarget.value)} error={fields['name.ru']} />
            <TextInput label={t('members.nameEn')} value={nameEn} onChange={(event) => setNameEn(event.currentTarget.value)} error={fields['name.en']} />
            <Group grow align="flex-start">
              <TextInput label={t('members.countryCode')} value={country} onChange={(event) => setCountry(event.currentTarget.value)} error={fields.country} />
              <Select
                label={t('members.category')}
                value={category}
                onChange={setCategory}
                error={fields.category}
                data={MEMBER_CATEGORIES.map((value) => ({ value, label: t(`memberCategories.${value}`) }))}
              />
            </Group>
            <TextInput label={t('members.legalForm')} value={legalForm} onChange={(event) => setLegalForm(event.currentTarget.value)} error={fields['legalForm.ru']} />
            {keys.map((key) => (
              <TextInput
                key={key}
                label={t(`identifierParts.${key}`)}
                value={identifier[key] ?? ''}
                onChange={(event) => setIdentifier({ ...identifier, [key]: event.currentTarget.value })}
                error={fields[`nationalIdentifier.values.${key}`] ?? fields.nationalIdentifier}
              />
            ))}
            <Group grow align="flex-start">
              <TextInput label={t('members.email')} value={email} onChange={(event) => setEmail(event.currentTarget.value)} error={fields['contacts.email']} />
              <TextInput label={t('members.phone')} value={phone} onChange={(event) => setPhone(event.currentTarget.value)} error={fields['contacts.phone']} />
            </Group>
            <TextInput
              label={t('members.representative')}
              value={representative}
              onChange={(event) => setRepresentative(event.currentTarget.value)}
              error={fields['representatives[0].name.ru'] ?? fields.representatives}
            />
            <Group grow align="flex-start">
              <TextInput label={t('members.position')} value={position} onChange={(event) => setPosition(event.currentTarget.value)} error={fields['representatives[0].position.ru']} />
              <TextInput
                label={t('members.representativeEmail')}
                value={representativeEmail}
                onChange={(event) => setRepresentativeEmail(event.currentTarget.value)}
                error={fields['representatives[0].email']}
              />
            </Group>
          </>
        )}
      </ActForm>
    </Card>
  );
}
