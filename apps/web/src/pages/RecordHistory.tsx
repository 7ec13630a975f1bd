import { Button, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { Problem } from '../components/Problem';
import { useFormat } from '../lib/hooks';

const PAGE_SIZE = 50;

/** One record's history for auditors: every event of its stream, oldest first, with who, when and what it said. */
export function RecordHistory() {
  const { t } = useTranslation();
  const format = useFormat();
  const streamId = useParams().stream ?? '';
  const events = useInfiniteQuery({
    queryKey: ['ledger', 'stream', streamId],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/ledger/streams/{streamId}', { params: { path: { streamId }, query: { limit: PAGE_SIZE, fromVersion: pageParam } } })),
    getNextPageParam: (page) => (page.nextCursor === null ? undefined : Number(page.nextCursor)),
  });
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Title order={1}>{t('history.title')}</Title>
      <Text>
        {t('history.stream')}: <Code>{streamId}</Code>
      </Text>
      {events.error && <Problem error={events.error} />}
      {events.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : items.length === 0 && !events.error ? (
        <Text>{t('history.empty')}</Text>
      ) : (
        <Table striped data-testid="history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.version')}</Table.Th>
              <Table.Th>{t('ledger.recordedAt')}</Table.Th>
              <Table.Th>{t('ledger.type')}</Table.Th>
              <Table.Th>{t('ledger.actor')}</Table.Th>
              <Table.Th>{t('history.data')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((event) => (
              <Table.Tr key={event.eventId}>
                <Table.Td>{event.version}</Table.Td>
                <Table.Td>{format.moment(event.recordedAt)}</Table.Td>
                <Table.Td>
                  <Code>{event.type}</Code>
                </Table.Td>
                <Table.Td>
                  <Code>{event.metadata.actorId}</Code>
                  {event.metadata.onBehalfOf && (
                    <Text size="sm">
                      {t('history.onBehalfOf')}: <Code>{event.metadata.onBehalfOf}</Code>
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Code block>{JSON.stringify(event.data, null, 2)}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {events.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
            {t('common.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
