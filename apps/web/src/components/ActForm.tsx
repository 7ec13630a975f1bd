import { Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError, fieldProblems } from '../api/problem';
import { Problem } from './Problem';

/** What every command answers (CommandResponse): the record, its new version and the position to read it at. */
export interface ActAnswer {
  readonly id: string;
  readonly position: string;
}

interface ActFormProps<Answer extends ActAnswer> {
  /** Posts the act; the form keeps what was typed whatever the API answers. */
  readonly submit: () => Promise<Answer>;
  readonly onDone: (answer: Answer) => void;
  /** Offered on a 409, to read the record again without losing the form. */
  readonly onReload?: () => void;
  readonly label: string;
  readonly color?: string;
  readonly children?: (fields: Record<string, string>) => ReactNode;
}

/** A form that posts one act and shows the API's answer beside its fields: a 400 on them, a 409 or a 422 above the button. */
export function ActForm<Answer extends ActAnswer>({ submit, onDone, onReload, label, color, children }: ActFormProps<Answer>) {
  const act = useMutation({ mutationFn: submit, onSuccess: onDone });
  const fields = fieldProblems(act.error instanceof ApiError ? act.error.problem : undefined);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        act.mutate();
      }}
    >
      <Stack>
        {children?.(fields)}
        <Problem error={act.error} onReload={onReload} />
        <Button type="submit" w="fit-content" color={color} loading={act.isPending}>
          {label}
        </Button>
      </Stack>
    </form>
  );
}
