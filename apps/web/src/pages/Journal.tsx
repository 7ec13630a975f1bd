import { Anchor, Button, Group, Loader, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { ApiError, problemOf } from '../api/problem';
import { session } from '../api/session';
import { Problem } from '../components/Problem';
import { useFormat } from '../lib/hooks';

/** The outgoing correspondence journal of one year, paged, with the whole year as CSV. */
export function Journal() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [year, setYear] = useState(Number(format.today.slice(0, 4)));
  const journal = useInfiniteQuery({
    queryKey: ['journal', year],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/appeals/journal', { params: { query: { year, limit: 50, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  // The CSV needs the bearer token, so it is fetched and handed to the browser as a file.
  const download = useMutation({
    mutationFn: async () => {
      const response = await fetch(`/api/v1/appeals/journal.csv?year=${year}`, {
        headers: { Authorization: `Bearer ${session.accessToken ?? ''}`, 'Accept-Language': i18n.language },
      });
      if (!response.ok) throw new ApiError(problemOf(response.status, await response.json().catch(() => null)));
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = `journal-${year}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    },
  });
  const items = journal.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack>
      <Title order={1}>{t('appeals.journal')}</Title>
      <Group align="end">
        <NumberInput label={t('appeals.year')} value={year} onChange={(value) => setYear(Number(value))} min={2000} max={2100} w={140} />
        <Button variant="default" onClick={() => download.mutate()} loading={download.isPending}>
          {t('appeals.csv')}
        </Button>
      </Group>
      <Problem error={download.error} />
      {journal.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : items.length === 0 ? (
        <Text>{t('appeals.none')}</Text>
      ) : (
        <Table striped data-testid="journal">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('appeals.number')}</Table.Th>
              <Table.Th>{t('appeals.sentOn')}</Table.Th>
              <Table.Th>{t('appeals.addressee')}</Table.Th>
              <Table.Th>{t('common.what')}</Table.Th>
              <Table.Th>{t('appeals.channel')}</Table.Th>
              <Table.Th>{t('appeals.dueOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((entry) => (
              <Table.Tr key={entry.appealId}>
                <Table.Td>{entry.outgoingNumber}</Table.Td>
                <Table.Td>{format.date(entry.dispatchedOn)}</Table.Td>
                <Table.Td>{format.text(entry.addressee.name)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/appeals/${entry.appealId}`}>
                    {format.text(entry.subject)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{format.text(entry.channelTitle)}</Table.Td>
                <Table.Td>{entry.dueOn ? format.date(entry.dueOn) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {journal.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => void journal.fetchNextPage()} loading={journal.isFetchingNextPage}>
            {t('common.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
