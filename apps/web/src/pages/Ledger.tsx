import { Alert, Button, Code, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { useFormat } from '../lib/hooks';

/** The auditor's home: whether the hash chain is intact, then the global log, page by page. */
export function Ledger() {
  const { t } = useTranslation();
  const format = useFormat();
  const verification = useQuery({
    queryKey: ['ledger', 'verification'],
    queryFn: () => unwrap(api.GET('/api/v1/ledger/verification')),
  });
  const events = useInfiniteQuery({
    queryKey: ['ledger', 'events'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/ledger/events', { params: { query: { limit: 50, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const report = verification.data;
  return (
    <Stack>
      <Title order={1}>{t('ledger.title')}</Title>
      <Title order={2} size="h3">
        {t('ledger.verification')}
      </Title>
      {!report ? (
        <Loader aria-label={t('app.loading')} />
      ) : (
        <Alert color={report.intact ? 'teal' : 'red'} role="status" data-testid="verification">
          {report.intact ? t('ledger.verified', { count: report.eventsChecked }) : t('ledger.broken')}
        </Alert>
      )}
      <Table striped data-testid="ledger">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ledger.position')}</Table.Th>
            <Table.Th>{t('ledger.recordedAt')}</Table.Th>
            <Table.Th>{t('ledger.type')}</Table.Th>
            <Table.Th>{t('ledger.stream')}</Table.Th>
            <Table.Th>{t('ledger.actor')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.data?.pages
            .flatMap((page) => page.items)
            .map((event) => (
              <Table.Tr key={event.eventId}>
                <Table.Td>{event.position}</Table.Td>
                <Table.Td>{format.moment(event.recordedAt)}</Table.Td>
                <Table.Td>
                  <Code>{event.type}</Code>
                </Table.Td>
                <Table.Td>
                  <Code>{event.streamId}</Code>
                </Table.Td>
                <Table.Td>
                  <Code>{event.metadata.actorId}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
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
