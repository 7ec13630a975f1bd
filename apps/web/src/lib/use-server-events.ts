import { useEffect, useRef } from 'react';
import { session } from '../api/session';
import { parseServerEvents } from './server-events';

/**
 * Follows a server-sent event stream of the API while `enabled`, handing each message's data (as
 * parsed JSON) to `onMessage`, and reconnecting after a break. `onMessage` returns true to stop.
 */
export function useServerEvents<Message>(path: string, enabled: boolean, onMessage: (message: Message) => boolean | void): void {
  const handler = useRef(onMessage);
  handler.current = onMessage;
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    const follow = async () => {
      while (!abort.signal.aborted) {
        try {
          const response = await fetch(path, {
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
              if (handler.current(JSON.parse(message) as Message) === true) return;
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
  }, [path, enabled]);
}
