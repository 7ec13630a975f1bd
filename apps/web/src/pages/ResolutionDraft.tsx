import { Alert, Card, Group, List, MultiSelect, NumberInput, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { ActForm } from '../components/ActForm';
import { useFormat } from '../lib/hooks';
import { bilingual, motionOf, NO_MOTION_FIELDS, type MotionFields, type MotionKind } from '../lib/motions';
import { useMemberOptions } from '../lib/use-member-options';

type DraftBody = components['schemas']['DraftBody'];
type BodyKind = DraftBody['body']['kind'];
type Rule = DraftBody['rule'];

export const BODIES: readonly BodyKind[] = ['general_assembly', 'council', 'working_group'];
export const RULES: readonly Rule[] = ['simple_majority', 'qualified_two_thirds', 'unanimity'];
const MOTIONS: readonly MotionKind[] = [
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

function useWorkingGroupChoices(enabled: boolean) {
  const format = useFormat();
  const groups = useQuery({
    queryKey: ['working-groups', 'choices'],
    queryFn: () => unwrap(api.GET('/api/v1/working-groups', { params: { query: { status: 'active', limit: 500 } } })),
    enabled,
  });
  return (groups.data?.items ?? []).map((group) => ({ value: group.id, label: format.text(group.name) }));
}

/** The secretariat drafts a resolution: its bilingual title and text, the body that votes, the rule and any motion. */
export function ResolutionDraft() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [titleRu, setTitleRu] = useState('');
  const [titleEn, setTitleEn] = useState('');
  const [textRu, setTextRu] = useState('');
  const [textEn, setTextEn] = useState('');
  const [body, setBody] = useState<BodyKind>('general_assembly');
  const [bodyGroupId, setBodyGroupId] = useState<string | null>(null);
  const [rule, setRule] = useState<Rule>('simple_majority');
  const [kind, setKind] = useState<MotionKind>('none');
  // The id a working group established by this motion will have, chosen once for the form.
  const [newGroupId] = useState(() => crypto.randomUUID());
  const [fields, setFields] = useState<MotionFields>(NO_MOTION_FIELDS);
  const change = (update: Partial<MotionFields>) => setFields((current) => ({ ...current, ...update }));
  const applicants = useMemberOptions(kind === 'admit_member', 'applied');
  const admitted = useMemberOptions(['suspend_member', 'expel_member', 'establish_working_group', 'elect_council'].includes(kind), 'admitted');
  const groups = useWorkingGroupChoices(body === 'working_group' || kind === 'dissolve_working_group');

  const submit = () =>
    unwrap(
      api.POST('/api/v1/resolutions', {
        body: {
          title: bilingual(titleRu, titleEn),
          text: bilingual(textRu, textEn),
          body: body === 'working_group' ? { kind: body, workingGroupId: bodyGroupId ?? '' } : { kind: body },
          rule,
          motion: motionOf(kind, fields, newGroupId),
        },
      }),
    );

  return (
    <Stack maw={820}>
      <Title order={1}>{t('drafting.title')}</Title>
      <Card withBorder>
        <ActForm label={t('drafting.submit')} submit={submit} onDone={(position, answer) => void navigate(`/resolutions/${answer.id}?minPosition=${position}`)}>
          {(problems) => (
            <>
              <TextInput label={t('drafting.titleRu')} value={titleRu} onChange={(event) => setTitleRu(event.currentTarget.value)} error={problems['title.ru']} />
              <TextInput label={t('drafting.titleEn')} value={titleEn} onChange={(event) => setTitleEn(event.currentTarget.value)} error={problems['title.en']} />
              <Textarea label={t('drafting.textRu')} autosize minRows={3} value={textRu} onChange={(event) => setTextRu(event.currentTarget.value)} error={problems['text.ru']} />
              <Textarea label={t('drafting.textEn')} autosize minRows={3} value={textEn} onChange={(event) => setTextEn(event.currentTarget.value)} error={problems['text.en']} />
              <Group grow align="flex-start">
                <Select
                  label={t('drafting.body')}
                  value={body}
                  onChange={(value) => value && setBody(value as BodyKind)}
                  data={BODIES.map((value) => ({ value, label: t(`drafting.${value}`) }))}
                  error={problems['body.kind']}
                  allowDeselect={false}
                />
                <Select
                  label={t('drafting.rule')}
                  value={rule}
                  onChange={(value) => value && setRule(value as Rule)}
                  data={RULES.map((value) => ({ value, label: t(`drafting.${value}`) }))}
                  error={problems.rule}
                  allowDeselect={false}
                />
              </Group>
              {body === 'working_group' && (
                <Select label={t('drafting.workingGroup')} searchable value={bodyGroupId} onChange={setBodyGroupId} data={groups} error={problems['body.workingGroupId']} />
              )}
              <Select
                label={t('drafting.motion')}
                value={kind}
                onChange={(value) => value && setKind(value as MotionKind)}
                data={MOTIONS.map((value) => ({ value, label: t(`motions.${value}`) }))}
                error={problems['motion.kind']}
                allowDeselect={false}
              />
              <Competence kind={kind} body={body} rule={rule} />
              {(kind === 'admit_member' || kind === 'suspend_member' || kind === 'expel_member') && (
                <Select
                  label={t('drafting.member')}
                  searchable
                  value={fields.memberId}
                  onChange={(memberId) => change({ memberId })}
                  data={kind === 'admit_member' ? applicants : admitted}
                  error={problems['motion.memberId']}
                />
              )}
              {kind === 'admit_member' && (
                <Select
                  label={t('drafting.membership')}
                  value={fields.membership}
                  onChange={(value) => value && change({ membership: value as MotionFields['membership'] })}
                  data={[
                    { value: 'full', label: t('drafting.full') },
                    { value: 'observer', label: t('drafting.observer') },
                  ]}
                  allowDeselect={false}
                />
              )}
              {kind === 'suspend_member' && (
                <>
                  <TextInput label={t('drafting.reasonRu')} value={fields.reasonRu} onChange={(event) => change({ reasonRu: event.currentTarget.value })} error={problems['motion.reason.ru']} />
                  <TextInput label={t('drafting.reasonEn')} value={fields.reasonEn} onChange={(event) => change({ reasonEn: event.currentTarget.value })} />
                </>
              )}
              {kind === 'establish_working_group' && (
                <>
                  <TextInput label={t('drafting.groupNameRu')} value={fields.nameRu} onChange={(event) => change({ nameRu: event.currentTarget.value })} error={problems['motion.name.ru']} />
                  <TextInput label={t('drafting.groupNameEn')} value={fields.nameEn} onChange={(event) => change({ nameEn: event.currentTarget.value })} />
                  <Textarea label={t('drafting.mandateRu')} value={fields.mandateRu} onChange={(event) => change({ mandateRu: event.currentTarget.value })} error={problems['motion.mandate.ru']} />
                  <Textarea label={t('drafting.mandateEn')} value={fields.mandateEn} onChange={(event) => change({ mandateEn: event.currentTarget.value })} />
                  <Select
                    label={t('drafting.chair')}
                    searchable
                    value={fields.chairOrganizationId}
                    onChange={(chairOrganizationId) => change({ chairOrganizationId })}
                    data={admitted}
                    error={problems['motion.chairOrganizationId']}
                  />
                </>
              )}
              {(kind === 'establish_working_group' || kind === 'elect_council') && (
                <MultiSelect
                  label={t('drafting.organizations')}
                  searchable
                  value={fields.memberOrganizationIds}
                  onChange={(memberOrganizationIds) => change({ memberOrganizationIds })}
                  data={admitted}
                  error={problems['motion.memberOrganizationIds']}
                />
              )}
              {kind === 'dissolve_working_group' && (
                <Select
                  label={t('drafting.workingGroup')}
                  searchable
                  value={fields.workingGroupId}
                  onChange={(workingGroupId) => change({ workingGroupId })}
                  data={groups}
                  error={problems['motion.workingGroupId']}
                />
              )}
              {kind === 'adopt_charter_draft' && (
                <>
                  <NumberInput label={t('drafting.draftNumber')} min={1} value={fields.draftNumber} onChange={(draftNumber) => change({ draftNumber })} error={problems['motion.draftNumber']} />
                  <TextInput label={t('drafting.sha256')} value={fields.sha256} onChange={(event) => change({ sha256: event.currentTarget.value })} error={problems['motion.sha256']} />
                </>
              )}
              {kind === 'authorize_appeal' && (
                <TextInput label={t('drafting.appealId')} value={fields.appealId} onChange={(event) => change({ appealId: event.currentTarget.value })} error={problems['motion.appealId']} />
              )}
            </>
          )}
        </ActForm>
      </Card>
    </Stack>
  );
}

/** Which body may decide the chosen motion and by what rule at least, with the article it rests on (GET /resolutions/competence). */
function Competence({ kind, body, rule }: { kind: MotionKind; body: BodyKind; rule: Rule }) {
  const { t } = useTranslation();
  const format = useFormat();
  const table = useQuery({ queryKey: ['competence'], queryFn: () => unwrap(api.GET('/api/v1/resolutions/competence')), staleTime: Infinity });
  const subject = kind === 'none' ? 'own_work' : kind;
  const rows = (table.data?.items ?? []).filter((row) => row.subject === subject);
  if (rows.length === 0) return null;
  const own = rows.find((row) => row.body === body);
  const enough = own !== undefined && RULES.indexOf(rule) >= RULES.indexOf(own.minimumRule);
  return (
    <Alert color={enough ? 'blue' : 'yellow'} title={t('drafting.competence')} data-testid="competence">
      <List size="sm">
        {rows.map((row) => (
          <List.Item key={row.body}>
            <Text size="sm">{`${format.text(row.bodyTitle)}: ${format.text(row.minimumRuleTitle)} — ${format.text(row.source)}`}</Text>
          </List.Item>
        ))}
      </List>
      {!enough && <Text size="sm" mt="xs">{t('drafting.notCompetent')}</Text>}
    </Alert>
  );
}
