import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Who is acting and why, for everything done while handling one request or one automatic step. */
export interface ActionContext {
  readonly actorId: string;
  readonly onBehalfOf: string | null;
  readonly correlationId: string;
  /** The message that caused what happens now: a command id, a request id or an event id. */
  readonly causationId: string | null;
  /**
   * What the client asked, as a digest (`commandDigest`), when it sent a commandId: a repeat of the
   * commandId must ask the same, or it is refused as a reuse.
   */
  readonly commandDigest?: string;
}

const storage = new AsyncLocalStorage<ActionContext>();

export class MissingActionContext extends Error {
  constructor() {
    super('No action context: every change must be attributed to an actor (wrap the work in runWithContext)');
    this.name = 'MissingActionContext';
  }
}

export function runWithContext<T>(context: ActionContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentContext(): ActionContext {
  const context = storage.getStore();
  if (!context) throw new MissingActionContext();
  return context;
}

export function optionalContext(): ActionContext | undefined {
  return storage.getStore();
}

/** Runs work as an automatic step of the platform, attributed to `system:<component>`. */
export function runAsSystem<T>(component: string, work: () => Promise<T>): Promise<T> {
  return runWithContext({ actorId: `system:${component}`, onBehalfOf: null, correlationId: randomUUID(), causationId: null }, work);
}
