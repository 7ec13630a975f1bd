import { Anchor, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { FiltersBeside, itemsOf, MoreButton } from '../components/PagedList';
import { Problem } from '../components/Problem';
import { useFormat } from '../lib/hooks';
import { ConsequenceText } from './Resolution';

type Decision = components['schemas']['DecisionView'];
type MotionFilter = Decision['motionKind'];
type BodyFilter = Decision['body']['kind'];

const BODIES: readonly BodyFilter[] = ['general_assembly', 'council', 'working_group'];
const MOTIONS: readonly MotionFilter[] = [
  'none',
  'admit_member',
  'suspend_member',
  'expel_member',
  'establish_working_group',
  'dissolve_working_group',
  'adopt_charter_draft',
  'authorize_appeal',
  'elect_council',
];

/** The decisions of the Association's bodies, their results and what became of their motions. */
export function DecisionsTable({ decisions }: { decisions: readonly Decision[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (decisions.length === 0) return <Text>{t('decisions.none')}</Text>;
  return (
    <Table striped data-testid="decisions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('common.what')}</Table.Th>
          <Table.Th>{t('decisions.closedOn')}</Table.Th>
          <Table.Th>{t('decisions.result')}</Table.Th>
          <Table.Th>{t('decisions.consequence')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {decisions.map((decision) => (
          <Table.Tr key={decision.id}>
            <Table.Td>
              <Anchor component={Link} to={`/resolutions/${decision.id}`}>
                {format.text(decision.title)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {`${format.text(decision.bodyTitle)} · ${t(`motions.${decision.motionKind}`)}`}
              </Text>
            </Table.Td>
            <Table.Td>{format.date(decision.closedOn)}</Table.Td>
            <Table.Td>
              {decision.result && (
                <Text size="sm">{t('decisions.counts', { for: decision.result.for, against: decision.result.against, abstain: decision.result.abstain })}</Text>
              )}
            </Table.Td>
            <Table.Td>{decision.consequence ? <ConsequenceText consequence={decision.consequence} /> : <Text size="sm">{t('decisions.noConsequence')}</Text>}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The register of decisions with the API's filters, paged with its cursor. */
export function Decisions() {
  const { t } = useTranslation();
  const [body, setBody] = useState<BodyFilter | null>(null);
  const [motion, setMotion] = useState<MotionFilter | null>(null);
  const [closedFrom, setClosedFrom] = useState('');
  const [closedTo, setClosedTo] = useState('');
  const list = useInfiniteQuery({
    queryKey: ['decisions', body, motion, closedFrom, closedTo],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/resolutions/decisions', {
          params: { query: { body: body ?? undefined, motion: motion ?? undefined, closedFrom: closedFrom || undefined, closedTo: closedTo || undefined, limit: 25, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return (
    <Stack>
      <Title order={1}>{t('decisions.title')}</Title>
      <FiltersBeside
        filters={
          <>
            <Select
              label={t('drafting.body')}
              placeholder={t('decisions.anyBody')}
              clearable
              value={body}
              onChange={(value) => setBody(value as BodyFilter | null)}
              data={BODIES.map((value) => ({ value, label: t(`drafting.${value}`) }))}
            />
            <Select
              label={t('drafting.motion')}
              placeholder={t('decisions.anyMotion')}
              clearable
              value={motion}
              onChange={(value) => setMotion(value as MotionFilter | null)}
              data={MOTIONS.map((value) => ({ value, label: t(`motions.${value}`) }))}
            />
            <TextInput label={t('decisions.closedFrom')} type="date" value={closedFrom} onChange={(event) => setClosedFrom(event.currentTarget.value)} />
            <TextInput label={t('decisions.closedTo')} type="date" value={closedTo} onChange={(event) => setClosedTo(event.currentTarget.value)} />
          </>
        }
      >
        {list.isPending ? (
          <Loader aria-label={t('app.loading')} />
        ) : list.error ? (
          <Problem error={list.error} />
        ) : (
          <DecisionsTable decisions={itemsOf(list)} />
        )}
        <MoreButton list={list} />
      </FiltersBeside>
    </Stack>
  );
}
