import { Accordion, Anchor, Card, Code, Grid, Group, List, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
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
import { actsFor, isIdentifierPart, type MemberAct } from '../lib/members';

type MemberCard = components['schemas']['MemberCard'];

/** An organization's card: what it is now, the acts its status allows, and its full history from the ledger. */
export function Member() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const { record: member, error, done, reload } = useRecordPage(['member', id], (minPosition) =>
    unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id }, query: { minPosition } } })),
  );
  if (!member) return <RecordPending error={error} />;
  const acts = account?.roles.includes('secretariat') ? actsFor(member.status) : [];
  return (
    <Stack>
      <Group gap="sm">
        <StatusBadge status={member.status} label={format.text(member.statusTitle)} />
        {member.membership && <Text data-testid="membership">{t(`members.${member.membership}`)}</Text>}
        <HistoryLink stream={`member-${member.id}`} />
      </Group>
      <Title order={1}>{format.text(member.name)}</Title>
      <Text>
        {format.text(member.legalForm)} · {member.country} · {t(`memberCategories.${member.category}`)}
      </Text>
      {member.previousMemberId && (
        <Anchor component={Link} to={`/members/${member.previousMemberId}`} data-testid="previous-member">
          {t('members.previous')}
        </Anchor>
      )}
      {member.nextMemberId && (
        <Anchor component={Link} to={`/members/${member.nextMemberId}`} data-testid="next-member">
          {t('members.next')}
        </Anchor>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('common.now')}
              </Title>
              <Stack gap={4}>
                {member.admittedOn && <Text>{t('members.admittedOnDate', { date: format.date(member.admittedOn) })}</Text>}
                <Text data-testid="identifier">
                  {t('members.identifierValues')}:{' '}
                  {Object.entries(member.nationalIdentifier.values)
                    .map(([key, value]) => `${isIdentifierPart(key) ? t(`identifierParts.${key}`) : key} ${value}`)
                    .join(', ')}
                </Text>
                <Text>
                  {t('members.email')}: {member.contacts.email}
                  {member.contacts.phone && ` · ${member.contacts.phone}`}
                </Text>
                {member.contacts.address && <Text>{format.text(member.contacts.address)}</Text>}
              </Stack>
              <Title order={3} size="h4" mt="sm" mb="xs">
                {t('members.representatives')}
              </Title>
              <List data-testid="representatives">
                {member.representatives.map((representative) => (
                  <List.Item key={representative.id}>
                    {format.text(representative.name)}, {format.text(representative.position)} ({representative.email})
                  </List.Item>
                ))}
              </List>
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('common.next')}
              </Title>
              {acts.length === 0 ? (
                <Text>{t('common.nothing')}</Text>
              ) : (
                <Accordion variant="separated" keepMountedMode="display-none" data-testid="member-acts">
                  {acts.map((act) => (
                    <Accordion.Item key={act} value={act}>
                      <Accordion.Control>{t(`memberActs.${act}`)}</Accordion.Control>
                      <Accordion.Panel>
                        <Act act={act} member={member} onDone={done} onReload={reload} />
                      </Accordion.Panel>
                    </Accordion.Item>
                  ))}
                </Accordion>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('members.statusHistory')}
              </Title>
              <Table data-testid="status-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('members.effectiveOn')}</Table.Th>
                    <Table.Th>{t('common.status')}</Table.Th>
                    <Table.Th>{t('members.basis')}</Table.Th>
                    <Table.Th>{t('members.recordedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {member.statusHistory.map((change) => (
                    <Table.Tr key={change.eventId}>
                      <Table.Td>{format.date(change.effectiveOn)}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={change.status} label={format.text(change.statusTitle)} />
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          {change.reason && <Text size="sm">{format.text(change.reason)}</Text>}
                          {change.noticeDate && <Text size="sm">{t('members.noticeOf', { date: format.date(change.noticeDate) })}</Text>}
                          <Text size="sm">
                            <DecisionBasis basis={change.decision} />
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{format.moment(change.at)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="xs">
                {t('common.history')}
              </Title>
              <Table data-testid="member-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('common.when')}</Table.Th>
                    <Table.Th>{t('common.what')}</Table.Th>
                    <Table.Th>{t('common.who')}</Table.Th>
                    <Table.Th>{t('members.basis')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {member.history.map((entry) => (
                    <Table.Tr key={entry.eventId}>
                      <Table.Td>{format.moment(entry.recordedAt)}</Table.Td>
                      <Table.Td>
                        <Code>{entry.type}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Code>{entry.actorId}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          <DecisionBasis basis={entry.decision} />
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

interface ActProps {
  readonly act: MemberAct;
  readonly member: MemberCard;
  readonly onDone: (position: string) => void;
  readonly onReload: () => void;
}

/** One act on the member as a form, with what it needs: a decision, a reason, a notice date. */
function Act({ act, member, onDone, onReload }: ActProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [decision, setDecision] = useDecisionInput();
  const [membership, setMembership] = useState<'full' | 'observer'>('full');
  const [reason, setReason] = useState('');
  const [noticeDate, setNoticeDate] = useState(format.today);
  const [name, setName] = useState(act === 'details' ? { ru: member.name.ru, en: member.name.en ?? '' } : { ru: '', en: '' });
  const [legalForm, setLegalForm] = useState(member.legalForm.ru);
  const [email, setEmail] = useState(act === 'details' ? member.contacts.email : '');
  const [phone, setPhone] = useState(member.contacts.phone ?? '');
  const [position, setPosition] = useState('');
  const [representativeId, setRepresentativeId] = useState<string | null>(null);
  const path = { params: { path: { id: member.id } } };
  const expectedVersion = member.version;
  const submit = () => {
    switch (act) {
      case 'admission':
        return unwrap(api.POST('/api/v1/members/{id}/admission', { ...path, body: { membership, decision: decisionBody(decision), expectedVersion } }));
      case 'rejection':
        return unwrap(api.POST('/api/v1/members/{id}/rejection', { ...path, body: { reason: { ru: reason }, expectedVersion } }));
      case 'suspension':
        return unwrap(api.POST('/api/v1/members/{id}/suspension', { ...path, body: { reason: { ru: reason }, decision: decisionBody(decision), expectedVersion } }));
      case 'reinstatement':
        return unwrap(api.POST('/api/v1/members/{id}/reinstatement', { ...path, body: { decision: decisionBody(decision), expectedVersion } }));
      case 'expulsion':
        return unwrap(api.POST('/api/v1/members/{id}/expulsion', { ...path, body: { decision: decisionBody(decision), expectedVersion } }));
      case 'withdrawal':
        return unwrap(api.POST('/api/v1/members/{id}/withdrawal', { ...path, body: { noticeDate, expectedVersion } }));
      case 'representative':
        return unwrap(
          api.POST('/api/v1/members/{id}/representatives', { ...path, body: { name: { ru: name.ru, en: name.en || null }, position: { ru: position }, email, expectedVersion } }),
        );
      case 'representativeRemoval':
        return unwrap(
          api.POST('/api/v1/members/{id}/representatives/{representativeId}/removal', {
            params: { path: { id: member.id, representativeId: representativeId ?? '' } },
            body: { expectedVersion },
          }),
        );
      case 'details':
        return unwrap(
          api.POST('/api/v1/members/{id}/details', {
            ...path,
            body: {
              name: { ru: name.ru, en: name.en || null },
              legalForm: { ru: legalForm, en: member.legalForm.en },
              contacts: { email, phone: phone || null, address: member.contacts.address },
              expectedVersion,
            },
          }),
        );
    }
  };
  const motion = ({ admission: 'admit_member', suspension: 'suspend_member', expulsion: 'expel_member', reinstatement: 'none' } as const)[act as 'admission'];
  return (
    <ActForm label={t(`memberActs.${act}`)} submit={submit} onDone={onDone} onReload={onReload} color={act === 'expulsion' || act === 'rejection' ? 'red' : undefined}>
      {(fields) => (
        <>
          {act === 'admission' && (
            <Select
              label={t('members.membershipKind')}
              value={membership}
              allowDeselect={false}
              onChange={(value) => setMembership(value as 'full' | 'observer')}
              error={fields.membership}
              data={[
                { value: 'full', label: t('members.full') },
                { value: 'observer', label: t('members.observer') },
              ]}
            />
          )}
          {(act === 'rejection' || act === 'suspension') && (
            <TextInput label={t('members.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fields['reason.ru']} />
          )}
          {act === 'withdrawal' && (
            <TextInput label={t('members.noticeDate')} type="date" value={noticeDate} onChange={(event) => setNoticeDate(event.currentTarget.value)} error={fields.noticeDate} />
          )}
          {act === 'representativeRemoval' && (
            <Select
              label={t('members.representative')}
              value={representativeId}
              onChange={setRepresentativeId}
              error={fields.representativeId}
              data={member.representatives.map((representative) => ({ value: representative.id, label: format.text(representative.name) }))}
            />
          )}
          {(act === 'representative' || act === 'details') && (
            <>
              <TextInput
                label={act === 'details' ? t('members.nameRu') : t('members.representative')}
                value={name.ru}
                onChange={(event) => setName({ ...name, ru: event.currentTarget.value })}
                error={fields['name.ru']}
              />
              <TextInput
                label={act === 'details' ? t('members.nameEn') : t('members.representativeEn')}
                value={name.en}
                onChange={(event) => setName({ ...name, en: event.currentTarget.value })}
                error={fields['name.en']}
              />
            </>
          )}
          {act === 'representative' && (
            <TextInput label={t('members.position')} value={position} onChange={(event) => setPosition(event.currentTarget.value)} error={fields['position.ru']} />
          )}
          {act === 'details' && (
            <TextInput label={t('members.legalForm')} value={legalForm} onChange={(event) => setLegalForm(event.currentTarget.value)} error={fields['legalForm.ru']} />
          )}
          {(act === 'representative' || act === 'details') && (
            <TextInput
              label={act === 'details' ? t('members.email') : t('members.representativeEmail')}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fields.email ?? fields['contacts.email']}
            />
          )}
          {act === 'details' && <TextInput label={t('members.phone')} value={phone} onChange={(event) => setPhone(event.currentTarget.value)} error={fields['contacts.phone']} />}
          {motion && <DecisionFields value={decision} onChange={setDecision} motion={motion} fields={fields} />}
        </>
      )}
    </ActForm>
  );
}
