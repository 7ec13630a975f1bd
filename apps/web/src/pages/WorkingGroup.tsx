import { Accordion, Anchor, Badge, Card, Code, Grid, Group, MultiSelect, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ActForm } from '../components/ActForm';
import { DecisionBasis, decisionBody, DecisionFields, useDecisionInput } from '../components/DecisionFields';
import { HistoryLink } from '../components/HistoryLink';
import { StatusBadge } from '../components/StatusBadge';
import { useAccount, useFormat } from '../lib/hooks';
import { RecordPending, useRecordPage } from '../lib/use-record-page';
import { useMemberOptions } from '../lib/use-member-options';

type WorkingGroupView = components['schemas']['WorkingGroupView'];
type GroupAct = 'seat' | 'unseat' | 'chair' | 'deliverable' | 'delivery' | 'meeting' | 'dissolution';
const ACTS: readonly GroupAct[] = ['seat', 'unseat', 'chair', 'deliverable', 'delivery', 'meeting', 'dissolution'];

/** A working group: its mandate and members now, the acts the secretariat may take, deliverables (overdue ones marked) and meetings. */
export function WorkingGroup() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const { record: record, error, done, reload } = useRecordPage(['working-group', id], (minPosition) =>
    unwrap(api.GET('/api/v1/working-groups/{id}', { params: { path: { id }, query: { minPosition } } })),
  );
  if (!record) return <RecordPending error={error} />;
  const mayAct = account?.roles.includes('secretariat') && record.status === 'active';
  return (
    <Stack>
      <Group gap="sm">
        <StatusBadge status={record.status} label={t(`workingGroups.${record.status}`)} />
        <HistoryLink stream={`working-group-${record.id}`} />
      </Group>
      <Title order={1}>{format.text(record.name)}</Title>
      <Text>{format.text(record.mandate)}</Text>
      <Text size="sm">
        {t('workingGroups.establishedOnDate', { date: format.date(record.establishedOn) })} — <DecisionBasis basis={record.establishedBy} />
        {record.dissolvedOn && (
          <>
            {' · '}
            {t('workingGroups.dissolvedOnDate', { date: format.date(record.dissolvedOn) })} — <DecisionBasis basis={record.dissolution} />
          </>
        )}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('workingGroups.members')} ({record.members.length})
              </Title>
              <Table data-testid="group-members">
                <Table.Tbody>
                  {record.members.map((member) => (
                    <Table.Tr key={member.organizationId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/members/${member.organizationId}`}>
                          {format.text(member.name) || member.organizationId}
                        </Anchor>
                        {member.organizationId === record.chair?.organizationId && (
                          <Badge ml="xs" variant="light" color="dark" tt="none">
                            {t('workingGroups.chair')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{member.country}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{t('workingGroups.joinedAt', { moment: format.moment(member.joinedAt) })}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('workingGroups.deliverables')}
              </Title>
              {record.deliverables.length === 0 ? (
                <Text>{t('workingGroups.noDeliverables')}</Text>
              ) : (
                <Table data-testid="deliverables">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('common.what')}</Table.Th>
                      <Table.Th>{t('workingGroups.dueDate')}</Table.Th>
                      <Table.Th>{t('common.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {record.deliverables.map((deliverable) => (
                      <Table.Tr key={deliverable.id} data-overdue={deliverable.status === 'overdue'} bg={deliverable.status === 'overdue' ? 'red.0' : undefined}>
                        <Table.Td>{format.text(deliverable.title)}</Table.Td>
                        <Table.Td>
                          {format.date(deliverable.dueDate)}
                          {deliverable.status !== 'delivered' && ` (${format.due(deliverable.dueDate)})`}
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge status={deliverable.status} label={t(`workingGroups.deliverable_${deliverable.status}`)} />
                          {deliverable.deliveredOn && <Text size="sm">{format.date(deliverable.deliveredOn)}</Text>}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('workingGroups.meetings')}
              </Title>
              {record.meetings.length === 0 ? (
                <Text>{t('workingGroups.noMeetings')}</Text>
              ) : (
                <Table data-testid="meetings">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('workingGroups.meetingDate')}</Table.Th>
                      <Table.Th>{t('workingGroups.attendees')}</Table.Th>
                      <Table.Th>{t('workingGroups.minutes')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {record.meetings.map((meeting) => (
                      <Table.Tr key={meeting.id}>
                        <Table.Td>{format.date(meeting.date)}</Table.Td>
                        <Table.Td>{meeting.attendees.map((attendee) => format.text(attendee.name) || attendee.organizationId).join(', ')}</Table.Td>
                        <Table.Td>
                          <Code>{meeting.minutesSha256.slice(0, 12)}…</Code>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <Title order={2} size="h3" mb="xs">
              {t('common.next')}
            </Title>
            {!mayAct ? (
              <Text>{t('common.nothing')}</Text>
            ) : (
              <Accordion variant="separated" keepMountedMode="display-none" data-testid="group-acts">
                {ACTS.map((act) => (
                  <Accordion.Item key={act} value={act}>
                    <Accordion.Control>{t(`workingGroupActs.${act}`)}</Accordion.Control>
                    <Accordion.Panel>
                      <Act act={act} group={record} onDone={done} onReload={reload} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface ActProps {
  readonly act: GroupAct;
  readonly group: WorkingGroupView;
  readonly onDone: (position: string) => void;
  readonly onReload: () => void;
}

/** One act on the group as a form: its members, chair, deliverables, meetings, or its dissolution by a decision. */
function Act({ act, group, onDone, onReload }: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const register = useMemberOptions(act === 'seat');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [deliverableId, setDeliverableId] = useState<string | null>(null);
  const [titleRu, setTitleRu] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [date, setDate] = useState(format.today);
  const [sha256, setSha256] = useState('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [decision, setDecision] = useDecisionInput();
  const seated = group.members.map((member) => ({ value: member.organizationId, label: format.text(member.name) || member.organizationId }));
  const id = { id: group.id };
  const expectedVersion = group.version;
  const submit = () => {
    switch (act) {
      case 'seat':
        return unwrap(api.POST('/api/v1/working-groups/{id}/members', { params: { path: id }, body: { organizationId: organizationId ?? '', expectedVersion } }));
      case 'unseat':
        return unwrap(
          api.POST('/api/v1/working-groups/{id}/members/{organizationId}/removal', {
            params: { path: { ...id, organizationId: organizationId ?? '' } },
            body: { expectedVersion },
          }),
        );
      case 'chair':
        return unwrap(api.POST('/api/v1/working-groups/{id}/chair', { params: { path: id }, body: { organizationId: organizationId ?? '', expectedVersion } }));
      case 'deliverable':
        return unwrap(api.POST('/api/v1/working-groups/{id}/deliverables', { params: { path: id }, body: { title: { ru: titleRu, en: titleEn || null }, dueDate: date, expectedVersion } }));
      case 'delivery':
        return unwrap(
          api.POST('/api/v1/working-groups/{id}/deliverables/{deliverableId}/delivery', {
            params: { path: { ...id, deliverableId: deliverableId ?? '' } },
            body: { date, documentSha256: sha256, expectedVersion },
          }),
        );
      case 'meeting':
        return unwrap(api.POST('/api/v1/working-groups/{id}/meetings', { params: { path: id }, body: { date, attendeeOrganizationIds: attendees, minutesSha256: sha256, expectedVersion } }));
      case 'dissolution':
        return unwrap(api.POST('/api/v1/working-groups/{id}/dissolution', { params: { path: id }, body: { decision: decisionBody(decision), expectedVersion } }));
    }
  };
  const organizations = act === 'seat' ? register.filter((option) => !group.members.some((member) => member.organizationId === option.value)) : seated;
  const open = group.deliverables.filter((deliverable) => deliverable.status !== 'delivered').map((deliverable) => ({ value: deliverable.id, label: format.text(deliverable.title) }));
  return (
    <ActForm label={t(`workingGroupActs.${act}`)} submit={submit} onDone={onDone} onReload={onReload} color={act === 'dissolution' || act === 'unseat' ? 'red' : undefined}>
      {(fields) => (
        <>
          {(act === 'seat' || act === 'unseat' || act === 'chair') && (
            <Select label={t('workingGroups.organization')} searchable value={organizationId} onChange={setOrganizationId} data={organizations} error={fields.organizationId} />
          )}
          {act === 'deliverable' && (
            <>
              <TextInput label={t('workingGroups.titleRu')} value={titleRu} onChange={(event) => setTitleRu(event.currentTarget.value)} error={fields['title.ru']} />
              <TextInput label={t('workingGroups.titleEn')} value={titleEn} onChange={(event) => setTitleEn(event.currentTarget.value)} error={fields['title.en']} />
            </>
          )}
          {act === 'delivery' && <Select label={t('workingGroups.deliverable')} value={deliverableId} onChange={setDeliverableId} data={open} error={fields.deliverableId} />}
          {act === 'meeting' && (
            <MultiSelect label={t('workingGroups.attendees')} value={attendees} onChange={setAttendees} data={seated} error={fields.attendeeOrganizationIds} />
          )}
          {(act === 'deliverable' || act === 'delivery' || act === 'meeting') && (
            <TextInput
              label={act === 'deliverable' ? t('workingGroups.dueDate') : act === 'delivery' ? t('workingGroups.deliveredOn') : t('workingGroups.meetingDate')}
              type="date"
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={fields.dueDate ?? fields.date}
            />
          )}
          {(act === 'delivery' || act === 'meeting') && (
            <TextInput
              label={act === 'delivery' ? t('workingGroups.documentSha256') : t('workingGroups.minutesSha256')}
              value={sha256}
              onChange={(event) => setSha256(event.currentTarget.value)}
              error={fields.documentSha256 ?? fields.minutesSha256}
            />
          )}
          {act === 'dissolution' && <DecisionFields value={decision} onChange={setDecision} motion="dissolve_working_group" fields={fields} />}
        </>
      )}
    </ActForm>
  );
}
