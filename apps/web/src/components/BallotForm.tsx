import { Alert, Button, Radio, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Problem } from './Problem';

type Choice = components['schemas']['BallotBody']['choice'];

/** The organization a proxy casts a ballot for, and the power of attorney it votes under. */
export interface ProxyVote {
  readonly organizationId: string;
  readonly powerOfAttorneyId: string;
}

/**
 * One ballot: for, against or abstain, with the state of the ballot already cast; a changed ballot
 * says what it was before. Under a power of attorney it is the principal's ballot.
 */
export function BallotForm(props: {
  resolutionId: string;
  current?: Choice;
  history: readonly { choice: string }[];
  onDone: (position: string) => void;
  label?: string;
  proxy?: ProxyVote;
}) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [choice, setChoice] = useState<Choice | undefined>(props.current);
  const cast = useMutation({
    mutationFn: (selected: Choice) =>
      unwrap(
        api.POST('/api/v1/resolutions/{id}/ballots', {
          params: { path: { id: props.resolutionId } },
          body: { choice: selected, ...(props.proxy && { organizationId: props.proxy.organizationId, powerOfAttorneyId: props.proxy.powerOfAttorneyId }) },
        }),
      ),
    onSuccess: (answer) => {
      props.onDone(answer.position);
      void queries.invalidateQueries({ queryKey: ['tally', props.resolutionId] });
    },
  });
  const previous = props.history.length > 1 ? (props.history[props.history.length - 2]?.choice as Choice | undefined) : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) cast.mutate(choice);
      }}
    >
      <Stack>
        <Radio.Group label={props.label ?? t('votes.ballotTitle')} value={choice ?? null} onChange={(value) => setChoice(value as Choice)}>
          <Stack gap="xs" mt="xs">
            {(['for', 'against', 'abstain'] as const).map((option) => (
              <Radio key={option} value={option} label={t(`votes.${option}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Problem error={cast.error} />
        <Button type="submit" size="md" disabled={!choice} loading={cast.isPending}>
          {t('votes.castBallot')}
        </Button>
        {props.current && (
          <Alert color="teal" role="status" data-testid="ballot-state">
            {previous && previous !== props.current
              ? t('votes.ballotChanged', { before: t(`votes.${previous}`), after: t(`votes.${props.current}`) })
              : t('votes.ballotCast', { choice: t(`votes.${props.current}`) })}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
