import { Anchor, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { HistoryLink } from '../components/HistoryLink';
import { StatusBadge } from '../components/StatusBadge';
import { useAddresseeChoices, usePolicies } from '../lib/addressees';
import { useAccount, useFormat } from '../lib/hooks';
import { RecordPending, useRecordPage } from '../lib/use-record-page';
import { AppealActs } from './AppealActs';

export type AppealRecord = components['schemas']['AppealView'];
type TimelineEntry = AppealRecord['timeline'][number];
type Text = { ru: string; en?: string | null } | null | undefined;

/** An appeal: where it stands and its legal deadline, the acts its stage allows, and its timeline. */
export function Appeal() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const { record: record, error, done, reload } = useRecordPage(['appeal', id, format.today], (minPosition) =>
    unwrap(api.GET('/api/v1/appeals/{id}', { params: { path: { id }, query: { asOf: format.today, minPosition } } })),
  );
  if (!record) return <RecordPending error={error} />;
  const forwarded = record.holder.id !== record.addressee.id;
  return (
    <Stack>
      <Group gap="sm">
        <StatusBadge status={record.status} label={format.text(record.statusTitle)} />
        <Text data-testid="appeal-stage">{format.text(record.stageTitle)}</Text>
        {record.outgoingNumber && <Text c="dimmed">№ {record.outgoingNumber}</Text>}
        <HistoryLink stream={`appeal-${record.id}`} />
      </Group>
      <Title order={1}>{format.text(record.subject)}</Title>
      <Text>
        {format.text(record.addressee.name)}
        {forwarded && ` → ${t('appealActs.heldBy', { holder: format.text(record.holder.name) })}`}
      </Text>
      {record.followUpOf && (
        <Anchor component={Link} to={`/appeals/${record.followUpOf}`}>
          {t('appealActs.followUpOf')}
        </Anchor>
      )}
      <Deadline appeal={record} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <Title order={2} size="h3" mb="xs">
              {t('common.next')}
            </Title>
            {account?.roles.includes('secretariat') ? <AppealActs appeal={record} onDone={done} onReload={reload} /> : <Text>{t('common.nothing')}</Text>}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder>
            <Title order={2} size="h3" mb="xs">
              {t('common.history')}: {t('appeals.timeline')}
            </Title>
            <Timeline entries={record.timeline} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** The legal deadline in words, with the law, the article and how sure the figure is, as the policy table states them. */
function Deadline({ appeal }: { appeal: AppealRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { deadlines } = appeal;
  const policy = usePolicies().get(deadlines.policyId ?? '');
  if (!deadlines.dueOn && !deadlines.registrationDueOn) return null;
  const awaiting = appeal.stage === 'dispatched' || appeal.stage === 'registered';
  const period = deadlines.dueOnBasis === 'extension' ? policy?.extension : deadlines.dueOnBasis === 'statute' ? policy?.answer : null;
  const basis =
    deadlines.dueOnBasis === 'expected_by_secretariat'
      ? t('appealActs.basisExpected')
      : period
        ? `${format.text(policy?.law) || format.text(policy?.title)}, ${period.source}`
        : (deadlines.policyId ?? '—');
  return (
    <Stack gap={4} data-testid="deadline">
      {deadlines.dueOn && awaiting && (
        <Text fw={600}>
          {t('appeals.deadline', {
            addressee: format.text(appeal.holder.name),
            date: format.date(deadlines.dueOn),
            words: format.due(deadlines.dueOn),
            basis,
          })}
          {deadlines.isEstimate && ` — ${t('appeals.estimate')}`}
        </Text>
      )}
      {deadlines.dueOn && !awaiting && (
        <Text fw={600}>
          {appeal.answeredOn
            ? t('appealActs.wasDueAnswered', { date: format.date(deadlines.dueOn), answered: format.date(appeal.answeredOn), basis })
            : t('appealActs.wasDue', { date: format.date(deadlines.dueOn), basis })}
        </Text>
      )}
      {period && (
        <Text size="sm" data-testid="deadline-certainty">
          {t('appealActs.period', { days: period.days, kind: t(`appealActs.${period.dayKind}`) })} ·{' '}
          {t('appealActs.certainty', { certainty: t(`certainty.${period.certainty}`) })}
        </Text>
      )}
      {deadlines.registrationDueOn && appeal.stage === 'dispatched' && (
        <Text size="sm">{t('appealActs.registrationDue', { date: format.date(deadlines.registrationDueOn), words: format.due(deadlines.registrationDueOn) })}</Text>
      )}
      {deadlines.estimateReasons.map((reason) => (
        <Text size="sm" c="dimmed" key={reason}>
          {t(`appealActs.${reason}`)}
        </Text>
      ))}
    </Stack>
  );
}

/** Every event of the appeal, oldest first: when, what, who, and the why its data records. */
function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const names = new Map(useAddresseeChoices().map((choice) => [choice.value, choice.label]));
  // Accounts are the administrator's to read; others see whose act it was by the account's id.
  const who = (actorId: string) =>
    actorId === account?.id ? t('appealActs.you') : actorId.startsWith('system:') ? t('appealActs.system') : t('appealActs.account', { id: actorId.slice(0, 8) });
  return (
    <Table data-testid="timeline">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('common.when')}</Table.Th>
          <Table.Th>{t('common.what')}</Table.Th>
          <Table.Th>{t('common.who')}</Table.Th>
          <Table.Th>{t('appealActs.why')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.eventId} data-type={entry.type}>
            <Table.Td>{format.moment(entry.recordedAt)}</Table.Td>
            <Table.Td>{t(`appealEvents.${entry.type}` as 'appealEvents.AppealDrafted', { defaultValue: entry.type })}</Table.Td>
            <Table.Td>
              <Text size="sm" title={entry.actorId}>
                {who(entry.actorId)}
              </Text>
            </Table.Td>
            <Table.Td>
              <EventDetails entry={entry} names={names} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What an event records, in words: its legal dates, numbers and the reason or summary it gives. */
function EventDetails({ entry, names }: { entry: TimelineEntry; names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = entry.data as Record<string, unknown>;
  const date = (key: string) => (typeof data[key] === 'string' ? format.date(data[key]) : '');
  const text = (key: string) => format.text(data[key] as Text);
  const value = (key: string) => String(data[key] ?? '');
  const lines: string[] = [];
  switch (entry.type) {
    case 'AppealDrafted':
      if (data.draftedOn) lines.push(t('appealActs.onDate', { date: date('draftedOn') }));
      break;
    case 'AppealApproved':
      if (data.approvedOn) lines.push(t('appealActs.onDate', { date: date('approvedOn') }));
      break;
    case 'AppealSigned': {
      const signatory = data.signatory as { name: string; position: Text };
      lines.push(`${signatory.name}, ${format.text(signatory.position)}`);
      if (data.signedOn) lines.push(t('appealActs.onDate', { date: date('signedOn') }));
      break;
    }
    case 'AppealDispatched':
      lines.push(t('appealActs.dispatchedDetails', { date: date('dispatchedOn'), number: value('outgoingNumber') }));
      if (data.expectedAnswerOn) lines.push(t('appealActs.expectedBy', { date: date('expectedAnswerOn') }));
      break;
    case 'AppealRegistered':
      lines.push(t('appealActs.registeredDetails', { date: date('registeredOn'), number: value('incomingNumber') }));
      break;
    case 'AppealExtended':
      lines.push(t('appealActs.extendedDetails', { date: date('dueOn'), notice: date('noticeOn') }));
      break;
    case 'AppealForwarded':
      lines.push(t('appealActs.forwardedDetails', { date: date('forwardedOn'), to: names.get(value('addresseeId')) ?? value('addresseeId') }));
      if (data.expectedAnswerOn) lines.push(t('appealActs.expectedBy', { date: date('expectedAnswerOn') }));
      break;
    case 'ExpectedAnswerDateSet':
      lines.push(t('appealActs.expectedBy', { date: date('expectedAnswerOn') }));
      break;
    case 'AppealAnswered':
      lines.push(t('appealActs.answeredDetails', { date: date('answeredOn'), reference: value('reference'), outcome: t(`appealActs.${data.outcome as 'supported'}`) }));
      lines.push(text('summary'));
      break;
    case 'AppealDeadlineReminderRecorded':
      lines.push(t('appealActs.reminderDetails', { date: date('dueOn') }));
      break;
    case 'AppealFollowUpOpened':
      return (
        <Anchor component={Link} to={`/appeals/${String(data.followUpAppealId)}`} size="sm">
          {t('appealActs.followUpLink')}
        </Anchor>
      );
    case 'AppealClosed':
      lines.push(data.reason ? text('reason') : t('appealActs.closedAnswered'));
      break;
  }
  return (
    <Stack gap={0}>
      {lines.map((line) => (
        <Text size="sm" key={line}>
          {line}
        </Text>
      ))}
    </Stack>
  );
}
