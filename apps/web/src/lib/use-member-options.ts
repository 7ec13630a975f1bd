import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { useFormat } from './hooks';

type MemberStatus = components['schemas']['MemberListItem']['status'];

/** Member organizations in a status (admitted by default) as choices of a form, by name. */
export function useMemberOptions(enabled = true, status: MemberStatus = 'admitted'): { value: string; label: string }[] {
  const format = useFormat();
  const members = useQuery({
    queryKey: ['members', status, 'options'],
    queryFn: () => unwrap(api.GET('/api/v1/members', { params: { query: { status, limit: 200 } } })),
    enabled,
  });
  return (members.data?.items ?? []).map((member) => ({ value: member.id, label: `${format.text(member.name)} (${member.country})` }));
}
