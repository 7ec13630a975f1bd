import { Accordion, Anchor, Card, Code, Grid, Group, List, Loader, ScrollArea, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { HistoryLink } from '../components/HistoryLink';
import { Problem } from '../components/Problem';
import { StatusBadge } from '../components/StatusBadge';
import { foundingTimeline } from '../lib/founding';
import { useFormat } from '../lib/hooks';

/** The founding of the Association: its steps as a timeline with their dates and what blocks the next one, the founders and the charter drafts. */
export function Founding() {
  const { t } = useTranslation();
  const format = useFormat();
  const founding = useQuery({ queryKey: ['founding'], queryFn: () => unwrap(api.GET('/api/v1/founding')) });
  const view = founding.data;
  if (!view) return founding.error ? <Problem error={founding.error} /> : <Loader aria-label={t('app.loading')} />;
  const timeline = foundingTimeline(view.steps);
  const { assembly, registration } = view;
  return (
    <Stack>
      <Group gap="sm">
        <StatusBadge status={view.stage} label={format.text(view.stageTitle)} />
        <HistoryLink stream="founding-association" />
      </Group>
      <Title order={1}>{t('founding.title')}</Title>
      {view.establishedOn && <Text fw={600}>{t('founding.establishedOn', { date: format.date(view.establishedOn) })}</Text>}
      <Text>
        {t('founding.rules', { founders: view.rules.minFounders, states: view.rules.minStates })} ·{' '}
        {t('founding.gathered', { founders: view.founderCount.founders, states: view.founderCount.states })}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <Title order={2} size="h3" mb="sm">
              {t('founding.stages')}
            </Title>
            <Timeline active={timeline.filter((entry) => entry.state === 'done').length - 1} bulletSize={18} data-testid="founding-timeline">
              {timeline.map(({ step, state }) => (
                <Timeline.Item key={step.step} title={format.text(step.title)} data-state={state} lineVariant={state === 'done' ? 'solid' : 'dashed'}>
                  {state === 'done' && step.date ? (
                    <Text size="sm">{format.date(step.date)}</Text>
                  ) : state === 'next' ? (
                    <Stack gap={2} data-testid="founding-blockers">
                      <Text size="sm" fw={600}>
                        {t('founding.next')}
                      </Text>
                      {step.blockers.map((blocker) => (
                        <Text key={blocker.code} size="sm" c="red.9">
                          {format.text(blocker.text)}
                        </Text>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('founding.later')}
                    </Text>
                  )}
                </Timeline.Item>
              ))}
            </Timeline>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {t('founding.founders')} ({view.founders.length})
              </Title>
              <Table data-testid="founders">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('founding.organization')}</Table.Th>
                    <Table.Th>{t('founding.receivedOn')}</Table.Th>
                    <Table.Th>{t('founding.admission')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.founders.map((founder) => (
                    <Table.Tr key={founder.letterId}>
                      <Table.Td>
                        <Text>
                          {format.text(founder.organization.name)} ({founder.organization.country})
                        </Text>
                        <Text size="sm" c="dimmed">
                          {format.text(founder.representative.name)}, {format.text(founder.representative.position)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{format.date(founder.receivedOn)}</Table.Td>
                      <Table.Td>
                        {founder.withdrawnOn ? (
                          t('founding.withdrawnOn', { date: format.date(founder.withdrawnOn) })
                        ) : founder.admission?.status === 'admitted' && founder.admission.admittedOn ? (
                          <Anchor component={Link} to={`/members/${founder.admission.memberId}`}>
                            {t('founding.admittedOn', { date: format.date(founder.admission.admittedOn) })}
                          </Anchor>
                        ) : founder.admission?.status === 'failed' ? (
                          <Text size="sm" c="red.9">
                            {format.text(founder.admission.message)}
                          </Text>
                        ) : (
                          t('founding.pending')
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {t('founding.charterDrafts')}
              </Title>
              {view.charterDrafts.length === 0 ? (
                <Text>{t('founding.noDrafts')}</Text>
              ) : (
                <Accordion variant="separated" keepMounted={false} data-testid="charter-drafts">
                  {view.charterDrafts.map((draft) => (
                    <Accordion.Item key={draft.number} value={String(draft.number)}>
                      <Accordion.Control>{t('founding.draft', { number: draft.number, date: format.date(draft.draftedOn) })}</Accordion.Control>
                      <Accordion.Panel>
                        <CharterDraft number={draft.number} />
                      </Accordion.Panel>
                    </Accordion.Item>
                  ))}
                </Accordion>
              )}
            </Card>
            <Card withBorder>
              <Title order={2} size="h3" mb="sm">
                {t('founding.assemblyAndRegistration')}
              </Title>
              <List spacing={4}>
                {view.initiative && <List.Item>{t('founding.initiative', { initiator: format.text(view.initiative.initiator.name), date: format.date(view.initiative.launchedOn) })}</List.Item>}
                {assembly.convened && <List.Item>{t('founding.convened', { date: format.date(assembly.convened.date), on: format.date(assembly.convened.convenedOn) })}</List.Item>}
                {assembly.held && <List.Item>{t('founding.held', { date: format.date(assembly.held.date), present: assembly.held.present.length, number: assembly.held.charter.number })}</List.Item>}
                {registration.filings.map((filing) => (
                  <List.Item key={filing.reference}>
                    {t('founding.filed', { date: format.date(filing.filedOn), authority: format.text(filing.authority), reference: filing.reference })}
                  </List.Item>
                ))}
                {registration.registeredOn && (
                  <List.Item>{t('founding.registered', { date: format.date(registration.registeredOn), number: registration.registrationNumber ?? '' })}</List.Item>
                )}
              </List>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** A charter draft's text, read when its panel is first opened, with the SHA-256 recorded for it. */
function CharterDraft({ number }: { number: number }) {
  const { t } = useTranslation();
  const draft = useQuery({
    queryKey: ['charter-draft', number],
    queryFn: () => unwrap(api.GET('/api/v1/founding/charter-drafts/{number}', { params: { path: { number } } })),
  });
  if (!draft.data) return draft.error ? <Problem error={draft.error} /> : <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <Stack gap="xs">
      <ScrollArea.Autosize mah={400}>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="charter-text">
          {draft.data.content}
        </Text>
      </ScrollArea.Autosize>
      <Text size="sm" c="dimmed">
        SHA-256: <Code>{draft.data.sha256}</Code>
      </Text>
    </Stack>
  );
}
