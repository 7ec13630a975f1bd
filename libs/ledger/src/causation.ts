import type { RecordedEvent } from './event-store.port.js';
import { comparePositions } from './position.js';

/** What causation queries need from a ledger. */
export interface CausationSource {
  readEvents(eventIds: readonly string[]): Promise<RecordedEvent[]>;
  causedBy(eventIds: readonly string[]): Promise<RecordedEvent[]>;
}

/** One step back: the event, and the events its data cites as grounds (the ballots a closing counted, ...). */
export interface CauseStep {
  readonly event: RecordedEvent;
  readonly grounds: readonly RecordedEvent[];
}

/** Where a causation chain ends: the request or command that started it, outside the ledger. */
export interface CausationRoot {
  readonly kind: 'command' | 'request' | 'none';
  readonly id: string | null;
  readonly correlationId: string;
}

export interface CauseChain {
  readonly event: RecordedEvent;
  /** From the direct cause back to the first event of the chain. */
  readonly causes: readonly CauseStep[];
  readonly grounds: readonly RecordedEvent[];
  readonly root: CausationRoot;
}

export interface EffectNode {
  readonly event: RecordedEvent;
  readonly effects: readonly EffectNode[];
}

const MAX_DEPTH = 100;
const MAX_EFFECTS = 1_000;
const CITING_KEY = /eventIds?$/i;

/** The event ids an event's data cites under keys named `…EventId` or `eventIds`, at any depth. */
export function citedEventIds(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return CITING_KEY.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => citedEventIds(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => citedEventIds(item, name));
  return [];
}

async function groundsOf(source: CausationSource, event: RecordedEvent): Promise<RecordedEvent[]> {
  const cited = citedEventIds(event.data);
  return cited.length === 0 ? [] : sortByPosition(await source.readEvents(cited));
}

/** Follows `causationId` back from an event to the request or command that started it. */
export async function causesOf(source: CausationSource, event: RecordedEvent): Promise<CauseChain> {
  const causes: CauseStep[] = [];
  let current = event;
  while (causes.length < MAX_DEPTH) {
    const causationId = current.metadata.causationId;
    const [cause] = causationId ? await source.readEvents([causationId]) : [];
    if (!cause) {
      const kind = causationId === null ? 'none' : causationId === current.metadata.commandId ? 'command' : 'request';
      return { event, causes, grounds: await groundsOf(source, event), root: { kind, id: causationId, correlationId: current.metadata.correlationId } };
    }
    causes.push({ event: cause, grounds: await groundsOf(source, cause) });
    current = cause;
  }
  return { event, causes, grounds: await groundsOf(source, event), root: { kind: 'none', id: null, correlationId: current.metadata.correlationId } };
}

/** Everything an event caused, directly or through further events, as a tree (bounded in size). */
export async function effectsOf(source: CausationSource, event: RecordedEvent): Promise<EffectNode> {
  const children = new Map<string, RecordedEvent[]>();
  let frontier = [event.eventId];
  let seen = 0;
  for (let depth = 0; frontier.length > 0 && depth < MAX_DEPTH && seen < MAX_EFFECTS; depth += 1) {
    const caused = (await source.causedBy(frontier)).slice(0, MAX_EFFECTS - seen);
    seen += caused.length;
    for (const effect of caused) {
      const parent = effect.metadata.causationId!;
      children.set(parent, [...(children.get(parent) ?? []), effect]);
    }
    frontier = caused.map((effect) => effect.eventId);
  }
  const build = (node: RecordedEvent): EffectNode => ({ event: node, effects: (children.get(node.eventId) ?? []).map(build) });
  return build(event);
}

function sortByPosition(events: RecordedEvent[]): RecordedEvent[] {
  return events.sort((left, right) => comparePositions(left.position, right.position));
}
