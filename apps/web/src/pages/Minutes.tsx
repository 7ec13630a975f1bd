import { Anchor, Button, Divider, Group, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Problem } from '../components/Problem';
import { calendarDateIn, formatLegalDate, formatMoment, type Language } from '../lib/dates';
import { useAppConfig } from '../lib/hooks';
import { pick } from '../lib/text';

type MinutesRecord = components['schemas']['MinutesView'];

/**
 * The minutes of a closed vote (Civil Code art. 181.2 p. 4), in Russian and then in English, as the
 * API words them; printing gives each language its own A4 pages without the navigation.
 */
export function Minutes() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const minutes = useQuery({ queryKey: ['minutes', id], queryFn: () => unwrap(api.GET('/api/v1/resolutions/{id}/minutes', { params: { path: { id } } })) });
  if (!minutes.data) return minutes.error ? <Problem error={minutes.error} /> : <Loader aria-label={t('app.loading')} />;
  return (
    <Stack>
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/resolutions/${id}`}>
          {t('minutes.back')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('minutes.print')}</Button>
      </Group>
      <MinutesIn language="ru" minutes={minutes.data} />
      <MinutesIn language="en" minutes={minutes.data} />
    </Stack>
  );
}

/** One language's minutes: every label and value from the record itself, so each copy is whole in its language. */
function MinutesIn({ language, minutes }: { language: Language; minutes: MinutesRecord }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const { timeZone } = useAppConfig();
  const text = (value: Parameters<typeof pick>[0]) => pick(value, language);
  const moment = (timestamp: string) => formatMoment(timestamp, language, timeZone);
  const label = (item: { label: { ru: string; en: string | null } }) => text(item.label);
  const { value: result } = minutes.result;
  const { value: when } = minutes.dateAndTime;
  const counts: [string, number][] = [
    [t('minutes.for'), result.for],
    [t('minutes.against'), result.against],
    [t('minutes.abstain'), result.abstain],
  ];
  return (
    <article lang={language} className="minutes" data-testid={`minutes-${language}`}>
      <Title order={language === 'ru' ? 1 : 2} size="h2" ta="center" mb="md">
        {text(minutes.heading)}
      </Title>
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          <Row label={label(minutes.body)}>{text(minutes.body.value.title)}</Row>
          <Row label={label(minutes.dateAndTime)}>
            <Stack gap={0}>
              <Text size="sm">{t('minutes.openedAt', { moment: moment(when.openedAt) })}</Text>
              <Text size="sm">{t('minutes.closedAt', { moment: moment(when.closedAt) })}</Text>
            </Stack>
          </Row>
          <Row label={label(minutes.venue)}>{text(minutes.venue.value.description)}</Row>
          <Row label={label(minutes.question)}>
            <Text size="sm" fw={600}>
              {text(minutes.question.value.title)}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {text(minutes.question.value.text)}
            </Text>
          </Row>
          <Row label={label(minutes.participants)}>
            <List size="sm">
              {minutes.participants.value.map((participant) => (
                <List.Item key={participant.organizationId}>
                  {participant.proxy
                    ? t('minutes.byProxy', { name: text(participant.name) || participant.organizationId, proxy: text(participant.proxyName) || participant.proxy.proxyOrganizationId })
                    : text(participant.name) || participant.organizationId}
                </List.Item>
              ))}
            </List>
          </Row>
          <Row label={label(minutes.result)}>
            <Stack gap={2}>
              {counts.map(([name, count]) => (
                <Text size="sm" key={name}>
                  {t('minutes.count', { name, count })}
                </Text>
              ))}
              <Text size="sm">{`${text(result.ruleTitle)}; ${text(result.quorumTitle)}`}</Text>
              <Text size="sm" fw={700}>
                {text(result.outcomeTitle)}
              </Text>
              <Text size="sm">{text(result.reason)}</Text>
            </Stack>
          </Row>
          <Row label={label(minutes.recordedAgainst)}>
            {minutes.recordedAgainst.value.length === 0 ? '—' : minutes.recordedAgainst.value.map((member) => text(member.name) || member.organizationId).join('; ')}
          </Row>
          <Row label={label(minutes.countedBy)}>{minutes.countedBy.value.map(text).join('; ')}</Row>
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        {t('minutes.drawnUp', { date: formatLegalDate(calendarDateIn(new Date(when.closedAt), timeZone), language) })}
      </Text>
      <Divider my="lg" className="no-print" />
    </article>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="30%">{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}
