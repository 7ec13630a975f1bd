import { Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError, fieldProblems } from '../api/problem';
import { Problem } from './Problem';

/**
 * One act on a record as a form: it posts with what the user typed, shows a 400's messages next to
 * the fields, a 409 with a reload and a 422's rule, and hands the answer's position on for the next
 * read (with the whole answer, for an act that makes a new record).
 */
export function ActForm<Answer extends { position: string }>({
  label,
  submit,
  onDone,
  onReload,
  children,
  color,
}: {
  label: string;
  submit: () => Promise<Answer>;
  onDone: (position: string, answer: Answer) => void;
  onReload?: () => void;
  children?: (fields: Record<string, string>) => ReactNode;
  color?: string;
}) {
  const post = useMutation({ mutationFn: submit, onSuccess: (answer) => onDone(answer.position, answer) });
  const fields = fieldProblems(post.error instanceof ApiError ? post.error.problem : undefined);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        post.mutate();
      }}
    >
      <Stack>
        {children?.(fields)}
        <Problem error={post.error} onReload={onReload} />
        <Button type="submit" w="fit-content" color={color} loading={post.isPending}>
          {label}
        </Button>
      </Stack>
    </form>
  );
}
