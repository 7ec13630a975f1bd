import { Alert, Anchor, Badge, Button, Card, Grid, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { BallotForm } from '../components/BallotForm';
import { PowersOfAttorney } from '../components/PowersOfAttorney';
import { StatusBadge } from '../components/StatusBadge';
import { useAccount, useFormat } from '../lib/hooks';
import { proxyBallots } from '../lib/powers';
import { useOpenVotes } from '../lib/use-open-votes';

type ResolutionView = components['schemas']['ResolutionView'];

/**
 * The representative's home: the votes its organization can still cast, then those it may cast for
 * others under a power of attorney, its powers, its card and how it voted.
 */
export function Representative() {
  const { t } = useTranslation();
  const organizationId = useAccount()?.organizationId;
  return (
    <Stack>
      <Title order={1}>{t('votes.representativeTitle')}</Title>
      {!organizationId ? (
        <Alert color="orange" role="alert">
          {t('representative.unbound')}
        </Alert>
      ) : (
        <>
          <OpenVotes organizationId={organizationId} />
          <Grid>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <OrganizationCard organizationId={organizationId} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <PowersOfAttorney organizationId={organizationId} />
            </Grid.Col>
          </Grid>
          <VotingRecord organizationId={organizationId} />
        </>
      )}
    </Stack>
  );
}

function OpenVotes({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { votes, pending } = useOpenVotes();
  const powers = useQuery({
    queryKey: ['powers-of-attorney', organizationId, 'active'],
    queryFn: () => unwrap(api.GET('/api/v1/powers-of-attorney', { params: { query: { organizationId, active: 'true', limit: 100 } } })),
  });
  const own = votes.filter((vote) => vote.electorate.some((member) => member.organizationId === organizationId));
  const forOthers = proxyBallots(organizationId, powers.data?.items ?? [], votes, new Date()).flatMap((ballot) => {
    const vote = votes.find((candidate) => candidate.id === ballot.resolutionId)!;
    const principal = vote.electorate.find((member) => member.organizationId === ballot.principalOrganizationId);
    return principal ? [{ ...ballot, vote, principalName: principal.name }] : [];
  });
  if (pending) return <Loader aria-label={t('app.loading')} />;
  return (
    <>
      <Title order={2} size="h3">
        {t('representative.openVotes')}
      </Title>
      {own.length === 0 && <Text>{t('representative.noOpenVotes')}</Text>}
      <Grid data-testid="open-votes">
        {own.map((vote) => (
          <Grid.Col key={vote.id} span={{ base: 12, md: 6 }}>
            <VoteCard vote={vote} organizationId={organizationId} />
          </Grid.Col>
        ))}
      </Grid>
      <Title order={2} size="h3">
        {t('representative.proxyVotes')}
      </Title>
      {forOthers.length === 0 && <Text>{t('representative.noProxyVotes')}</Text>}
      <Grid data-testid="proxy-votes">
        {forOthers.map((ballot) => (
          <Grid.Col key={`${ballot.resolutionId}:${ballot.principalOrganizationId}`} span={{ base: 12, md: 6 }}>
            <VoteCard
              vote={ballot.vote}
              organizationId={ballot.principalOrganizationId}
              proxy={{ organizationId: ballot.principalOrganizationId, powerOfAttorneyId: ballot.powerOfAttorneyId, name: ballot.principalName }}
            />
          </Grid.Col>
        ))}
      </Grid>
    </>
  );
}

/** One open vote with the ballot of `organizationId`: the representative's own, or a principal's under a power. */
function VoteCard(props: { vote: ResolutionView; organizationId: string; proxy?: { organizationId: string; powerOfAttorneyId: string; name: ResolutionView['electorate'][number]['name'] } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queries = useQueryClient();
  const [minPosition, setMinPosition] = useState<string>();
  // After its own ballot the card reads the vote at that position, so it shows the ballot at once.
  const fresh = useQuery({
    queryKey: ['resolution', props.vote.id, minPosition],
    queryFn: () => unwrap(api.GET('/api/v1/resolutions/{id}', { params: { path: { id: props.vote.id }, query: { minPosition } } })),
    enabled: minPosition !== undefined,
  });
  const vote = fresh.data ?? props.vote;
  const ballot = vote.ballots.find((entry) => entry.organizationId === props.organizationId);
  const done = (position: string) => {
    setMinPosition(position);
    void queries.invalidateQueries({ queryKey: ['voting-record'] });
  };
  return (
    <Card withBorder h="100%">
      <Stack gap="xs">
        <Anchor component={Link} to={`/resolutions/${vote.id}`} fw={600}>
          {format.text(vote.title)}
        </Anchor>
        <Text size="sm" c="dimmed">
          {format.text(vote.bodyTitle)}
        </Text>
        {vote.closesAt && (
          <Text size="sm" data-testid="closes-at">
            {t('votes.closesAt', { moment: format.moment(vote.closesAt) })} ({t('votes.closesIn', { words: format.dueBy(vote.closesAt) })})
          </Text>
        )}
        <BallotForm
          key={ballot?.eventId}
          resolutionId={vote.id}
          current={ballot?.choice}
          history={ballot?.history ?? []}
          onDone={done}
          label={props.proxy ? t('representative.proxyBallot', { name: format.text(props.proxy.name) || props.proxy.organizationId }) : undefined}
          proxy={props.proxy}
        />
      </Stack>
    </Card>
  );
}

function OrganizationCard({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const card = useQuery({
    queryKey: ['member', organizationId],
    queryFn: () => unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id: organizationId } } })),
  });
  const member = card.data;
  return (
    <Card withBorder h="100%" data-testid="organization-card">
      <Title order={2} size="h3" mb="sm">
        {t('representative.organization')}
      </Title>
      {!member ? (
        <Loader aria-label={t('app.loading')} />
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Anchor component={Link} to={`/members/${member.id}`} fw={700}>
              {format.text(member.name)}
            </Anchor>
            <StatusBadge status={member.status} label={format.text(member.statusTitle)} />
          </Group>
          <Table variant="vertical" withRowBorders={false}>
            <Table.Tbody>
              {member.membership && (
                <Table.Tr>
                  <Table.Th>{t('representative.membership')}</Table.Th>
                  <Table.Td>{member.membership === 'full' ? t('representative.membershipFull') : t('representative.membershipObserver')}</Table.Td>
                </Table.Tr>
              )}
              {member.admittedOn && (
                <Table.Tr>
                  <Table.Th>{t('representative.admittedOn')}</Table.Th>
                  <Table.Td>{format.date(member.admittedOn)}</Table.Td>
                </Table.Tr>
              )}
              <Table.Tr>
                <Table.Th>{t('representative.country')}</Table.Th>
                <Table.Td>{format.country(member.country)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('representative.legalForm')}</Table.Th>
                <Table.Td>{format.text(member.legalForm)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('representative.identifier')}</Table.Th>
                <Table.Td>
                  {Object.entries(member.nationalIdentifier.values)
                    .map(([name, value]) => `${name.toUpperCase()} ${value}`)
                    .join(', ')}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('representative.contacts')}</Table.Th>
                <Table.Td>{[member.contacts.email, member.contacts.phone, format.text(member.contacts.address)].filter(Boolean).join(' · ')}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text fw={600}>{t('representative.representatives')}</Text>
          <List spacing={2}>
            {member.representatives.map((person) => (
              <List.Item key={person.id}>
                {format.text(person.name)}, {format.text(person.position)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Card>
  );
}

const CHOICE_COLOURS = { for: 'teal', against: 'red', abstain: 'gray', did_not_vote: 'orange' } as const;

function VotingRecord({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useInfiniteQuery({
    queryKey: ['voting-record', organizationId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/resolutions/voting-record/{organizationId}', { params: { path: { organizationId }, query: { limit: 25, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const entries = record.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="sm">
        {t('representative.record')}
      </Title>
      {record.isPending ? (
        <Loader aria-label={t('app.loading')} />
      ) : entries.length === 0 ? (
        <Text>{t('representative.noRecord')}</Text>
      ) : (
        <Table striped data-testid="voting-record">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.what')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('representative.choice')}</Table.Th>
              <Table.Th>{t('representative.outcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.resolutionId}>
                <Table.Td>
                  <Anchor component={Link} to={`/resolutions/${entry.resolutionId}`}>
                    {format.text(entry.title)}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {format.text(entry.bodyTitle)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={entry.status} label={t(`statuses.${entry.status}`)} />
                  <Text size="sm" c="dimmed">
                    {entry.closedAt
                      ? t('representative.closedAt', { moment: format.moment(entry.closedAt) })
                      : entry.closesAt && t('votes.closesAt', { moment: format.moment(entry.closesAt) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={CHOICE_COLOURS[entry.choice]} variant="dot" radius="sm" tt="none" h="auto" styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}>
                    {entry.choice === 'did_not_vote' ? t('representative.didNotVote') : t(`votes.${entry.choice}`)}
                    {entry.byProxy && ` (${t('representative.byProxy')})`}
                  </Badge>
                </Table.Td>
                <Table.Td>{format.text(entry.outcomeTitle)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {record.hasNextPage && (
        <Group mt="sm">
          <Button variant="default" onClick={() => void record.fetchNextPage()} loading={record.isFetchingNextPage}>
            {t('common.more')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
