import { Button, Grid, Loader, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a paged list needs of its query: the pages read so far and how to read the next. */
export interface PagedQuery<Item> {
  readonly data?: { readonly pages: readonly { readonly items: readonly Item[] }[] };
  readonly isPending: boolean;
  readonly hasNextPage: boolean;
  readonly isFetchingNextPage: boolean;
  fetchNextPage(): Promise<unknown>;
}

/** The items of every page read so far. */
export const itemsOf = <Item,>(list: PagedQuery<Item>): readonly Item[] => list.data?.pages.flatMap((page) => page.items) ?? [];

/** A register's body: its filters on the left, what they find on the right. */
export function FiltersBeside({ filters, children }: { filters: ReactNode; children: ReactNode }) {
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Stack>{filters}</Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>{children}</Grid.Col>
    </Grid>
  );
}

/** The button that reads the next page, while there is one. */
export function MoreButton<Item>({ list }: { list: PagedQuery<Item> }) {
  const { t } = useTranslation();
  if (!list.hasNextPage) return null;
  return (
    <Button mt="sm" variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
      {t('common.more')}
    </Button>
  );
}

/** A paged list as a table: a loader until the first page, the empty text, one row per item and the next page's button. */
export function PagedTable<Item>({ list, empty, testId, head, row }: { list: PagedQuery<Item>; empty: string; testId: string; head: ReactNode; row: (item: Item) => ReactNode }) {
  const { t } = useTranslation();
  const items = itemsOf(list);
  return (
    <>
      {list.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : items.length === 0 ? (
        <Text>{empty}</Text>
      ) : (
        <Table striped data-testid={testId}>
          <Table.Thead>
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{items.map(row)}</Table.Tbody>
        </Table>
      )}
      <MoreButton list={list} />
    </>
  );
}
