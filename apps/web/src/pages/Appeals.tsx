import { Anchor, Button, Card, Group, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { ApiError, fieldProblems } from '../api/problem';
import { Problem } from '../components/Problem';
import { FiltersBeside, PagedTable } from '../components/PagedList';
import { StatusBadge } from '../components/StatusBadge';
import { useAddresseeChoices } from '../lib/addressees';
import { useAccount, useFormat } from '../lib/hooks';

const STAGES = ['draft', 'approved', 'signed', 'dispatched', 'registered', 'answered', 'closed'] as const;
const STATUSES = ['not_dispatched', 'not_due', 'due_soon', 'overdue', 'very_overdue', 'answered_on_time', 'answered_late', 'closed_unanswered'] as const;

/** The appeals with the API's filters on the left and the result below them, paged with its cursor. */
export function Appeals() {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const [stage, setStage] = useState<(typeof STAGES)[number] | null>(null);
  const [status, setStatus] = useState<(typeof STATUSES)[number] | null>(null);
  const [q, setQ] = useState('');
  const list = useInfiniteQuery({
    queryKey: ['appeals', stage, status, q, format.today],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/appeals', {
          params: { query: { stage: stage ?? undefined, status: status ?? undefined, q: q || undefined, asOf: format.today, limit: 25, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  return (
    <Stack>
      <Title order={1}>{t('appeals.title')}</Title>
      <FiltersBeside
        filters={
          <>
            <TextInput label={t('appeals.search')} value={q} onChange={(event) => setQ(event.currentTarget.value)} />
            <Select
              label={t('appeals.stage')}
              placeholder={t('appeals.anyStage')}
              clearable
              value={stage}
              onChange={(value) => setStage(value as typeof stage)}
              data={STAGES.map((value) => ({ value, label: t(`appealStages.${value}`) }))}
            />
            <Select
              label={t('common.status')}
              placeholder={t('appeals.anyStatus')}
              clearable
              value={status}
              onChange={(value) => setStatus(value as typeof status)}
              data={STATUSES.map((value) => ({ value, label: t(`deadlineStatuses.${value}`) }))}
            />
          </>
        }
      >
        <PagedTable
          list={list}
          empty={t('appeals.none')}
          testId="appeals"
          head={
            <>
              <Table.Th>{t('common.what')}</Table.Th>
              <Table.Th>{t('appeals.stage')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('appeals.dueOn')}</Table.Th>
            </>
          }
          row={(appeal) => (
            <Table.Tr key={appeal.id}>
              <Table.Td>
                <Anchor component={Link} to={`/appeals/${appeal.id}`}>
                  {format.text(appeal.subject)}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {format.text(appeal.addressee?.name)}
                </Text>
              </Table.Td>
              <Table.Td>{format.text(appeal.stageTitle)}</Table.Td>
              <Table.Td>
                <StatusBadge status={appeal.status} label={format.text(appeal.statusTitle)} />
              </Table.Td>
              <Table.Td>{appeal.deadlines?.dueOn ? `${format.date(appeal.deadlines.dueOn)} (${format.due(appeal.deadlines.dueOn)})` : ''}</Table.Td>
            </Table.Tr>
          )}
        />
      </FiltersBeside>
      {account?.roles.includes('secretariat') && <DraftAppeal />}
    </Stack>
  );
}

function DraftAppeal() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [addresseeId, setAddresseeId] = useState<string | null>(null);
  const [subjectRu, setSubjectRu] = useState('');
  const [subjectEn, setSubjectEn] = useState('');
  const [textRu, setTextRu] = useState('');
  const addressees = useAddresseeChoices();
  const draft = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/appeals', {
          // The document types the optional English half as an empty object for now; the API takes a string or null.
          body: { addresseeId: addresseeId ?? '', subject: { ru: subjectRu, en: (subjectEn || null) as never }, text: { ru: textRu } },
        }),
      ),
    onSuccess: (answer) => {
      const { id, position } = answer as { id: string; position: string };
      void navigate(`/appeals/${id}?minPosition=${position}`);
    },
  });
  const fields = fieldProblems(draft.error instanceof ApiError ? draft.error.problem : undefined);
  return (
    <Card withBorder maw={720}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          draft.mutate();
        }}
      >
        <Stack>
          <Title order={2} size="h3">
            {t('appeals.draft')}
          </Title>
          <Select
            label={t('appeals.addressee')}
            searchable
            value={addresseeId}
            onChange={setAddresseeId}
            error={fields.addresseeId}
            data={addressees}
          />
          <TextInput label={t('appeals.subjectRu')} value={subjectRu} onChange={(event) => setSubjectRu(event.currentTarget.value)} error={fields['subject.ru']} />
          <TextInput label={t('appeals.subjectEn')} value={subjectEn} onChange={(event) => setSubjectEn(event.currentTarget.value)} error={fields['subject.en']} />
          <Textarea label={t('appeals.textRu')} autosize minRows={3} value={textRu} onChange={(event) => setTextRu(event.currentTarget.value)} error={fields['text.ru']} />
          <Problem error={draft.error} />
          <Group>
            <Button type="submit" loading={draft.isPending}>
              {t('appeals.submitDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
