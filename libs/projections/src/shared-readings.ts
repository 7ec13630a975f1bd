import { concat, defer, distinctUntilChanged, finalize, from, Observable, share } from 'rxjs';
import type { ReadModelsAdvanced } from './read-models-advanced.js';

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A reading of the read models (a tally, a dashboard) kept current for everyone who watches it:
 * read again on every move of the projections it reads from, once per move however many watch the
 * same key; moves that arrive during a read fold into one more read, and a reading equal to the
 * last is not sent again. A key's source lives as long as its last watcher.
 */
export class SharedReadings<Value> {
  private readonly sources = new Map<string, Observable<Value>>();

  constructor(
    private readonly advanced: ReadModelsAdvanced,
    private readonly projections: readonly string[],
  ) {}

  /**
   * The reading now, read for this watcher alone (so it is as fresh as its `minPosition`), then
   * every change from the source shared by the key's watchers.
   */
  watch(key: string, read: () => Promise<Value>): Observable<Value> {
    return concat(
      defer(() => from(read())),
      this.changes(key, read),
    ).pipe(distinctUntilChanged<Value>(sameJson));
  }

  private changes(key: string, read: () => Promise<Value>): Observable<Value> {
    let source = this.sources.get(key);
    if (!source) {
      source = new Observable<Value>((subscriber) => {
        let reading = false;
        let again = false;
        const readAgain = async () => {
          if (reading) {
            again = true;
            return;
          }
          reading = true;
          do {
            again = false;
            try {
              subscriber.next(await read());
            } catch (error) {
              subscriber.error(error);
              return;
            }
          } while (again && !subscriber.closed);
          reading = false;
        };
        return this.advanced.subscribe((move) => {
          if (this.projections.includes(move.projection)) void readAgain();
        });
      }).pipe(
        distinctUntilChanged<Value>(sameJson),
        finalize(() => this.sources.delete(key)),
        share(),
      );
      this.sources.set(key, source);
    }
    return source;
  }
}
