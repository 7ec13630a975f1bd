import { firstValueFrom, take, toArray } from 'rxjs';
import { ReadModelsAdvanced } from './read-models-advanced.js';
import { SharedReadings } from './shared-readings.js';

const at = (commit: number) => ({ commit: BigInt(commit), sequence: 0n });
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedReadings', () => {
  it('given two watchers of one key, when the projection read from moves, then the reading is read once for both and sent to each', async () => {
    const advanced = new ReadModelsAdvanced();
    const readings = new SharedReadings<number>(advanced, ['appeals']);
    let value = 1;
    let reads = 0;
    const read = async () => {
      reads += 1;
      return value;
    };
    const first = firstValueFrom(readings.watch('dashboard', read).pipe(take(2), toArray()));
    const second = firstValueFrom(readings.watch('dashboard', read).pipe(take(2), toArray()));
    await settled();
    const readsBeforeTheMove = reads;

    value = 2;
    advanced.publish('appeals', at(1));

    expect(await first).toEqual([1, 2]);
    expect(await second).toEqual([1, 2]);
    expect(readsBeforeTheMove).toBe(2);
    expect(reads).toBe(3);
  });

  it('given a watcher, when another projection moves or the reading has not changed, then nothing is sent', async () => {
    const advanced = new ReadModelsAdvanced();
    const readings = new SharedReadings<string>(advanced, ['appeals']);
    let value = 'same';
    const sent: string[] = [];
    const subscription = readings.watch('dashboard', async () => value).subscribe((reading) => sent.push(reading));
    await settled();

    advanced.publish('members', at(1));
    advanced.publish('appeals', at(2));
    await settled();
    value = 'changed';
    advanced.publish('appeals', at(3));
    await settled();
    subscription.unsubscribe();

    expect(sent).toEqual(['same', 'changed']);
  });

  it('given moves that arrive while a reading is being read, when it ends, then they are folded into one more read', async () => {
    const advanced = new ReadModelsAdvanced();
    const readings = new SharedReadings<number>(advanced, ['resolutions']);
    let reads = 0;
    let release: () => void = () => undefined;
    const read = () =>
      new Promise<number>((resolve) => {
        reads += 1;
        const reading = reads;
        if (reading === 2) release = () => resolve(reading);
        else resolve(reading);
      });
    const sent: number[] = [];
    const subscription = readings.watch('vote', read).subscribe((reading) => sent.push(reading));
    await settled();

    advanced.publish('resolutions', at(1));
    advanced.publish('resolutions', at(2));
    advanced.publish('resolutions', at(3));
    release();
    await settled();
    await settled();
    subscription.unsubscribe();

    expect(reads).toBe(3);
    expect(sent).toEqual([1, 2, 3]);
  });
});
