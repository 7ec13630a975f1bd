import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { session } from '../api/session';
import type { components } from '../api/schema';
import { parseServerEvents } from './server-events';

/** Keeps the cached tally of an open vote current from the API's server-sent events, reconnecting after a break. */
export function useLiveTally(resolutionId: string, open: boolean): void {
  const queries = useQueryClient();
  useEffect(() => {
    if (!open) return;
    const abort = new AbortController();
    const follow = async () => {
      while (!abort.signal.aborted) {
        try {
          const response = await fetch(`/api/v1/resolutions/${resolutionId}/tally/stream`, {
            headers: { Authorization: `Bearer ${session.accessToken ?? ''}`, Accept: 'text/event-stream' },
            signal: abort.signal,
          });
          if (response.status === 401) await session.renew();
          if (!response.ok || !response.body) throw new Error(String(response.status));
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            const { messages, rest } = parseServerEvents(buffer + value);
            buffer = rest;
            for (const message of messages) {
              const tally = JSON.parse(message) as components['schemas']['LiveTallyView'];
              queries.setQueryData(['tally', resolutionId], tally);
              // The ballots listed beside the tally change with it.
              void queries.invalidateQueries({ queryKey: ['resolution', resolutionId] });
              if (tally.final) return;
            }
          }
        } catch {
          if (abort.signal.aborted) return;
        }
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    };
    void follow();
    return () => abort.abort();
  }, [resolutionId, open, queries]);
}
