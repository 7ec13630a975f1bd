import { Button, Card, Grid, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, read, shape, unwrap } from '../api/client';
import { ApiError, fieldProblems } from '../api/problem';
import type { ResolutionView, TallyView } from '../api/views';
import { BallotForm } from '../components/BallotForm';
import { HistoryLink } from '../components/HistoryLink';
import { Problem } from '../components/Problem';
import { StatusBadge } from '../components/StatusBadge';
import { Tally } from '../components/Tally';
import { useAccount, useFormat } from '../lib/hooks';
import { useLiveTally } from '../lib/use-live-tally';

/** A resolution: what it is now (text, live tally), what the user may do next (ballot, opening), and its ballots. */
export function Resolution() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const [minPosition, setMinPosition] = useState<string>();
  const resolution = useQuery({
    queryKey: ['resolution', id, minPosition],
    queryFn: () => read(api.GET('/api/v1/resolutions/{id}', { params: { path: { id }, query: { minPosition } } }), shape<ResolutionView>()),
    placeholderData: (previous) => previous,
  });
  const record = resolution.data;
  const tally = useQuery({
    queryKey: ['tally', id],
    queryFn: () => read(api.GET('/api/v1/resolutions/{id}/tally', { params: { path: { id } } }), shape<TallyView>()),
    enabled: record !== undefined && record.status !== 'draft' && record.status !== 'withdrawn',
  });
  useLiveTally(id, record?.status === 'voting');

  if (!record) return resolution.error ? <Problem error={resolution.error} /> : <Loader aria-label={t('app.loading')} />;
  const roles = account?.roles ?? [];
  const ownBallot = record.ballots.find((ballot) => ballot.organizationId === account?.organizationId);
  const inElectorate = record.electorate.some((member) => member.organizationId === account?.organizationId);
  const mayVote = roles.includes('representative') && record.status === 'voting';
  const mayOpenVoting = roles.includes('secretariat') && record.status === 'draft';

  return (
    <Stack>
      <Group gap="sm">
        <StatusBadge status={record.status} label={t(`statuses.${record.status}`)} />
        <Text c="dimmed">{format.text(record.bodyTitle)}</Text>
        <HistoryLink stream={`resolution-${record.id}`} />
      </Group>
      <Title order={1}>{format.text(record.title)}</Title>
      {record.closesAt && (
        <Text>
          {t('votes.closesAt', { moment: format.moment(record.closesAt) })}
          {record.status === 'voting' && ` (${t('votes.closesIn', { words: format.dueBy(record.closesAt) })})`}
        </Text>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('common.now')}
              </Title>
              {tally.data ? (
                <>
                  <Text size="sm" c="dimmed" mb="xs">
                    {t('votes.tally')} · {record.status === 'voting' ? t('votes.live') : ''}
                  </Text>
                  <Tally tally={tally.data} />
                </>
              ) : (
                <Text>{t('votes.draftStatus')}</Text>
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('votes.text')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{format.text(record.text)}</Text>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('common.next')}
              </Title>
              {!mayVote && !mayOpenVoting && <Text>{t('common.nothing')}</Text>}
              {mayVote && (inElectorate || ownBallot) && (
                <BallotForm resolutionId={id} current={ownBallot?.choice} history={ownBallot?.history ?? []} onDone={setMinPosition} />
              )}
              {mayVote && !inElectorate && !ownBallot && <Text>{t('votes.notInElectorate')}</Text>}
              {mayOpenVoting && (
                <OpeningForm resolutionId={id} version={record.version} onDone={setMinPosition} onReload={() => void resolution.refetch()} />
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('common.history')}: {t('votes.ballots')}
              </Title>
              {record.ballots.length === 0 ? (
                <Text>{t('votes.noBallots')}</Text>
              ) : (
                <Table>
                  <Table.Tbody>
                    {record.ballots.map((ballot) => (
                      <Table.Tr key={ballot.organizationId}>
                        <Table.Td>{format.text(ballot.name) || ballot.organizationId}</Table.Td>
                        <Table.Td>{t(`votes.${ballot.choice}`)}</Table.Td>
                        <Table.Td>{format.moment(ballot.castAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function OpeningForm(props: { resolutionId: string; version: number; onDone: (position: string) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const [closesAt, setClosesAt] = useState('');
  const [url, setUrl] = useState('');
  const [countedBy, setCountedBy] = useState('');
  const open = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/resolutions/{id}/voting', {
          params: { path: { id: props.resolutionId } },
          body: { closesAt, venue: { kind: 'online', url }, countedBy: [{ ru: countedBy }], expectedVersion: props.version },
        }),
      ),
    onSuccess: (answer) => props.onDone((answer as { position: string }).position),
  });
  const fields = fieldProblems(open.error instanceof ApiError ? open.error.problem : undefined);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        open.mutate();
      }}
    >
      <Stack>
        <Title order={3} size="h4">
          {t('votes.openVoting')}
        </Title>
        <TextInput label={t('votes.closesAtField')} value={closesAt} onChange={(event) => setClosesAt(event.currentTarget.value)} error={fields.closesAt} required placeholder="2026-12-20T18:00:00+03:00" />
        <TextInput label={t('votes.venueUrl')} value={url} onChange={(event) => setUrl(event.currentTarget.value)} error={fields['venue.url']} required />
        <TextInput label={t('votes.countedBy')} value={countedBy} onChange={(event) => setCountedBy(event.currentTarget.value)} error={fields['countedBy.0.ru']} required />
        <Problem error={open.error} onReload={props.onReload} />
        <Button type="submit" loading={open.isPending}>
          {t('votes.submitOpening')}
        </Button>
      </Stack>
    </form>
  );
}
