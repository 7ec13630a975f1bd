import { Button, Card, Code, Grid, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api, read, shape, unwrap } from '../api/client';
import { ApiError, fieldProblems } from '../api/problem';
import type { AppealView } from '../api/views';
import { HistoryLink } from '../components/HistoryLink';
import { Problem } from '../components/Problem';
import { StatusBadge } from '../components/StatusBadge';
import { useAccount, useFormat } from '../lib/hooks';

const CHANNELS = ['official_portal', 'post', 'email', 'courier'] as const;

/** An appeal: where it stands and its legal deadline, the act its stage allows next, and its timeline. */
export function Appeal() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const [search, setSearch] = useSearchParams();
  const minPosition = search.get('minPosition') ?? undefined;
  const appeal = useQuery({
    queryKey: ['appeal', id, minPosition, format.today],
    queryFn: () => read(api.GET('/api/v1/appeals/{id}', { params: { path: { id }, query: { asOf: format.today, minPosition } } }), shape<AppealView>()),
    placeholderData: (previous) => previous,
  });
  const record = appeal.data;
  if (!record) return appeal.error ? <Problem error={appeal.error} /> : <Loader aria-label={t('app.loading')} />;
  const done = (position: string) => setSearch({ minPosition: position }, { replace: true });
  const reload = () => void appeal.refetch();
  const dueOn = record.deadlines?.dueOn;
  return (
    <Stack>
      <Group gap="sm">
        <StatusBadge status={record.status} label={format.text(record.statusTitle)} />
        <Text data-testid="appeal-stage">{format.text(record.stageTitle)}</Text>
        {record.outgoingNumber && <Text c="dimmed">№ {record.outgoingNumber}</Text>}
        <HistoryLink stream={`appeal-${record.id}`} />
      </Group>
      <Title order={1}>{format.text(record.subject)}</Title>
      <Text>{format.text(record.addressee?.name)}</Text>
      {dueOn && (
        <Text fw={600}>
          {t('appeals.deadline', {
            addressee: format.text(record.holder?.name ?? record.addressee?.name),
            date: format.date(dueOn),
            words: format.due(dueOn),
            basis: record.deadlines?.policyId ?? '—',
          })}
          {record.deadlines?.isEstimate && ` — ${t('appeals.estimate')}`}
        </Text>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <Title order={2} size="h3" mb="xs">
              {t('common.next')}
            </Title>
            {account?.roles.includes('secretariat') ? <NextAct appeal={record} onDone={done} onReload={reload} /> : <Text>{t('common.nothing')}</Text>}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder>
            <Title order={2} size="h3" mb="xs">
              {t('common.history')}: {t('appeals.timeline')}
            </Title>
            <Table data-testid="timeline">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('common.when')}</Table.Th>
                  <Table.Th>{t('common.what')}</Table.Th>
                  <Table.Th>{t('common.who')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {record.timeline.map((entry) => (
                  <Table.Tr key={entry.eventId}>
                    <Table.Td>{format.moment(entry.recordedAt)}</Table.Td>
                    <Table.Td>
                      <Code>{entry.type}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Code>{entry.actorId}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface ActProps {
  readonly appeal: AppealView;
  readonly onDone: (position: string) => void;
  readonly onReload: () => void;
}

/** The one act the appeal's stage allows the secretariat next, as a form. */
function NextAct(props: ActProps) {
  const { t } = useTranslation();
  switch (props.appeal.stage) {
    case 'draft':
      return <Approve {...props} />;
    case 'approved':
      return <Sign {...props} />;
    case 'signed':
      return <Dispatch {...props} />;
    case 'dispatched':
      return <Register {...props} />;
    default:
      return <Text>{t('appeals.nothingNext')}</Text>;
  }
}

/** A form that posts one act with the version the user saw, and shows the API's answer beside its fields. */
function ActForm(props: ActProps & { act: string; label: string; body: () => object; children?: (fields: Record<string, string>) => ReactNode }) {
  const post = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST(`/api/v1/appeals/{id}/${props.act}` as '/api/v1/appeals/{id}/approval', {
          params: { path: { id: props.appeal.id } },
          body: { ...props.body(), expectedVersion: props.appeal.version } as never,
        }),
      ),
    onSuccess: (answer) => props.onDone((answer as { position: string }).position),
  });
  const fields = fieldProblems(post.error instanceof ApiError ? post.error.problem : undefined);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        post.mutate();
      }}
    >
      <Stack>
        {props.children?.(fields)}
        <Problem error={post.error} onReload={props.onReload} />
        <Button type="submit" w="fit-content" loading={post.isPending}>
          {props.label}
        </Button>
      </Stack>
    </form>
  );
}

function Approve(props: ActProps) {
  const { t } = useTranslation();
  return <ActForm {...props} act="approval" label={t('appeals.approve')} body={() => ({})} />;
}

function Sign(props: ActProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  return (
    <ActForm {...props} act="signature" label={t('appeals.sign')} body={() => ({ signatory: { name, position: { ru: position } } })}>
      {(fields) => (
        <>
          <TextInput label={t('appeals.signatory')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={fields['signatory.name']} />
          <TextInput label={t('appeals.position')} value={position} onChange={(event) => setPosition(event.currentTarget.value)} error={fields['signatory.position.ru']} />
        </>
      )}
    </ActForm>
  );
}

function Dispatch(props: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [dispatchedOn, setDispatchedOn] = useState(format.today);
  const [channel, setChannel] = useState<string | null>('official_portal');
  const [expectedAnswerOn, setExpectedAnswerOn] = useState('');
  return (
    <ActForm
      {...props}
      act="dispatch"
      label={t('appeals.dispatch')}
      body={() => ({ dispatchedOn, channel, ...(expectedAnswerOn && { expectedAnswerOn }) })}
    >
      {(fields) => (
        <>
          <TextInput label={t('appeals.dispatchedOn')} type="date" value={dispatchedOn} onChange={(event) => setDispatchedOn(event.currentTarget.value)} error={fields.dispatchedOn} />
          <Select label={t('appeals.channel')} value={channel} onChange={setChannel} data={CHANNELS.map((value) => ({ value, label: value.replace('_', ' ') }))} error={fields.channel} />
          <TextInput
            label={t('appeals.expectedAnswerOn')}
            type="date"
            value={expectedAnswerOn}
            onChange={(event) => setExpectedAnswerOn(event.currentTarget.value)}
            error={fields.expectedAnswerOn}
          />
        </>
      )}
    </ActForm>
  );
}

function Register(props: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [registeredOn, setRegisteredOn] = useState(format.today);
  const [incomingNumber, setIncomingNumber] = useState('');
  return (
    <ActForm {...props} act="registration" label={t('appeals.register')} body={() => ({ registeredOn, incomingNumber })}>
      {(fields) => (
        <>
          <TextInput label={t('appeals.registeredOn')} type="date" value={registeredOn} onChange={(event) => setRegisteredOn(event.currentTarget.value)} error={fields.registeredOn} />
          <TextInput label={t('appeals.incomingNumber')} value={incomingNumber} onChange={(event) => setIncomingNumber(event.currentTarget.value)} error={fields.incomingNumber} />
        </>
      )}
    </ActForm>
  );
}
