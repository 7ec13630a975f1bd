import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { useFormat } from './hooks';

/** Admitted member organizations as choices of a form (a working group's members and chair), by name. */
export function useMemberOptions(enabled = true): { value: string; label: string }[] {
  const format = useFormat();
  const members = useQuery({
    queryKey: ['members', 'admitted', 'options'],
    queryFn: () => unwrap(api.GET('/api/v1/members', { params: { query: { status: 'admitted', limit: 200 } } })),
    enabled,
  });
  return (members.data?.items ?? []).map((member) => ({ value: member.id, label: `${format.text(member.name)} (${member.country})` }));
}
