import { Anchor, Card, Grid, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { BarChart } from '../components/BarChart';
import { StatusBadge } from '../components/StatusBadge';
import { Tally } from '../components/Tally';
import { useFormat } from '../lib/hooks';
import { useServerEvents } from '../lib/use-server-events';

type AppealItem = components['schemas']['AppealListItem'];

const STATUS_COLOURS: Record<string, string> = {
  not_dispatched: '#868e96',
  not_due: '#228be6',
  due_soon: '#f08c00',
  overdue: '#e03131',
  very_overdue: '#862e2e',
  answered_on_time: '#0ca678',
  answered_late: '#9c36b5',
  closed_unanswered: '#495057',
};

/** The secretariat's "what needs me now": late and nearly late appeals, running votes, overdue deliverables, waiting applications. */
export function Dashboard() {
  const { t } = useTranslation();
  const format = useFormat();
  const queries = useQueryClient();
  const appealsKey = ['dashboard', 'appeals', format.today];
  const appeals = useQuery({
    queryKey: appealsKey,
    queryFn: () => unwrap(api.GET('/api/v1/dashboards/appeals', { params: { query: { asOf: format.today, top: 20 } } })),
  });
  // The figures move as appeals do: the server pushes the dashboard again after each change.
  useServerEvents<components['schemas']['AppealsDashboardView']>(`/api/v1/dashboards/appeals/stream?asOf=${format.today}&top=20`, true, (dashboard) => {
    queries.setQueryData(appealsKey, dashboard);
  });
  const votes = useQuery({
    queryKey: ['resolutions', 'voting'],
    queryFn: () => unwrap(api.GET('/api/v1/resolutions', { params: { query: { status: 'voting', limit: 20 } } })),
  });
  const deliverables = useQuery({
    queryKey: ['working-groups', 'deliverables', 'overdue'],
    queryFn: () => unwrap(api.GET('/api/v1/working-groups/deliverables/overdue', { params: { query: { limit: 20 } } })),
  });
  const applications = useQuery({
    queryKey: ['members', 'applied'],
    queryFn: () => unwrap(api.GET('/api/v1/members', { params: { query: { status: 'applied', limit: 20 } } })),
  });

  const dashboard = appeals.data;
  return (
    <Stack>
      <Title order={1}>{t('dashboard.title')}</Title>
      <Text c="dimmed">{t('dashboard.asOf', { date: format.date(format.today) })}</Text>
      {!dashboard ? (
        <Loader aria-label={t('app.loading')} />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {t('dashboard.appealsByStatus')}
              </Title>
              <CountsWithChart
                chartLabel={t('dashboard.chartLabel', { date: format.date(dashboard.asOf) })}
                heading={t('common.status')}
                total={dashboard.total}
                testId="appeals-by-status"
                rows={dashboard.byStatus.map((entry) => ({
                  key: entry.status,
                  count: entry.count,
                  colour: STATUS_COLOURS[entry.status] ?? '#868e96',
                  label: <StatusBadge status={entry.status} label={format.text(entry.title)} />,
                  text: format.text(entry.title),
                }))}
              />
              <Title order={2} size="h3" my="sm">
                {t('dashboard.appealsByStage')}
              </Title>
              <CountsWithChart
                chartLabel={t('dashboard.stageChartLabel', { date: format.date(dashboard.asOf) })}
                heading={t('dashboard.stage')}
                total={dashboard.total}
                testId="appeals-by-stage"
                rows={dashboard.byStage.map((entry) => ({ key: entry.stage, count: entry.count, colour: '#1c7ed6', label: format.text(entry.title), text: format.text(entry.title) }))}
              />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack>
              <AppealList title={t('dashboard.overdue')} empty={t('dashboard.noOverdue')} appeals={byDaysOverdue(dashboard.overdue)} testId="overdue" />
              <AppealList title={t('dashboard.dueSoon')} empty={t('dashboard.noDueSoon')} appeals={dashboard.dueSoon} testId="due-soon" />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder>
            <Title order={2} size="h3" mb="sm">
              {t('dashboard.openVotes')}
            </Title>
            {votes.data?.items.length === 0 && <Text>{t('dashboard.noVotes')}</Text>}
            <Stack>
              {votes.data?.items.map((vote) => <OpenVote key={vote.id} vote={vote} />)}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {t('dashboard.overdueDeliverables')}
              </Title>
              {deliverables.data?.items.length === 0 && <Text>{t('dashboard.noOverdueDeliverables')}</Text>}
              <List spacing="xs" listStyleType="none" data-testid="overdue-deliverables">
                {deliverables.data?.items.map((deliverable) => (
                  <List.Item key={`${deliverable.workingGroupId}/${deliverable.deliverableId}`}>
                    <Anchor component={Link} to={`/working-groups/${deliverable.workingGroupId}`}>
                      {format.text(deliverable.title)}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {format.text(deliverable.workingGroupName)} · {t('dashboard.deliverableOverdue', { date: format.date(deliverable.dueDate), words: format.due(deliverable.dueDate) })}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {t('dashboard.applications')}
              </Title>
              {applications.data?.items.length === 0 && <Text>{t('dashboard.noApplications')}</Text>}
              <List spacing="xs" listStyleType="none" data-testid="applications">
                {applications.data?.items.map((member) => (
                  <List.Item key={member.id}>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/members/${member.id}`}>
                        {format.text(member.name)}
                      </Anchor>
                      <StatusBadge status={member.status} label={format.text(member.statusTitle)} />
                      <Text size="sm" c="dimmed">
                        {t('dashboard.appliedOn', { country: format.country(member.country) })}
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Most days overdue first: the one that has waited longest needs the secretariat first. */
function byDaysOverdue(appeals: readonly AppealItem[]): AppealItem[] {
  return [...appeals].sort((a, b) => (a.deadlines?.dueOn ?? '').localeCompare(b.deadlines?.dueOn ?? ''));
}

function AppealList({ title, empty, appeals, testId }: { title: string; empty: string; appeals: readonly AppealItem[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="sm">
        {title} ({appeals.length})
      </Title>
      {appeals.length === 0 && <Text>{empty}</Text>}
      <List spacing="sm" listStyleType="none" data-testid={testId}>
        {appeals.map((appeal) => {
          const dueOn = appeal.deadlines?.dueOn;
          return (
            <List.Item key={appeal.id}>
              <Stack gap={2}>
                <Group gap="xs">
                  <StatusBadge status={appeal.status} label={format.text(appeal.statusTitle)} />
                  <Anchor component={Link} to={`/appeals/${appeal.id}`}>
                    {format.text(appeal.subject)}
                  </Anchor>
                </Group>
                <Text size="sm" c="dimmed">
                  {format.text(appeal.addressee?.name)}
                  {dueOn && (
                    <>
                      {' · '}
                      {t('dashboard.dueOn', { date: format.date(dueOn) })} ({format.due(dueOn)})
                    </>
                  )}
                </Text>
              </Stack>
            </List.Item>
          );
        })}
      </List>
    </Card>
  );
}

interface CountRow {
  readonly key: string;
  readonly count: number;
  readonly colour: string;
  readonly label: ReactNode;
  readonly text: string;
}

/** A chart of counts with the same numbers in a table beside it, readable without the chart. */
function CountsWithChart({ chartLabel, heading, total, rows, testId }: { chartLabel: string; heading: string; total: number; rows: readonly CountRow[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6, lg: 12, xl: 6 }}>
        <BarChart label={chartLabel} labels={rows.map((row) => row.text)} values={rows.map((row) => row.count)} colours={rows.map((row) => row.colour)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6, lg: 12, xl: 6 }}>
        <Table data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{heading}</Table.Th>
              <Table.Th ta="right">{t('common.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td ta="right">{row.count}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th>{t('common.total')}</Table.Th>
              <Table.Th ta="right">{total}</Table.Th>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Grid.Col>
    </Grid>
  );
}

function OpenVote({ vote }: { vote: components['schemas']['ResolutionListItem'] }) {
  const format = useFormat();
  const { t } = useTranslation();
  const tally = useQuery({
    queryKey: ['tally', vote.id],
    queryFn: () => unwrap(api.GET('/api/v1/resolutions/{id}/tally', { params: { path: { id: vote.id } } })),
  });
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/resolutions/${vote.id}`} fw={600}>
        {format.text(vote.title)}
      </Anchor>
      {vote.closesAt && (
        <Text size="sm" c="dimmed">
          {t('votes.closesAt', { moment: format.moment(vote.closesAt) })}
        </Text>
      )}
      {tally.data && <Tally tally={tally.data} />}
    </Stack>
  );
}
