import { Anchor, Card, MultiSelect, Select, Stack, Table, Textarea, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { ActForm } from '../components/ActForm';
import { decisionBody, DecisionFields, useDecisionInput } from '../components/DecisionFields';
import { FiltersBeside, PagedTable } from '../components/PagedList';
import { StatusBadge } from '../components/StatusBadge';
import { useAccount, useFormat } from '../lib/hooks';
import { useMemberOptions } from '../lib/use-member-options';

const GROUP_STATUSES = ['active', 'dissolved'] as const;

/** The working groups with their members and open and overdue deliverables, paged by the API's cursor. */
export function WorkingGroups() {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const [status, setStatus] = useState<(typeof GROUP_STATUSES)[number] | null>('active');
  const [q, setQ] = useState('');
  const list = useInfiniteQuery({
    queryKey: ['working-groups', status, q],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/working-groups', { params: { query: { status: status ?? undefined, q: q.trim() || undefined, limit: 25, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return (
    <Stack>
      <Title order={1}>{t('workingGroups.title')}</Title>
      <FiltersBeside
        filters={
          <>
            <TextInput label={t('workingGroups.search')} value={q} onChange={(event) => setQ(event.currentTarget.value)} />
            <Select
              label={t('common.status')}
              placeholder={t('workingGroups.anyStatus')}
              clearable
              value={status}
              onChange={(value) => setStatus(value as typeof status)}
              data={GROUP_STATUSES.map((value) => ({ value, label: t(`workingGroups.${value}`) }))}
            />
          </>
        }
      >
        <PagedTable
          list={list}
          empty={t('workingGroups.none')}
          testId="working-groups"
          head={
            <>
              <Table.Th>{t('workingGroups.name')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th ta="right">{t('workingGroups.memberCount')}</Table.Th>
              <Table.Th ta="right">{t('workingGroups.openDeliverables')}</Table.Th>
              <Table.Th ta="right">{t('workingGroups.overdueDeliverables')}</Table.Th>
              <Table.Th>{t('workingGroups.establishedOn')}</Table.Th>
            </>
          }
          row={(group) => (
            <Table.Tr key={group.id}>
              <Table.Td>
                <Anchor component={Link} to={`/working-groups/${group.id}`}>
                  {format.text(group.name)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={group.status} label={t(`workingGroups.${group.status}`)} />
              </Table.Td>
              <Table.Td ta="right">{group.memberCount}</Table.Td>
              <Table.Td ta="right">{group.openDeliverables}</Table.Td>
              <Table.Td ta="right" fw={group.overdueDeliverables > 0 ? 700 : undefined} c={group.overdueDeliverables > 0 ? 'red.9' : undefined}>
                {group.overdueDeliverables}
              </Table.Td>
              <Table.Td>{format.date(group.establishedOn)}</Table.Td>
            </Table.Tr>
          )}
        />
      </FiltersBeside>
      {account?.roles.includes('secretariat') && <Establish />}
    </Stack>
  );
}

/** The secretariat records the establishment of a group by the decision that made it. */
function Establish() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useMemberOptions();
  const [nameRu, setNameRu] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [mandate, setMandate] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [chair, setChair] = useState<string | null>(null);
  const [decision, setDecision] = useDecisionInput();
  let created = '';
  return (
    <Card withBorder maw={720}>
      <Title order={2} size="h3" mb="sm">
        {t('workingGroups.establish')}
      </Title>
      <ActForm
        label={t('workingGroups.submitEstablish')}
        submit={async () => {
          const answer = await unwrap(
            api.POST('/api/v1/working-groups', {
              body: {
                name: { ru: nameRu, en: nameEn },
                mandate: { ru: mandate },
                chairOrganizationId: chair ?? '',
                memberOrganizationIds: members,
                decision: decisionBody(decision),
              },
            }),
          );
          created = answer.id;
          return answer;
        }}
        onDone={(position) => void navigate(`/working-groups/${created}?minPosition=${position}`)}
      >
        {(fields) => (
          <>
            <TextInput label={t('workingGroups.nameRu')} value={nameRu} onChange={(event) => setNameRu(event.currentTarget.value)} error={fields['name.ru']} />
            <TextInput label={t('workingGroups.nameEn')} value={nameEn} onChange={(event) => setNameEn(event.currentTarget.value)} error={fields['name.en']} />
            <Textarea label={t('workingGroups.mandate')} autosize minRows={2} value={mandate} onChange={(event) => setMandate(event.currentTarget.value)} error={fields['mandate.ru']} />
            <MultiSelect label={t('workingGroups.members')} searchable value={members} onChange={setMembers} data={options} error={fields.memberOrganizationIds} />
            <Select
              label={t('workingGroups.chair')}
              value={chair}
              onChange={setChair}
              data={options.filter((option) => members.includes(option.value))}
              error={fields.chairOrganizationId}
            />
            <DecisionFields value={decision} onChange={setDecision} motion="establish_working_group" fields={fields} />
          </>
        )}
      </ActForm>
    </Card>
  );
}
