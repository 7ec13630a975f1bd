import { Accordion, Alert, Anchor, Badge, Card, Grid, Group, List, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ActForm } from '../components/ActForm';
import { BallotForm } from '../components/BallotForm';
import { HistoryLink } from '../components/HistoryLink';
import { StatusBadge } from '../components/StatusBadge';
import { Tally } from '../components/Tally';
import { useAccount, useFormat } from '../lib/hooks';
import { RecordPending, useRecordPage } from '../lib/use-record-page';
import { useLiveTally } from '../lib/use-live-tally';

type ResolutionRecord = components['schemas']['ResolutionView'];
type Ballot = ResolutionRecord['ballots'][number];
type Consequence = NonNullable<ResolutionRecord['consequence']>;

/** A resolution: what it is now (text, live tally, result), what the user may do next, and its versions, electorate and ballots. */
export function Resolution() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const { record: record, error, done, reload } = useRecordPage(['resolution', id], (minPosition) =>
    unwrap(api.GET('/api/v1/resolutions/{id}', { params: { path: { id }, query: { minPosition } } })),
  );
  const tally = useQuery({
    queryKey: ['tally', id],
    queryFn: () => unwrap(api.GET('/api/v1/resolutions/{id}/tally', { params: { path: { id } } })),
    enabled: record !== undefined && record.status !== 'draft' && record.status !== 'withdrawn',
  });
  useLiveTally(id, record?.status === 'voting');

  if (!record) return <RecordPending error={error} />;
  const roles = account?.roles ?? [];
  const ownBallot = record.ballots.find((ballot) => ballot.organizationId === account?.organizationId);
  const inElectorate = record.electorate.some((member) => member.organizationId === account?.organizationId);
  const mayVote = roles.includes('representative') && record.status === 'voting';
  const secretariat = roles.includes('secretariat') && (record.status === 'draft' || record.status === 'voting');

  return (
    <Stack>
      <Group gap="sm">
        <StatusBadge status={record.status} label={t(`statuses.${record.status}`)} />
        <Text c="dimmed">{format.text(record.bodyTitle)}</Text>
        <Text c="dimmed">{t(`drafting.${record.rule}`)}</Text>
        <HistoryLink stream={`resolution-${record.id}`} />
        {record.status === 'closed' && (
          <Anchor component={Link} to={`/resolutions/${record.id}/minutes`} data-testid="minutes-link">
            {t('minutes.link')}
          </Anchor>
        )}
      </Group>
      <Title order={1}>{format.text(record.title)}</Title>
      {record.closesAt && (
        <Text>
          {t('votes.closesAt', { moment: format.moment(record.closesAt) })}
          {record.status === 'voting' && ` (${t('votes.closesIn', { words: format.dueBy(record.closesAt) })})`}
        </Text>
      )}
      {record.withdrawal && (
        <Alert color="gray" title={t('resolution.withdrawn', { moment: format.moment(record.withdrawal.withdrawnAt) })}>
          {format.text(record.withdrawal.reason)}
        </Alert>
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
              {record.result && (
                <Text fw={600} mt="sm" data-testid="outcome">
                  {`${t('resolution.outcome')}: ${format.text(record.result.outcomeTitle)}`}
                </Text>
              )}
              {record.consequence && <ConsequenceText consequence={record.consequence} />}
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('votes.text')}
              </Title>
              <Text size="sm" c="dimmed" mb="xs">
                {`${t('drafting.motion')}: ${t(`motions.${record.motion?.kind ?? 'none'}`)}`}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="resolution-text">
                {format.text(record.text)}
              </Text>
            </Card>
            <Versions versions={record.versions} current={record.textVersion} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('common.next')}
              </Title>
              {!mayVote && !secretariat && <Text>{t('common.nothing')}</Text>}
              {mayVote && (inElectorate || ownBallot) && (
                <BallotForm resolutionId={id} current={ownBallot?.choice} history={ownBallot?.history ?? []} onDone={done} />
              )}
              {mayVote && !inElectorate && !ownBallot && <Text>{t('votes.notInElectorate')}</Text>}
              {secretariat && <SecretariatActs resolution={record} onDone={done} onReload={reload} />}
            </Card>
            <Ballots ballots={record.ballots} />
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('resolution.electorate', { count: record.electorate.length })}
              </Title>
              {record.electorate.length === 0 ? (
                <Text>{t('resolution.electorateLater')}</Text>
              ) : (
                <List size="sm" data-testid="electorate">
                  {record.electorate.map((member) => (
                    <List.Item key={member.organizationId}>{format.text(member.name) || member.organizationId}</List.Item>
                  ))}
                </List>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** What became of an adopted motion: waiting, carried out, or refused by a rule (with the rule's words). */
export function ConsequenceText({ consequence }: { consequence: Consequence }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="sm" data-testid="consequence">
      {`${t(`decisions.${consequence.status}`)}, ${format.moment(consequence.at)}${consequence.text ? `: ${format.text(consequence.text)}` : ''}`}
    </Text>
  );
}

function Versions({ versions, current }: { versions: ResolutionRecord['versions']; current: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="xs">
        {t('resolution.versions')}
      </Title>
      <Stack gap="sm" data-testid="versions">
        {versions.map((version) => (
          <div key={version.eventId}>
            <Group gap="xs">
              <Text fw={600}>{t('resolution.version', { version: version.version })}</Text>
              <Text size="sm" c="dimmed">
                {format.moment(version.at)}
              </Text>
              {version.version === current && (
                <Badge variant="light" color="blue">
                  {t('resolution.current')}
                </Badge>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {format.text(version.text)}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

/** Every ballot as the reader may see it: another organization's choice stays hidden from a representative. */
function Ballots({ ballots }: { ballots: readonly Ballot[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const choiceOf = (ballot: Ballot) => (ballot as Partial<Ballot>).choice;
  return (
    <Card withBorder>
      <Title order={2} size="h3" mb="xs">
        {t('common.history')}: {t('votes.ballots')}
      </Title>
      {ballots.length === 0 ? (
        <Text>{t('votes.noBallots')}</Text>
      ) : (
        <Table data-testid="ballots">
          <Table.Tbody>
            {ballots.map((ballot) => {
              const choice = choiceOf(ballot);
              const history = ballot.history ?? [];
              return (
                <Table.Tr key={ballot.organizationId}>
                  <Table.Td>{format.text(ballot.name) || ballot.organizationId}</Table.Td>
                  <Table.Td>
                    {choice ? t(`votes.${choice}`) : t('resolution.choiceHidden')}
                    {history.length > 1 && (
                      <Text size="xs" c="dimmed">
                        {t('resolution.changed', { count: history.length - 1 })}
                      </Text>
                    )}
                    {ballot.proxy && (
                      <Text size="xs" c="dimmed">
                        {t('resolution.byProxy')}
                      </Text>
                    )}
                    {ballot.recordAgainst && (
                      <Text size="xs" c="dimmed">
                        {t('resolution.recordAgainst')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{ballot.castAt ? format.moment(ballot.castAt) : ''}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

interface ActProps {
  readonly resolution: ResolutionRecord;
  readonly onDone: (position: string) => void;
  readonly onReload: () => void;
}

type Act = 'opening' | 'amendment' | 'closing' | 'withdrawal';

/** The secretariat's acts as the status allows: a draft is opened, amended or withdrawn; a vote is closed or withdrawn. */
function SecretariatActs(props: ActProps) {
  const { t } = useTranslation();
  const acts: readonly Act[] = props.resolution.status === 'draft' ? ['opening', 'amendment', 'withdrawal'] : ['closing', 'withdrawal'];
  const form = { onDone: props.onDone, onReload: props.onReload };
  return (
    <Accordion key={props.resolution.status} defaultValue={acts[0]} variant="separated" keepMountedMode="display-none" data-testid="resolution-acts">
      {acts.map((act) => (
        <Accordion.Item key={act} value={act}>
          <Accordion.Control>{t(`drafting.${act}Title`)}</Accordion.Control>
          <Accordion.Panel>
            {act === 'opening' && <OpeningForm resolution={props.resolution} {...form} />}
            {act === 'amendment' && <AmendmentForm resolution={props.resolution} {...form} />}
            {act === 'closing' && <ClosingForm resolution={props.resolution} {...form} />}
            {act === 'withdrawal' && <WithdrawalForm resolution={props.resolution} {...form} />}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

type FormProps = { resolution: ResolutionRecord; onDone: (position: string) => void; onReload: () => void };
const path = (resolution: ResolutionRecord) => ({ path: { id: resolution.id } });

function OpeningForm({ resolution, onDone, onReload }: FormProps) {
  const { t } = useTranslation();
  const [closesAt, setClosesAt] = useState('');
  const [url, setUrl] = useState('');
  const [countedBy, setCountedBy] = useState('');
  const submit = () =>
    unwrap(
      api.POST('/api/v1/resolutions/{id}/voting', {
        params: path(resolution),
        body: { closesAt, venue: { kind: 'online', url }, countedBy: [{ ru: countedBy }], expectedVersion: resolution.version },
      }),
    );
  return (
    <ActForm label={t('votes.submitOpening')} submit={submit} onDone={onDone} onReload={onReload}>
      {(fields) => (
        <>
          <TextInput label={t('votes.closesAtField')} value={closesAt} onChange={(event) => setClosesAt(event.currentTarget.value)} error={fields.closesAt} required placeholder="2026-12-20T18:00:00+03:00" />
          <TextInput label={t('votes.venueUrl')} value={url} onChange={(event) => setUrl(event.currentTarget.value)} error={fields['venue.url']} required />
          <TextInput label={t('votes.countedBy')} value={countedBy} onChange={(event) => setCountedBy(event.currentTarget.value)} error={fields['countedBy.0.ru']} required />
        </>
      )}
    </ActForm>
  );
}

function AmendmentForm({ resolution, onDone, onReload }: FormProps) {
  const { t } = useTranslation();
  const [textRu, setTextRu] = useState(resolution.text.ru);
  const [textEn, setTextEn] = useState(resolution.text.en ?? '');
  const submit = () =>
    unwrap(
      api.POST('/api/v1/resolutions/{id}/amendments', {
        params: path(resolution),
        body: { text: { ru: textRu, en: textEn.trim() || null }, expectedVersion: resolution.version },
      }),
    );
  return (
    <ActForm label={t('drafting.amend')} submit={submit} onDone={onDone} onReload={onReload}>
      {(fields) => (
        <>
          <Textarea label={t('drafting.textRu')} autosize minRows={3} value={textRu} onChange={(event) => setTextRu(event.currentTarget.value)} error={fields['text.ru']} />
          <Textarea label={t('drafting.textEn')} autosize minRows={3} value={textEn} onChange={(event) => setTextEn(event.currentTarget.value)} error={fields['text.en']} />
        </>
      )}
    </ActForm>
  );
}

/** Closing counts every ballot of the electorate; the API refuses it before the closing time. */
function ClosingForm({ resolution, onDone, onReload }: FormProps) {
  const { t } = useTranslation();
  const submit = () => unwrap(api.POST('/api/v1/resolutions/{id}/closing', { params: path(resolution), body: { expectedVersion: resolution.version } }));
  return (
    <ActForm label={t('drafting.close')} submit={submit} onDone={onDone} onReload={onReload}>
      {() => <Text size="sm">{t('drafting.closeNote')}</Text>}
    </ActForm>
  );
}

function WithdrawalForm({ resolution, onDone, onReload }: FormProps) {
  const { t } = useTranslation();
  const [reasonRu, setReasonRu] = useState('');
  const [reasonEn, setReasonEn] = useState('');
  const submit = () =>
    unwrap(
      api.POST('/api/v1/resolutions/{id}/withdrawal', {
        params: path(resolution),
        body: { reason: { ru: reasonRu, en: reasonEn.trim() || null }, expectedVersion: resolution.version },
      }),
    );
  return (
    <ActForm label={t('drafting.withdraw')} color="red" submit={submit} onDone={onDone} onReload={onReload}>
      {(fields) => (
        <>
          <TextInput label={t('drafting.withdrawalReasonRu')} value={reasonRu} onChange={(event) => setReasonRu(event.currentTarget.value)} error={fields['reason.ru']} />
          <TextInput label={t('drafting.withdrawalReasonEn')} value={reasonEn} onChange={(event) => setReasonEn(event.currentTarget.value)} error={fields['reason.en']} />
        </>
      )}
    </ActForm>
  );
}
