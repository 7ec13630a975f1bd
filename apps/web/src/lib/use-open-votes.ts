import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

type ResolutionView = components['schemas']['ResolutionView'];

/** The open votes with each one's record: the electorate says who may vote, the ballots what was cast. */
export function useOpenVotes(): { votes: ResolutionView[]; pending: boolean } {
  const list = useQuery({
    queryKey: ['resolutions', 'voting', 'all'],
    queryFn: () => unwrap(api.GET('/api/v1/resolutions', { params: { query: { status: 'voting', limit: 100 } } })),
  });
  const records = useQueries({
    queries: (list.data?.items ?? []).map((vote) => ({
      queryKey: ['resolution', vote.id, undefined],
      queryFn: () => unwrap(api.GET('/api/v1/resolutions/{id}', { params: { path: { id: vote.id } } })),
    })),
  });
  return { votes: records.flatMap((record) => (record.data ? [record.data] : [])), pending: list.isPending || records.some((record) => record.isPending) };
}
