import { Button, Card, FileInput, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ApiError, fieldProblems } from '../api/problem';
import type { components } from '../api/schema';
import { calendarDateIn } from '../lib/dates';
import { useFormat } from '../lib/hooks';
import { powerState, type PowerState } from '../lib/powers';
import { useOpenVotes } from '../lib/use-open-votes';
import { nextDay, startOfDayIn } from '../lib/zoned-days';
import { Problem } from './Problem';
import { StatusBadge } from './StatusBadge';

type Power = components['schemas']['PowerOfAttorneyView'];
type Text = components['schemas']['LocalizedTextView'];

/** The status colours of StatusBadge that match each state of a power. */
const STATE_BADGES: Record<PowerState, string> = { in_force: 'admitted', not_yet: 'applied', expired: 'withdrawn', revoked: 'withdrawn', ended: 'overdue' };

/** The powers of attorney an organization gave and holds, with the forms to grant one and to revoke one. */
export function PowersOfAttorney({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [minPosition, setMinPosition] = useState<string>();
  const { votes } = useOpenVotes();
  // A representative reads only its own organization in the register: the electorates of open votes name the others.
  const names = new Map<string, Text | null>(votes.flatMap((vote) => vote.electorate.map((member) => [member.organizationId, member.name] as const)));
  const nameOf = (id: string) => format.text(names.get(id)) || id;
  const titleOf = (id: string) => votes.find((vote) => vote.id === id)?.title;
  const powers = useInfiniteQuery({
    queryKey: ['powers-of-attorney', organizationId, 'all', minPosition],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/powers-of-attorney', { params: { query: { organizationId, limit: 25, cursor: pageParam, minPosition } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });
  const queries = useQueryClient();
  const done = (position: string) => {
    setMinPosition(position);
    // The votes this organization may cast for others follow its powers.
    void queries.invalidateQueries({ queryKey: ['powers-of-attorney', organizationId, 'active'] });
  };
  const items = powers.data?.pages.flatMap((page) => page.items) ?? [];
  const dayOf = (timestamp: string) => calendarDateIn(new Date(timestamp), format.timeZone);
  const scopeOf = (power: Power) => {
    if (power.scope.kind === 'body') return t(`powers.body_${power.scope.body?.kind ?? 'general_assembly'}`);
    const title = power.scope.resolutionId ? titleOf(power.scope.resolutionId) : undefined;
    return title ? t('powers.oneVote', { title: format.text(title) }) : t('powers.oneVoteUnnamed');
  };
  return (
    <Card withBorder h="100%">
      <Title order={2} size="h3" mb="sm">
        {t('powers.title')}
      </Title>
      {items.length === 0 ? (
        <Text>{t('powers.none')}</Text>
      ) : (
        <Table data-testid="powers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common.who')}</Table.Th>
              <Table.Th>{t('powers.scope')}</Table.Th>
              <Table.Th>{t('powers.validity')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((power) => {
              const state = powerState(power, new Date());
              const given = power.principalOrganizationId === organizationId;
              return (
                <Table.Tr key={power.id}>
                  <Table.Td>
                    {given ? t('powers.given', { name: nameOf(power.proxyOrganizationId) }) : t('powers.held', { name: nameOf(power.principalOrganizationId) })}
                  </Table.Td>
                  <Table.Td>{scopeOf(power)}</Table.Td>
                  <Table.Td>
                    {t('powers.validityText', {
                      from: format.date(dayOf(power.validFrom)),
                      // validUntil is exclusive: the last day is the one before it.
                      until: format.date(dayOf(new Date(Date.parse(power.validUntil) - 1).toISOString())),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <StatusBadge status={STATE_BADGES[state]} label={t(`powers.${state}`)} />
                      {power.status === 'granted' && !power.endedAt && state !== 'expired' && <Revocation power={power} onDone={done} />}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {powers.hasNextPage && (
        <Group mt="sm">
          <Button variant="default" onClick={() => void powers.fetchNextPage()} loading={powers.isFetchingNextPage}>
            {t('common.more')}
          </Button>
        </Group>
      )}
      <Grant
        organizationId={organizationId}
        organizations={[...names.entries()].filter(([id]) => id !== organizationId).map(([id, name]) => ({ value: id, label: format.text(name) || id }))}
        votes={votes.map((vote) => ({ value: vote.id, label: format.text(vote.title) }))}
        onDone={done}
      />
    </Card>
  );
}

function Revocation({ power, onDone }: { power: Power; onDone: (position: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reasonRu, setReasonRu] = useState('');
  const [reasonEn, setReasonEn] = useState('');
  const revoke = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/powers-of-attorney/{id}/revocation', {
          params: { path: { id: power.id } },
          body: { reason: { ru: reasonRu, en: reasonEn || null }, expectedVersion: power.version },
        }),
      ),
    onSuccess: (answer) => onDone(answer.position),
  });
  const fields = fieldProblems(revoke.error instanceof ApiError ? revoke.error.problem : undefined);
  if (!open) {
    return (
      <Button size="xs" variant="default" onClick={() => setOpen(true)}>
        {t('powers.revoke')}
      </Button>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        revoke.mutate();
      }}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('powers.revokeTitle')}
        </Text>
        <TextInput size="xs" label={t('powers.reasonRu')} value={reasonRu} onChange={(event) => setReasonRu(event.currentTarget.value)} error={fields['reason.ru']} required />
        <TextInput size="xs" label={t('powers.reasonEn')} value={reasonEn} onChange={(event) => setReasonEn(event.currentTarget.value)} error={fields['reason.en']} />
        <Problem error={revoke.error} />
        <Group gap="xs">
          <Button type="submit" size="xs" color="red" loading={revoke.isPending}>
            {t('powers.submitRevoke')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t('powers.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type ScopeKind = 'body' | 'resolution';
type BodyKind = 'general_assembly' | 'council';

/** The SHA-256 of a file, in hex; the browser offers it only on a secure origin (HTTPS or localhost). */
async function sha256Of(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function Grant(props: { organizationId: string; organizations: { value: string; label: string }[]; votes: { value: string; label: string }[]; onDone: (position: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [proxy, setProxy] = useState<string | null>(null);
  const [scopeKind, setScopeKind] = useState<ScopeKind>('body');
  const [body, setBody] = useState<BodyKind>('general_assembly');
  const [resolution, setResolution] = useState<string | null>(null);
  const [from, setFrom] = useState(format.today);
  const [until, setUntil] = useState('');
  const [documentSha256, setDocumentSha256] = useState('');
  const grant = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/powers-of-attorney', {
          body: {
            proxyOrganizationId: proxy ?? '',
            documentSha256,
            // The days of a power are the Association's days, whatever zone the browser runs in.
            validFrom: from ? startOfDayIn(from, format.timeZone) : '',
            validUntil: until ? startOfDayIn(nextDay(until), format.timeZone) : '',
            scope: scopeKind === 'body' ? { kind: 'body', body: { kind: body } } : { kind: 'resolution', resolutionId: resolution ?? '' },
          },
        }),
      ),
    onSuccess: (answer) => {
      props.onDone(answer.position);
      setProxy(null);
      setDocumentSha256('');
    },
  });
  const fields = fieldProblems(grant.error instanceof ApiError ? grant.error.problem : undefined);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        grant.mutate();
      }}
    >
      <Stack mt="md" gap="sm" data-testid="grant-power">
        <Title order={3} size="h4">
          {t('powers.grant')}
        </Title>
        <Select label={t('powers.proxy')} data={props.organizations} value={proxy} onChange={setProxy} searchable error={fields.proxyOrganizationId} required />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="power-scope-kind">
            {t('powers.scopeKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="power-scope-kind"
            w="fit-content"
            value={scopeKind}
            onChange={(value) => setScopeKind(value as ScopeKind)}
            data={[
              { value: 'body', label: t('powers.scopeBody') },
              { value: 'resolution', label: t('powers.scopeResolution') },
            ]}
          />
        </Stack>
        {scopeKind === 'body' ? (
          <Select
            label={t('powers.body')}
            data={[
              { value: 'general_assembly', label: t('powers.bodyGeneralAssembly') },
              { value: 'council', label: t('powers.bodyCouncil') },
            ]}
            value={body}
            onChange={(value) => setBody((value as BodyKind | null) ?? 'general_assembly')}
            allowDeselect={false}
            error={fields['scope.body.kind'] ?? fields['scope.body']}
          />
        ) : (
          <Select label={t('powers.resolution')} data={props.votes} value={resolution} onChange={setResolution} error={fields['scope.resolutionId']} required />
        )}
        <Group grow>
          <TextInput type="date" label={t('powers.validFrom')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} error={fields.validFrom} required />
          <TextInput type="date" label={t('powers.validUntil')} value={until} onChange={(event) => setUntil(event.currentTarget.value)} error={fields.validUntil} required />
        </Group>
        <TextInput
          label={t('powers.document')}
          value={documentSha256}
          onChange={(event) => setDocumentSha256(event.currentTarget.value.trim())}
          error={fields.documentSha256}
          required
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        {globalThis.crypto?.subtle && (
          <FileInput label={t('powers.documentFile')} onChange={(file) => void (file && sha256Of(file).then(setDocumentSha256))} clearable />
        )}
        <Problem error={grant.error} />
        <Button type="submit" w="fit-content" loading={grant.isPending}>
          {t('powers.submit')}
        </Button>
      </Stack>
    </form>
  );
}
