import { Anchor, Button, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, read, shape } from '../api/client';
import type { Page, ResolutionItemView } from '../api/views';
import { StatusBadge } from '../components/StatusBadge';
import { useFormat } from '../lib/hooks';

type Status = ResolutionItemView['status'];

/** Resolutions by status, paged with the API's cursor; open votes first, since they need people now. */
export function Resolutions() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<Status>('voting');
  const list = useInfiniteQuery({
    queryKey: ['resolutions', status, 'pages'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      read(api.GET('/api/v1/resolutions', { params: { query: { status, limit: 25, cursor: pageParam } } }), shape<Page<ResolutionItemView>>()),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Title order={1}>{t('votes.title')}</Title>
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
      {list.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('votes.none')}</Text>
      ) : (
        <Table striped data-testid="resolutions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.what')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('common.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((resolution) => (
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
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('common.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
