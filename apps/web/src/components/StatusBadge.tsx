import { Badge } from '@mantine/core';

/** One colour per kind of status everywhere (appeals, votes, members), always with its words. */
const COLOURS: Record<string, string> = {
  overdue: 'red',
  very_overdue: 'red.9',
  due_soon: 'orange',
  not_due: 'blue',
  voting: 'blue',
  draft: 'gray',
  closed: 'teal',
  answered_on_time: 'teal',
  answered_late: 'grape',
  admitted: 'teal',
  applied: 'blue',
  withdrawn: 'gray',
  rejected: 'orange',
  suspended: 'yellow',
  expelled: 'red',
  active: 'teal',
  dissolved: 'gray',
  open: 'blue',
  delivered: 'teal',
  established: 'teal',
};

/** The most urgent statuses are filled, so that they stand out; the others carry their colour in a dot beside dark text. */
const FILLED = new Set(['very_overdue']);

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <Badge
      color={COLOURS[status] ?? 'gray'}
      variant={FILLED.has(status) ? 'filled' : 'dot'}
      radius="sm"
      tt="none"
      h="auto"
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {label}
    </Badge>
  );
}
