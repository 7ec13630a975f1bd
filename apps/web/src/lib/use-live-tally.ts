import { useQueryClient } from '@tanstack/react-query';
import type { components } from '../api/schema';
import { useServerEvents } from './use-server-events';

/** Keeps the cached tally of an open vote current from the API's server-sent events. */
export function useLiveTally(resolutionId: string, open: boolean): void {
  const queries = useQueryClient();
  useServerEvents<components['schemas']['LiveTallyView']>(`/api/v1/resolutions/${resolutionId}/tally/stream`, open, (tally) => {
    queries.setQueryData(['tally', resolutionId], tally);
    // The ballots listed beside the tally change with it.
    void queries.invalidateQueries({ queryKey: ['resolution', resolutionId] });
    return tally.final;
  });
}
