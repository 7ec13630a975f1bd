import { Anchor, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { components, paths } from '../api/schema';
import { useFormat } from '../lib/hooks';

type DecisionBody = components['schemas']['DecisionBody'];
type Motion = NonNullable<NonNullable<paths['/api/v1/resolutions/decisions']['get']['parameters']['query']>['motion']>;

/** What the user typed for a decision basis, kept whole while the kind changes. */
export interface DecisionInput {
  readonly kind: DecisionBody['kind'];
  readonly resolutionId: string | null;
  readonly body: NonNullable<DecisionBody['body']> | null;
  readonly reference: string;
  readonly date: string;
}

/** The decision as the API takes it: the fields of the chosen kind only (the API refuses the others). */
export function decisionBody(input: DecisionInput): DecisionBody {
  return input.kind === 'resolution'
    ? { kind: 'resolution', resolutionId: input.resolutionId ?? '' }
    : { kind: 'decision', ...(input.body && { body: input.body }), reference: input.reference, date: input.date };
}

export function useDecisionInput() {
  return useState<DecisionInput>({ kind: 'decision', resolutionId: null, body: 'general_assembly', reference: '', date: '' });
}

/**
 * The basis of an act as the API asks for it: an adopted resolution carrying the act's motion, or a
 * decision recorded in minutes (the body, the reference and the date). Field messages come from a 400.
 */
export function DecisionFields({
  value,
  onChange,
  motion,
  fields,
}: {
  value: DecisionInput;
  onChange: (value: DecisionInput) => void;
  motion: Motion;
  fields: Record<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const resolutions = useQuery({
    queryKey: ['decisions', motion],
    queryFn: () => unwrap(api.GET('/api/v1/resolutions/decisions', { params: { query: { motion, limit: 100 } } })),
    enabled: value.kind === 'resolution',
  });
  const set = (change: Partial<DecisionInput>) => onChange({ ...value, ...change });
  return (
    <>
      <Select
        label={t('decisionBasis.kind')}
        value={value.kind}
        allowDeselect={false}
        onChange={(kind) => set({ kind: kind as DecisionInput['kind'] })}
        error={fields['decision.kind']}
        data={[
          { value: 'decision', label: t('decisionBasis.recorded') },
          { value: 'resolution', label: t('decisionBasis.resolution') },
        ]}
      />
      {value.kind === 'resolution' ? (
        <Select
          label={t('decisionBasis.adopted')}
          searchable
          value={value.resolutionId}
          onChange={(resolutionId) => set({ resolutionId })}
          error={fields['decision.resolutionId']}
          nothingFoundMessage={t('decisionBasis.noneAdopted')}
          data={(resolutions.data?.items ?? []).map((decision) => ({ value: decision.id, label: `${format.text(decision.title)} (${format.date(decision.closedOn)})` }))}
        />
      ) : (
        <>
          <Select
            label={t('decisionBasis.body')}
            value={value.body}
            allowDeselect={false}
            onChange={(body) => set({ body: body as DecisionInput['body'] })}
            error={fields['decision.body']}
            data={[
              { value: 'general_assembly', label: t('decisionBasis.generalAssembly') },
              { value: 'council', label: t('decisionBasis.council') },
            ]}
          />
          <TextInput label={t('decisionBasis.reference')} value={value.reference} onChange={(event) => set({ reference: event.currentTarget.value })} error={fields['decision.reference']} />
          <TextInput label={t('decisionBasis.date')} type="date" value={value.date} onChange={(event) => set({ date: event.currentTarget.value })} error={fields['decision.date']} />
        </>
      )}
    </>
  );
}

/** A recorded basis in words: the resolution (linked), the founding, or the body's recorded decision. */
export function DecisionBasis({ basis }: { basis: components['schemas']['DecisionBasisView'] | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!basis) return null;
  if (basis.kind === 'resolution' && basis.resolutionId) {
    return (
      <Anchor component={Link} to={`/resolutions/${basis.resolutionId}`}>
        {t('decisionBasis.byResolution')}
      </Anchor>
    );
  }
  if (basis.kind === 'founding') return <>{t('decisionBasis.byFounding')}</>;
  const body = basis.body === 'council' ? t('decisionBasis.council') : t('decisionBasis.generalAssembly');
  return <>{[body, basis.reference, basis.date && format.date(basis.date)].filter(Boolean).join(', ')}</>;
}
