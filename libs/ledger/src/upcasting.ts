import { UpcastingError } from './errors.js';

/** Lifts the data of one schema version to the next. Pure: history is never rewritten. */
export type Upcaster = (data: unknown) => unknown;

/**
 * Old event shapes are read as the current one by chaining upcasters v1→v2→…→current.
 * Register `currentVersion` for every evolved type; unregistered types are at version 1.
 */
export class UpcasterRegistry {
  private readonly chains = new Map<string, Map<number, Upcaster>>();
  private readonly currentVersions = new Map<string, number>();

  register(eventType: string, fromVersion: number, upcaster: Upcaster): this {
    const chain = this.chains.get(eventType) ?? new Map<number, Upcaster>();
    chain.set(fromVersion, upcaster);
    this.chains.set(eventType, chain);
    this.currentVersions.set(eventType, Math.max(this.currentVersion(eventType), fromVersion + 1));
    return this;
  }

  currentVersion(eventType: string): number {
    return this.currentVersions.get(eventType) ?? 1;
  }

  upcast(eventType: string, schemaVersion: number, data: unknown): { schemaVersion: number; data: unknown } {
    const target = this.currentVersion(eventType);
    if (schemaVersion >= target) return { schemaVersion, data };
    const chain = this.chains.get(eventType);
    let version = schemaVersion;
    let lifted = data;
    while (version < target) {
      const step = chain?.get(version);
      if (!step) throw new UpcastingError(eventType, version);
      lifted = step(lifted);
      version += 1;
    }
    return { schemaVersion: version, data: lifted };
  }
}
