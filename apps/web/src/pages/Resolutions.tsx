import { Anchor, Button, Card, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { PagedTable } from '../components/PagedList';
import { StatusBadge } from '../components/StatusBadge';
import { useAccount, useFormat } from '../lib/hooks';
import { DecisionsTable } from './Decisions';

type Status = components['schemas']['ResolutionListItem']['status'];
/** How far back the committee's home looks for recent decisions. */
const RECENT_DAYS = 90;

/** Resolutions by status, paged with the API's cursor; open votes first, since they need people now. */
export function Resolutions() {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const [status, setStatus] = useState<Status>('voting');
  const list = useInfiniteQuery({
    queryKey: ['resolutions', status, 'pages'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/resolutions', { params: { query: { status, limit: 25, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('votes.title')}</Title>
        {account?.roles.includes('secretariat') && (
          <Button component={Link} to="/resolutions/new">
            {t('drafting.title')}
          </Button>
        )}
      </Group>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(value) => setStatus(value as Status)}
        data={[
          { value: 'voting', label: t('votes.open') },
          { value: 'draft', label: t('votes.drafts') },
          { value: 'closed', label: t('votes.closed') },
        ]}
      />
      <PagedTable
        list={list}
        empty={t('votes.none')}
        testId="resolutions"
        head={
          <>
            <Table.Th>{t('common.what')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('common.when')}</Table.Th>
          </>
        }
        row={(resolution) => (
          <Table.Tr key={resolution.id}>
            <Table.Td>
              <Anchor component={Link} to={`/resolutions/${resolution.id}`}>
                {format.text(resolution.title)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {format.text(resolution.bodyTitle)}
              </Text>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={resolution.status} label={t(`statuses.${resolution.status}`)} />
            </Table.Td>
            <Table.Td>{resolution.closesAt ? t('votes.closesAt', { moment: format.moment(resolution.closesAt) }) : ''}</Table.Td>
          </Table.Tr>
        )}
      />
      <RecentDecisions />
    </Stack>
  );
}

/** The decisions of the last months with what became of their motions, and the way to the whole register. */
function RecentDecisions() {
  const { t } = useTranslation();
  const format = useFormat();
  const closedFrom = new Date(Date.parse(`${format.today}T00:00:00Z`) - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
  const decisions = useQuery({
    queryKey: ['decisions', 'recent', closedFrom],
    queryFn: () => unwrap(api.GET('/api/v1/resolutions/decisions', { params: { query: { closedFrom, limit: 10 } } })),
  });
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3">
          {t('decisions.recent', { days: RECENT_DAYS })}
        </Title>
        <Anchor component={Link} to="/resolutions/decisions">
          {t('decisions.register')}
        </Anchor>
      </Group>
      {decisions.data ? <DecisionsTable decisions={decisions.data.items} /> : <Loader aria-label={t('app.loading')} />}
    </Card>
  );
}
